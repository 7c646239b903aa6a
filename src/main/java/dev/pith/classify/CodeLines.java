package dev.pith.classify;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Inside the article, a run of short lines of which three or more are shaped like source code, a configuration
 * file or a shell session ("from django.conf import settings", "cert = /etc/stunnel/cert.pem", "filename=$1",
 * "def init(self, x, y):") is a code listing and part of the article, with the short lines between them. Rule
 * source: programming blogs and tutorials show code in {@code <pre>} blocks, which a dump writes one short line
 * per source line, where the link-list rule takes them for a menu (dev corpus: imports and configuration lines
 * of tutorials were lost as link lists). Only between paragraphs of the article, so that a page's scripts before
 * or after it stay out; a line counts by a keyword that opens it or by the operators and paths that prose and
 * menus do not write.
 */
final class CodeLines implements Step {
    /** Code lines a run needs. */
    private static final int MIN_CODE = 3;
    /** Lines without code shape (a blank comment, a closing word) a run may pass between two code lines. */
    private static final int MAX_GAP = 2;
    private static final int MAX_WORDS = 16;
    /** How far from the article's paragraphs a listing may end (the listing's own caption, a heading). */
    private static final int NEAR = 3;
    /** Words that open a line of code or of a shell session in the languages tutorials show most. */
    private static final Set<String> OPENERS = Set.of("import", "from", "def", "class", "return", "if", "elif",
            "else:", "for", "while", "try:", "except", "with", "print", "#include", "#define", "public", "private",
            "protected", "static", "void", "int", "var", "let", "const", "function", "package", "using", "namespace",
            "sudo", "cd", "ls", "git", "npm", "pip", "docker", "apt", "apt-get", "yum", "brew", "curl", "wget",
            "echo", "export", "mkdir", "chmod", "cargo", "go", "mvn", "java", "python", "python3", "node", "$", ">>>",
            "fn", "impl", "struct", "enum", "SELECT", "INSERT", "UPDATE", "CREATE", "DELETE");

    /** A name, an optional operator and '=' with a value after it: "x = 1", "filename=$1", "a[i] += 2". */
    private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][\\w.\\[\\]\"']*\\s*[:+\\-*]?=\\s*\\S.*");

    @Override
    public Classification apply(Classification in) {
        int first = in.first(Role.CONTENT);
        int end = in.last(Role.CONTENT);
        if (first < 0) {
            return in;
        }
        Classification.Edit out = in.edit();
        for (ShortLineRuns.Run run : ShortLineRuns.find(in, first, end, MAX_WORDS, MAX_GAP, CodeLines::isCodeLine)) {
            int count = run.members().size();
            if (count >= MIN_CODE && contentWithin(in, run.first(), -1)
                    && (contentWithin(in, run.last(), 1) || end - run.last() <= NEAR)) {
                ShortLineRuns.relabel(out, in, run, Label.PARAGRAPH,
                        "in a listing of " + count + " lines of code inside the article");
            }
        }
        return out.done();
    }

    /** A block of the article within {@link #NEAR} blocks before ({@code step} -1) or after (+1) the run's end. */
    private static boolean contentWithin(Classification in, int from, int step) {
        for (int k = from + step, n = 0; k >= 0 && k < in.size() && n < NEAR; k += step, n++) {
            if (in.label(k).isContent()) {
                return true;
            }
        }
        return false;
    }

    static boolean isCodeLine(LabeledBlock b) {
        return ShortLineRuns.isShort(b, MAX_WORDS) && b.features().furniture() == null && looksLikeCode(b.text());
    }

    /**
     * Opens with a code keyword, or holds an assignment, calls, braces, snake_case or attribute access as prose does
     * not.
     */
    static boolean looksLikeCode(String t) {
        String s = t.strip();
        if (s.length() < 4 || s.endsWith(".") || s.startsWith("[") && s.endsWith("]")) {
            return false; // a sentence, or a text browser's image placeholder ("[DSC_0028-1030x687]")
        }
        int space = s.indexOf(' ');
        if (space > 0 && OPENERS.contains(s.substring(0, space))) {
            return true;
        }
        if (ASSIGNMENT.matcher(s).matches()) {
            return true;
        }
        if (space < 0 && !containsAny(s, "=(){};")) {
            return false; // one word: an icon's name ("turned_in", "expand_more") or a file's, not a statement
        }
        int code = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char before = i > 0 ? s.charAt(i - 1) : ' ';
            char after = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            if ("=;{}$\\_".indexOf(c) >= 0
                    || c == '(' && (Character.isLetterOrDigit(before) || before == '_') // a call: "f(x)"
                    || c == '.' && Character.isLetter(before) && Character.isLowerCase(after)) { // "os.path"
                code++;
            }
        }
        return code * 10 >= s.length();
    }

    private static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
