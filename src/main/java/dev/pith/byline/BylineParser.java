package dev.pith.byline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises bylines and takes the author names out of them: "By X", "By: X and Y", "X | Reuters",
 * "Von X und Y", "Par X", "Por X", "Autor: X", "Posted on 2015-04-05 by X", "X, Staff Writer", and
 * bare name lines where the caller knows a byline stands. Stateless and thread-safe; patterns are bounded.
 */
public final class BylineParser {
    private static final int MAX_CHARS = 200;
    private static final int MAX_WORDS = 22;
    /** A line of more words than this that ends in a full stop is a sentence. */
    private static final int SENTENCE_WORDS = 8;

    /** A byline marker, at the start or after a short lead-in ("Posted on 2019-01-01 by", "Ein Artikel von"). */
    private static final Pattern MARKER = Pattern.compile(
            "(?:^|[\\s|(•·,])(?:(?:written|posted|story|words|text|photos?|reporting|report|published|veröffentlicht|ein artikel|"
                    + "geschrieben|post author)\\s+)?(by|von|par|por|di|door|av|przez)(?:\\s*:)?(?=\\s|(?-iu:\\p{Lu}))"
                    + "|(?:^|\\s)(autor(?:in|en)?|author(?:s)?|text|tekst|reporter|redaktion|bearbeitet von|a cura di)\\s*:"
                    + "|(作者|记者|编辑|责任编辑|文)\\s*[：:]"
                    + "|(بقلم)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Where the names stop: a separator, a date or time, a verb of publication, an e-mail or handle. */
    private static final Pattern STOP = Pattern.compile(
            "\\s[|•·—–]\\s|\\s[|•·]|[|•·]|\\s-\\s|\\s[-—–]\\s?\\d|\\d|\\(|\\s@|@\\S|\\S+@\\S+|https?:"
                    + "|\\b(?:updated|published|posted|on|am|le|el|il|the|at|in|stand|aktualisiert|veröffentlicht|mis à jour"
                    + "|publié|leave a|kommentar|comments?|follow|twitter|email|e-mail|photo|foto|read more)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bi\\b|\\boraz\\b|\\ben\\b|、|和)\\s*",
            Pattern.UNICODE_CASE);
    private static final Set<String> ROLES = Set.of("editor", "correspondent", "reporter", "writer", "columnist",
            "contributor", "journalist", "journalistin", "autor", "autorin", "author", "redakteur", "redakteurin",
            "korrespondent", "korrespondentin", "journaliste", "correspondant", "correspondante", "periodista",
            "giornalista", "redaktor", "dziennikarz", "staff", "producer", "analyst", "photographer", "fotograf",
            "chefredakteur", "chefredakteurin", "ressortleiter", "ressortleiterin", "director", "head", "chief",
            "senior", "associate", "deputy", "managing", "contributing", "political", "opinion", "news", "sports",
            "science", "technology", "business", "editorial", "desk", "team", "board", "intern", "freelance",
            "freelancer", "blogger", "bloggerin", "moderator", "host", "anchor", "researcher", "professor");
    private static final Set<String> AGENCIES = Set.of("reuters", "ap", "afp", "dpa", "apa", "kna", "epd", "sid",
            "associated press", "the associated press", "bloomberg", "efe", "ansa", "pap", "xinhua", "jiji", "kyodo",
            "upi", "aap", "cnn", "bbc", "staff", "staff reports", "wire", "wires", "agencies", "agenturen",
            "redaktion", "red", "newsroom", "editorial board", "the editorial board", "admin", "administrator");
    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "da", "di", "del", "della",
            "dos", "das", "du", "la", "le", "bin", "ibn", "al", "el", "ter", "zu", "y", "e");
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "this", "that", "his", "her", "their", "our",
            "my", "your", "its", "which", "what", "who", "how", "using", "making", "taking", "having", "being",
            "der", "die", "das", "den", "dem", "einem", "einer", "eine", "ein", "la", "le", "les", "un", "une", "el",
            "los", "las", "il", "lo", "gli", "uno", "una", "de", "del", "far", "now", "then", "way", "means");

    private BylineParser() {
    }

    /** A byline when the line states one with a marker ("By X", "Von X", "Autor: X"). */
    public static Optional<Byline> parse(String line) {
        String t = clean(line);
        if (t.isEmpty() || t.length() > MAX_CHARS || wordCount(t) > MAX_WORDS || isSentence(t)) {
            return Optional.empty();
        }
        Matcher m = MARKER.matcher(t);
        while (m.find()) {
            String before = t.substring(0, m.start()).strip();
            if (wordCount(before) > 8) {
                continue;
            }
            List<String> names = names(t.substring(m.end()), true);
            if (!names.isEmpty() || isAgencyOnly(t.substring(m.end()))) {
                return Optional.of(new Byline(t, names, true));
            }
        }
        return Optional.empty();
    }

    /**
     * Like {@link #parse}, and also a line that is only a name, possibly with a role or agency after it
     * ("David Baché", "Richard Adams Education editor", "Jane Doe | Reuters"): for lines where the caller
     * knows a byline may stand, such as under the headline.
     */
    public static Optional<Byline> parseLenient(String line) {
        Optional<Byline> strict = parse(line);
        if (strict.isPresent()) {
            return strict;
        }
        String t = clean(line);
        if (t.isEmpty() || t.length() > 80 || wordCount(t) > 8 || t.endsWith(".") || t.endsWith("?")) {
            return Optional.empty();
        }
        List<String> names = names(t, false);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Byline(t, names, false));
    }

    /** Two to five words, each capitalised (particles aside), no digits: shaped like a person's name. */
    public static boolean looksLikePersonName(String s) {
        String[] tokens = s.strip().split("\\s+");
        if (tokens.length < 2 || tokens.length > 5) {
            return false;
        }
        int capitalised = 0;
        for (String tok : tokens) {
            if (tok.isEmpty() || hasDigit(tok)) {
                return false;
            }
            String lower = tok.toLowerCase(Locale.ROOT);
            if (PARTICLES.contains(lower)) {
                continue;
            }
            if (NOT_NAMES.contains(lower) || ROLES.contains(lower)) {
                return false;
            }
            int first = tok.codePointAt(0);
            if (Character.isUpperCase(first) || (tok.length() > 2 && tok.startsWith("O'"))) {
                capitalised++;
            } else if (Character.isLetter(first)) {
                return false;
            }
        }
        return capitalised >= 2;
    }

    /** Names in the text after a marker (or in the whole line when lenient). */
    private static List<String> names(String rest, boolean explicit) {
        Matcher stop = STOP.matcher(rest);
        String part = stop.find() ? rest.substring(0, stop.start()) : rest;
        part = part.strip();
        List<String> out = new ArrayList<>();
        for (String piece : SEPARATOR.split(part)) {
            String name = stripRole(piece.strip());
            if (name.isEmpty() || AGENCIES.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (looksLikePersonName(name) || (explicit && isHandle(name) && out.isEmpty())
                    || (explicit && isSingleCapitalisedName(name))) {
                if (!out.contains(name)) {
                    out.add(name);
                }
            } else if (!out.isEmpty()) {
                break; // the names ran out: the rest is a role or a phrase
            } else {
                return List.of();
            }
        }
        return out;
    }

    /** Drops role words after the name: "Richard Adams Education editor" -> "Richard Adams". */
    private static String stripRole(String piece) {
        String[] tokens = piece.split("\\s+");
        int end = tokens.length;
        for (int i = 1; i < tokens.length; i++) {
            String lower = tokens[i].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
            if (ROLES.contains(lower)) {
                end = i;
                // a capitalised word right before a lower-case role word belongs to the role ("Education editor")
                if (i >= 3 && Character.isLowerCase(tokens[i].codePointAt(0))) {
                    end = i - 1;
                }
                break;
            }
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < end; i++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(tokens[i]);
        }
        return b.toString().replaceAll("[,.:;]+$", "").strip();
    }

    /** A longer line ending in a full stop is a sentence ("Por ende, las ventajas ... de uso."), not a byline. */
    private static boolean isSentence(String t) {
        return t.endsWith(".") && wordCount(t) > SENTENCE_WORDS;
    }

    private static boolean isHandle(String s) {
        return !s.contains(" ") && s.length() >= 3 && s.length() <= 30 && !hasDigitOnly(s)
                && !NOT_NAMES.contains(s.toLowerCase(Locale.ROOT)) && Character.isLetter(s.codePointAt(0));
    }

    private static boolean isSingleCapitalisedName(String s) {
        return !s.contains(" ") && s.length() >= 2 && Character.isUpperCase(s.codePointAt(0)) && !hasDigit(s)
                && !ROLES.contains(s.toLowerCase(Locale.ROOT));
    }

    private static boolean isAgencyOnly(String rest) {
        String r = rest.strip().replaceAll("[.,:;]+$", "").toLowerCase(Locale.ROOT);
        return AGENCIES.contains(r);
    }

    private static String clean(String line) {
        return line == null ? "" : line.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static int wordCount(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigitOnly(String s) {
        return s.chars().allMatch(Character::isDigit);
    }
}
