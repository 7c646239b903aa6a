package dev.pith.byline;

import dev.pith.lang.Stopwords;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises bylines and takes the author names out of them. Stateless and thread-safe; no regular
 * expressions: the line is cut into tokens (words, numbers, punctuation, e-mail addresses, handles, links)
 * and read once from left to right, so the time is linear, and lines longer than {@value #MAX_RAW} chars
 * (after trimming) are refused before anything else is done with them.
 *
 * <p>Shapes read by {@link #parse}:
 * <ul>
 *   <li>a marker, then names: "By X", "By: X", "Von X und Y", "Par X et Y", "Por X y Y", "Di X", "A cura di X",
 *       "Door X", "Av X", "Przez X", "oprac. X", "بقلم X", "记者 X", and labels ending in a colon: "Autor: X",
 *       "Autorin: X", "Text: X", "Tekst: X", "Text &amp; Fotos: X", "Author: X", "作者：X";</li>
 *   <li>the marker after a short lead-in of publication words, dates and separators: "Words by X",
 *       "Written by X", "Posted on 2015-04-05 by X", "Veröffentlicht am 12. Juni 2017 von X",
 *       "Ein Artikel von X", "Opinion | By X"; a lead-in that names a photo or a copyright ("Photo by X",
 *       "Foto: X", "© by X") or that is ordinary text ("Weitere Rezepte von X", "Kommentar von X") is not;</li>
 *   <li>without a marker, names with a role or an agency: "X, Staff Writer", "X Senior Reporter",
 *       "X, Opinion Columnist", "Jane Doe | Reuters", "X/dpa".</li>
 * </ul>
 * The names end at a separator ("|", "•", "/", " - ", "("), a number (dates, times), an e-mail address, a
 * handle or link, or a word that starts the tail ("on", "am", "le" before a date, "Updated", "Published",
 * "Veröffentlicht"...); commas, "and", "und", "et", "y", "e", "i", "og", "och", "oraz", "&amp;" separate them.
 * Roles and titles after a name ("Staff Writer", "Correspondent", "Redakteur", "journaliste"...) and
 * agencies ("Reuters", "AP", "AFP", "dpa", "The Associated Press"...) are dropped; a byline that names only
 * an agency or a desk ("By Reuters", "By Staff", "The Editorial Board") is still a byline, with no authors.
 * Names keep their diacritics, particles (van, von, de, da, di, bin, al-), apostrophes and hyphens; a name
 * written in capitals throughout becomes normal case ("JANE DOE" → "Jane Doe", "O'BRIEN" → "O'Brien",
 * "MCDONALD" → "McDonald"); other names are kept as written. A single word is a name only after a marker
 * ("By Daniel", "von gizzmo"), where user names are common.
 *
 * <p>Not bylines: sentences that start with a marker ("By the end of the year, ..."; "By using this site
 * you agree"): a lower-case word inside the names, a line of more than {@value #MAX_WORDS} words, or one of
 * more than {@value #SENTENCE_WORDS} words ending in a full stop, refuses the line.
 */
public final class BylineParser {
    /** Trimmed lines longer than this are not looked at: a byline is short. */
    static final int MAX_RAW = 600;
    /** A byline has at most this many chars once whitespace runs are one space. */
    static final int MAX_CHARS = 200;
    static final int MAX_WORDS = 24;
    /** A line of more words than this that ends in a full stop is a sentence. */
    static final int SENTENCE_WORDS = 8;
    /** How many tokens may stand before a marker: dates and publication words; other lead-ins are shorter. */
    static final int MAX_LEAD = 12;
    static final int LENIENT_CHARS = 80;
    static final int LENIENT_WORDS = 10;
    /** A role's line under a name is short: "Redakteurin Politik", "Pressesprecher naturstrom AG". */
    static final int ROLE_LINE_WORDS = 6;
    /** A name beside a date, without a marker, has at most this many capitalised words. */
    static final int CUE_NAME_WORDS = 4;
    private static final int MAX_TOKENS = 64;
    private static final int MAX_NAME_TOKENS = 6;
    /** A month name or a tail word glued to a name has at least this many letters ("June", "Follow"). */
    private static final int GLUED_TAIL_CHARS = 4;

    static final double AT_START = 0.95;
    static final double AFTER_LEAD_IN = 0.85;
    static final double WITH_CUE = 0.75;
    static final double BARE_NAME = 0.5;
    static final double SITE_OWNER = 0.4;

    /** Markers that stand before the names. */
    private static final Set<String> PREFIX_MARKERS = set("by", "von", "par", "por", "di", "door", "av",
            "przez", "oprac", "escribe", "بقلم", "记者", "記者", "撰文");
    /** Markers that innerText dumps glue to the name after them, as written. */
    private static final List<String> GLUED_MARKERS = List.of("By", "by", "Von", "von", "Par", "par", "Por", "por",
            "Author", "Autor", "Autorin");
    /** "About" of an author box's heading ("About the Author", "Über den Autor", "À propos de l'auteur" is not read). */
    private static final Set<String> ABOUT = set("about", "über");
    /** Capitalised author nouns that mark the name after them even without a colon ("Autor Mark Newton"). */
    private static final Set<String> AUTHOR_NOUNS = set("Autor", "Autorin", "Author", "Auteur", "Auteure", "Autore",
            "Autora", "Autorka", "Autoren", "Authors", "Auteurs", "Autori", "Autores", "Autorzy");
    /** Words of a label that ends in a colon ("Autor:", "Text & Fotos:"); at least one must be an author word. */
    private static final Set<String> LABEL_AUTHOR = set("autor", "autorin", "autoren", "autorka", "autorzy",
            "author", "authors", "auteur", "auteure", "auteurs", "autore", "autori", "autora", "autores", "text",
            "texte", "texto", "testo", "tekst", "words", "reporter", "reporters", "reporting", "report", "by", "von",
            "par", "por", "door", "redaktion", "bearbeitung", "opracowanie", "skribent", "forfatter", "kirjoittaja",
            "szerző", "yazar", "автор", "автори", "作者", "记者", "記者", "撰文", "文", "written", "story", "reportage",
            "interview", "interviews", "recherche", "redacción", "redação", "redazione", "责任编辑", "编辑", "責任編輯", "編輯");
    private static final Set<String> LABEL_OTHER = set("&", "+", "/", "and", "und", "et", "y", "e", "i", "und",
            "photos", "photo", "fotos", "foto", "bilder", "bild", "images", "video", "grafik", "infografik");
    /** Words that may stand before a marker ("Posted on ... by", "Ein Artikel von"). */
    private static final Set<String> LEAD_WORDS = set("posted", "published", "written", "story", "words",
            "text", "reporting", "report", "reported", "updated", "last", "on", "am", "um", "at", "le", "el", "il",
            "den", "vom", "the", "ein", "eine", "artikel", "beitrag", "gastbeitrag", "post", "author", "veröffentlicht",
            "geschrieben", "erstellt", "eingestellt", "aktualisiert", "publié", "publicado", "pubblicato",
            "geplaatst", "opublikowano", "uhr", "h", "and", "und", "original", "article", "interview", "analysis",
            "commentary", "column", "essay", "review", "reportage", "bericht", "analyse", "recherche", "an");
    /** A lead-in that starts with one of these may hold anything short ("Posted in News by X"). */
    private static final Set<String> PUBLICATION_VERBS = set("posted", "published", "filed", "written",
            "veröffentlicht", "geschrieben", "erstellt", "eingestellt", "gepostet", "publié", "publicado",
            "pubblicato", "geplaatst", "opublikowano", "publicerad", "udgivet", "publisert", "submitted", "eingetragen",
            "gespeichert", "started");
    /** Articles that may stand before a genre word as a lead-in ("Ein Kommentar von X", "A column by X"). */
    private static final Set<String> ARTICLES = set("a", "an", "ein", "eine", "un", "une", "una", "uno", "een");
    /** A lead-in with one of these is a credit for a picture or a copyright, not a byline. */
    private static final Set<String> CREDIT_WORDS = set("photo", "photos", "photograph", "photography", "foto",
            "fotos", "fotografie", "bild", "bilder", "image", "images", "picture", "pictures", "illustration",
            "grafik", "graphic", "graphics", "video", "credit", "credits", "quelle", "source", "copyright", "©", "(c)",
            "cover", "kamera", "camera", "imagen", "immagine", "zdjęcie", "fot", "edited", "edit", "designed",
            "powered", "hosted", "theme", "developed", "made", "sponsored", "presented", "brought", "supported");
    /** The rights a copyright notice reserves ("All rights reserved", "Alle Rechte vorbehalten", "Tous droits"). */
    private static final Set<String> RIGHTS_WORDS = set("rights", "right", "reserved", "rechte", "vorbehalten",
            "droits", "réservés", "derechos", "reservados", "diritti", "riservati", "direitos", "rechten",
            "prawa", "zastrzeżone");
    private static final Set<String> CONJUNCTIONS = set("and", "und", "et", "y", "e", "i", "en", "og", "och",
            "oraz", "és", "ve", "și", "и", "та", "і", "ja", "&", "和", "و");
    /** Conjunctions that also join the parts of one Spanish, Portuguese or Catalan name ("Ortega y Gasset"). */
    private static final Set<String> NAME_JOINERS = set("y", "e", "i");
    /** Words after the names that begin the tail: a date, a place, an update. */
    private static final Set<String> TAIL_WORDS = set("on", "am", "um", "at", "in", "for", "le", "el", "il",
            "den", "vom", "via", "from", "updated", "published", "posted", "aktualisiert", "veröffentlicht", "stand",
            "mis", "publié", "publicado", "actualizado", "pubblicato", "aggiornato", "hace", "il", "ago", "yesterday",
            "today", "gestern", "heute", "hier", "ayer", "hoy", "ieri", "oggi", "read", "follow", "email", "e-mail",
            "twitter", "leave", "comments", "comment", "kommentare", "kommentar", "share", "teilen", "more", "mehr",
            "tagged", "filed", "category", "categories", "kategorie", "kategorien", "tags", "lesezeit", "min",
            "minutes", "minute", "reading", "time", "photo", "foto", "photos", "fotos", "bild", "bilder", "der", "des",
            "edited", "with", "mit", "avec", "con", "com", "met", "last", "zuletzt", "aktualisiert",
            "publicado", "atualizado", "hours", "stunden");
    /** Tail words that may end a single-word name: a date or an update follows. */
    private static final Set<String> DATE_TAIL = set("on", "am", "um", "at", "in", "le", "el", "il", "vom", "den",
            "updated", "published", "posted", "aktualisiert", "veröffentlicht", "stand", "mis", "publié", "publicado",
            "actualizado", "pubblicato", "aggiornato", "hace", "last", "zuletzt", "atualizado");
    /** Particles that stay lower case inside names; "le", "el", "den", "der" are also tail words when no name follows. */
    private static final Set<String> PARTICLES = set("van", "von", "der", "den", "de", "da", "di", "del",
            "della", "dei", "degli", "dos", "das", "do", "du", "des", "la", "le", "lo", "bin", "ibn", "binti", "bint",
            "al", "el", "ter", "ten", "te", "zu", "zum", "af", "av", "y", "e", "i", "st", "st.", "mac", "ben", "abu",
            "vom", "dalla", "delle", "d'", "l'");
    private static final Set<String> HONORIFICS = set("dr", "dr.", "prof", "prof.", "mr", "mr.", "mrs", "mrs.",
            "ms", "ms.", "mme", "mme.", "m.", "herr", "frau", "sir", "dame", "rev", "rev.", "fr.", "sr.", "dra.",
            "ing.", "mag.", "dipl.", "lic.");
    private static final Set<String> SUFFIXES = set("jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd", "md");
    /** Role nouns: where one stands in a piece (alone or after role modifiers), the name has ended. */
    private static final Set<String> ROLE_NOUNS = set("editor", "editors", "correspondent", "correspondents",
            "reporter", "reporters", "writer", "writers", "columnist", "columnists", "contributor", "contributors",
            "journalist", "journalists", "journalistin", "author", "autor", "autorin", "redakteur", "redakteurin",
            "redaktion", "korrespondent", "korrespondentin", "journaliste", "correspondant", "correspondante",
            "chroniqueur", "chroniqueuse", "rédacteur", "rédactrice", "periodista", "corresponsal", "redactor",
            "redactora", "giornalista", "corrispondente", "redattore", "redattrice", "jornalista", "repórter",
            "redaktor", "redaktorka", "dziennikarz", "dziennikarka", "verslaggever", "redacteur", "staff", "producer",
            "analyst", "photographer", "fotograf", "fotografin", "chefredakteur", "chefredakteurin", "ressortleiter",
            "ressortleiterin", "director", "head", "chief", "intern", "freelancer", "blogger", "bloggerin",
            "moderator", "host", "anchor", "researcher", "professor", "gastautor", "gastautorin", "volontär",
            "volontärin", "praktikant", "praktikantin", "newsdesk", "newsroom", "staffer", "assistant",
            "chefkorrespondent", "leiter", "leiterin", "mitarbeiter", "mitarbeiterin", "rédaction", "redacción",
            "redazione", "redação", "admin", "desk", "team", "board", "critic", "critique", "crítico", "critico",
            "kolumnist", "kolumnistin", "reporterin", "chroniclers", "strategist", "economist", "commentator",
            "kommentator", "kommentatorin", "editor-in-chief", "co-founder", "founder", "ceo", "president");
    /** Endings of German compound role nouns: a long word ending so is a role, not a surname. */
    private static final List<String> COMPOUND_ROLE_ENDINGS = List.of("leiter", "leiterin", "redakteur",
            "redakteurin", "korrespondent", "korrespondentin", "reporter", "reporterin", "sprecher", "sprecherin",
            "referent", "referentin", "journalist", "journalistin", "mitarbeiter", "mitarbeiterin", "direktor",
            "direktorin", "berater", "beraterin", "expertin", "beauftragter", "beauftragte", "vorsitzender",
            "vorsitzende", "präsident", "präsidentin", "autorin", "redaktion", "chefin");
    /** Words that form a role with a role noun after them ("Senior Reporter", "Education editor"). */
    private static final Set<String> ROLE_MODIFIERS = set("senior", "associate", "deputy", "managing",
            "contributing", "political", "politics", "opinion", "opinions", "news", "sports", "sport", "science",
            "technology", "tech", "business", "editorial", "chief", "head", "special", "guest", "lead", "digital",
            "executive", "national", "international", "foreign", "economics", "economy", "education", "health",
            "culture", "arts", "travel", "food", "investigative", "data", "visual", "video", "audio", "multimedia",
            "web", "social", "media", "copy", "features", "feature", "white", "house", "staff", "freelance", "online",
            "general", "assignment", "city", "metro", "local", "climate", "environment", "environmental", "legal",
            "medical", "fashion", "music", "film", "books", "entertainment", "royal", "crime", "courts", "finance",
            "financial", "markets", "energy", "europe", "asia", "africa", "america", "washington", "london", "berlin",
            "paris", "brussels", "beijing", "moscow", "us", "u.s.", "uk", "eu", "china", "middle", "east", "west",
            "south", "north", "global", "world", "weather", "science", "freie", "freier", "leitende",
            "leitender", "stellvertretende", "stellvertretender", "grand", "reporter", "envoyé", "envoyée", "spécial", "spéciale");
    /** Agencies and desks: not persons. Whole pieces, lower case. */
    private static final Set<String> AGENCIES = set("reuters", "ap", "afp", "dpa", "apa", "kna", "epd", "sid",
            "associated press", "the associated press", "bloomberg", "bloomberg news", "efe", "ansa", "pap", "xinhua",
            "jiji", "kyodo", "kyodo news", "upi", "aap", "ians", "pti", "ani", "tass", "ria", "interfax", "anp",
            "belga", "ats", "sda", "ctk", "čtk", "tt", "ntb", "ritzau", "stt", "mti", "agerpres", "lusa", "europa press",
            "agence france-presse", "agence france presse", "press association", "pa", "pa media", "cnn", "bbc",
            "bbc news", "staff", "staff reports", "staff report", "wire", "wires", "wire services", "agencies",
            "agenturen", "agencias", "agences", "redaktion", "red", "newsroom", "editorial board",
            "the editorial board", "editorial staff", "admin", "administrator", "web desk", "news desk", "desk",
            "staff writer", "staff writers", "online", "team", "the team");
    /** Month and weekday names (English, German, French, Spanish, Italian, Portuguese, Dutch) and abbreviations. */
    private static final Set<String> CALENDAR = set(("january february march april may june july august "
            + "september october november december jan feb mar apr jun jul aug sep sept oct nov dec januar februar "
            + "märz mai juni juli oktober dezember jänner okt dez janvier février mars avril juin juillet août "
            + "septembre octobre novembre décembre janv févr avr juil sept oct déc enero febrero marzo abril mayo "
            + "junio julio agosto septiembre setiembre octubre noviembre diciembre ene abr ago dic gennaio febbraio "
            + "aprile maggio giugno luglio settembre ottobre dicembre gen mag giu lug set ott dic janeiro fevereiro "
            + "março maio junho julho setembro outubro novembro dezembro fev mai out dez januari februari maart mei "
            + "augustus oktober monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun "
            + "montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi "
            + "dimanche lunes martes miércoles jueves viernes sábado domingo lunedì martedì mercoledì giovedì venerdì "
            + "sabato domenica").split(" "));
    /** Capitalised words that are not parts of names: site furniture and section names. */
    private static final Set<String> NAVIGATION = set(("home news log sign read more share search menu contact "
            + "privacy policy terms subscribe newsletter newsletters login register follow comments comment reply "
            + "video videos photo photos live latest popular related world today sport sports business politics "
            + "opinion culture weather top stories story account cookie cookies settings edition advertisement skip "
            + "content main navigation facebook twitter instagram linkedin youtube whatsapp email print copy link "
            + "back next previous page startseite impressum datenschutz kontakt suche anmelden abonnieren lesen "
            + "weiter zurück artikel kommentare teilen accueil connexion rechercher inicio buscar tags tag category "
            + "categories archive archives posts post blog about help faq shop store cart english deutsch français "
            + "español italiano close open new free best view show hide click here download watch listen play "
            + "podcast podcasts local europe politik wirtschaft kultur panorama meinung wissen reise leben region "
            + "lokales nachrichten aktuell economy science technology tech health travel food style fashion "
            + "entertainment music books arts education environment climate media magazine events jobs review "
            + "reviews guide deals recipes games lifestyle family community press release united states kingdom "
            + "national international street road city county university school college institute company group "
            + "inc ltd gmbh ag llc corp club association foundation party ministry government council department "
            + "office online digital breaking update updated published posted").split(" "));
    /** First words of two-word place names, which datelines put where a byline's name would stand. */
    private static final Set<String> PLACE_STARTS = set("new", "san", "santa", "santo", "são", "sao", "saint",
            "sankt", "st.", "hong", "tel", "buenos", "rio", "kuala", "addis", "cape", "port", "fort", "bad", "mount",
            "lake", "gran", "puerto", "ciudad", "porto", "costa", "sri", "dar", "north", "south", "east", "west",
            "upper", "lower", "greater");
    /** Articles: a name does not start with one, even capitalised ("Der Sachschaden", "La Nación"). */
    private static final Set<String> ARTICLE_WORDS = set("der", "die", "das", "des", "dem", "den", "la", "le", "les",
            "el", "los", "las", "il", "lo", "gli", "het", "een", "the", "ein", "eine", "un", "une", "una", "uno");
    /** Capitalised words that are both stopwords somewhere and common given names or surnames. */
    private static final Set<String> NAME_LIKE = set("will", "may", "dan", "per", "are", "ella", "ma", "su",
            "he", "lo", "ha", "an", "yu", "hu", "li", "wu", "mark", "bill", "art", "guy", "rose", "june", "april",
            "august", "jo", "don", "mai", "ole", "ben", "sam", "tom", "eli", "ali", "lee", "min", "do", "so", "ten",
            "else", "mi", "tu", "se", "si", "ni", "me", "le");
    private static final Set<String> NOT_NAMES = notNames();
    /** A line with one of these is the head of a reader's comment, not a byline. */
    private static final Set<String> REPLY_WORDS = set("reply", "replies", "antworten", "antwort", "beantworten",
            "répondre", "responder", "responde", "rispondi", "odpowiedz", "odpowiedź", "svara", "svar", "beantwoorden",
            "reageren");
    /** Words that make a number a time ago: "3 hours ago", "hace 3 horas", "vor 2 Stunden". */
    private static final Set<String> RELATIVE_TIME = set("ago", "hace", "hours", "hour", "horas", "hora", "heures",
            "heure", "stunden", "stunde", "ore", "minutes", "minuten", "minutos", "min", "mins", "days", "tagen",
            "días", "jours", "giorni", "hrs", "hr");
    /** A numeric date in one token: 31.10.23, 31.10.2023, 2023-11-08, 2023-11-08T10:00. */
    private static final java.util.regex.Pattern NUMERIC_DATE = java.util.regex.Pattern.compile(
            "\\d{1,2}\\.\\d{1,2}\\.(?:\\d{2}|\\d{4})?|\\d{4}-\\d{1,2}-\\d{1,2}(?:T[\\d.:+-]{0,20})?Z?");
    /** Words before a date that connect it to the names: "Stand: 5. Februar", "Updated 3 hours ago". */
    private static final Set<String> TIME_WORDS = set("uhr", "hace", "ago", "stand", "publicado", "updated",
            "published", "aktualisiert", "veröffentlicht", "gestern", "heute", "yesterday", "today", "am", "pm", "h",
            "min", "mins", "hours", "hour", "horas", "heures", "stunden", "ore", "atualizado", "actualizado");

    private BylineParser() {
    }

    /** An immutable set that tolerates repeated words in the lists above. */
    private static Set<String> set(String... words) {
        return Set.copyOf(new HashSet<>(List.of(words)));
    }

    /**
     * A byline when the line is one: a marker with names (or only an agency) after it, possibly after a
     * short lead-in, or names with a role or an agency; empty otherwise.
     */
    public static Optional<Byline> parse(String line) {
        String asWritten = trimmed(line);
        return asWritten == null ? Optional.empty() : strict(asWritten, tokenize(undoubled(collapse(asWritten))));
    }

    /** {@link #parse} of the trimmed line and its tokens. */
    private static Optional<Byline> strict(String asWritten, List<Tok> toks) {
        if (toks == null || words(toks) > MAX_WORDS || isSentence(toks)) {
            return Optional.empty();
        }
        if (hasReplyWord(toks)) {
            return Optional.empty();
        }
        for (int k = 0; k <= MAX_LEAD && k < toks.size(); k++) {
            int from = markerEnd(toks, k);
            if (from < 0 || !leadInOk(toks, k)) {
                continue;
            }
            Names n = names(toks, from, true);
            if (!n.bad && (!n.names.isEmpty() || n.cue)) {
                return Optional.of(new Byline(asWritten, n.names, k == 0 ? AT_START : AFTER_LEAD_IN));
            }
        }
        int from = 0;
        while (from < toks.size() && isDateish(toks, from)) {
            from++;
        }
        Names n = names(toks, from, false);
        if (!n.bad && !n.names.isEmpty() && !hasCopyright(toks) && !titleLong(n.names) && !labelled(toks, n.stop)
                && ((n.cue && from == 0) || dateCue(toks, 0, from) || dateCue(toks, n.stop, toks.size()))) {
            return Optional.of(new Byline(asWritten, n.names, WITH_CUE));
        }
        return Optional.empty();
    }

    /**
     * Like {@link #parse}, and also a short line that is only a name, possibly with a date before it or a
     * short tail after a separator ("David Baché", "Jamelle Bouie", "28. Jan. 2022 Paula Balov",
     * "Doris Schuppe / DoSchu"): for lines where the caller knows a byline may stand, such as right under
     * the headline. Such bylines have confidence {@value #BARE_NAME}.
     */
    public static Optional<Byline> parseLenient(String line) {
        String asWritten = trimmed(line);
        if (asWritten == null) {
            return Optional.empty();
        }
        // the strict and the lenient reading read the same tokens, made once
        String t = undoubled(collapse(asWritten));
        List<Tok> toks = tokenize(t);
        Optional<Byline> strict = strict(asWritten, toks);
        if (strict.isPresent() || asWritten.length() > 2 * LENIENT_CHARS || t == null || t.length() > LENIENT_CHARS) {
            return strict;
        }
        return bare(asWritten, toks);
    }

    /**
     * {@link #parseLenient}'s reading for a line that {@link #parse} does not read as a byline: for a caller that
     * has its strict reading already.
     */
    public static Optional<Byline> parseBare(String line) {
        String asWritten = trimmed(line);
        if (asWritten == null || asWritten.length() > 2 * LENIENT_CHARS) {
            return Optional.empty();
        }
        String t = undoubled(collapse(asWritten));
        return t == null || t.length() > LENIENT_CHARS ? Optional.empty() : bare(asWritten, tokenize(t));
    }

    /** The lenient reading of the trimmed line and its tokens (of at most {@link #LENIENT_CHARS} chars). */
    private static Optional<Byline> bare(String asWritten, List<Tok> toks) {
        if (toks == null || toks.isEmpty() || words(toks) > LENIENT_WORDS) {
            return Optional.empty();
        }
        String last = toks.get(toks.size() - 1).text;
        if (hasReplyWord(toks) || last.equals("?") || last.equals("!") || last.equals(".") || last.equals(":")) {
            return Optional.empty();
        }
        int from = 0;
        while (from < toks.size() && isDateish(toks, from)) {
            from++;
        }
        Names n = names(toks, from, false);
        if (n.bad || n.names.isEmpty() || labelled(toks, n.stop)) {
            return Optional.empty();
        }
        return Optional.of(new Byline(asWritten, n.names, BARE_NAME));
    }

    /**
     * The line is only a role, the line under an author's or a press contact's name in a box ("Mitglied der
     * Tonight News-Redaktion", "Pressesprecher naturstrom AG", "Senior Reporter"): a few words, one of them a role
     * noun, no date and no sentence. Rule source: author and contact boxes, which put the name and the role on
     * lines of their own.
     */
    public static boolean isRoleOnly(String line) {
        String asWritten = trimmed(line);
        String t = asWritten == null ? null : collapse(asWritten, LENIENT_CHARS);
        List<Tok> toks = t == null ? null : tokenize(t);
        if (toks == null || toks.isEmpty() || words(toks) > ROLE_LINE_WORDS || dateCue(toks, 0, toks.size())) {
            return false;
        }
        String last = toks.get(toks.size() - 1).text;
        if (last.equals(".") || last.equals("?") || last.equals("!") || last.equals(":")) {
            return false;
        }
        for (Tok tok : toks) {
            if (tok.kind == Kind.WORD && isRoleNoun(tok)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How a line the classifier labelled a byline is read: as a copyright notice's owner first (the lenient reading
     * takes "(Creative Commons-Lizenz) ... by X" for a name), else leniently ({@link #parseLenient}).
     */
    public static Optional<Byline> readLabelled(String line) {
        return copyrightHolder(line).or(() -> parseLenient(line));
    }

    /**
     * The person a site's copyright line names ("© 2020 Helge Fahrnberger", "Copyright (c) 2012- Gregory Szorc. All
     * rights reserved.", "Webdesign und alle Inhalte © by Ralf Glaser | Impressum"): on a personal site or blog the
     * owner wrote the posts. Only a name that starts with a common given name ({@link GivenNames}), right after the
     * copyright sign, its years and "by", counts: a company ("© 2022 Springer Nature Limited") or a site's name is
     * not a person, and a picture's credit ("© Foto: Jane Doe", "Bild: ...") is the photographer's. Confidence
     * {@value #SITE_OWNER}. Rule source: the copyright footers of personal sites and blogs.
     */
    public static Optional<Byline> copyrightHolder(String line) {
        if (line == null || line.indexOf('©') < 0 && line.indexOf("opyright") < 0 && line.indexOf("(c)") < 0
                && line.indexOf("(C)") < 0 && line.indexOf("ommons") < 0 && line.indexOf("CC-BY") < 0
                && line.indexOf("cc-by") < 0) {
            return Optional.empty();
        }
        String asWritten = trimmed(line);
        String t = asWritten == null ? null : collapse(asWritten);
        List<Tok> toks = t == null ? null : tokenize(t);
        if (toks == null || !hasCopyright(toks)) {
            return Optional.empty();
        }
        int i = 0;
        while (i < toks.size() && !isCopyrightSign(toks, i)) {
            if (CREDIT_WORDS.contains(toks.get(i).lower) && !toks.get(i).lower.equals("copyright")) {
                return Optional.empty();
            }
            i++;
        }
        while (i < toks.size() && (isCopyrightSign(toks, i) || toks.get(i).kind == Kind.NUM
                || toks.get(i).kind == Kind.PUNCT || toks.get(i).lower.equals("by"))) {
            i++;
        }
        if (i < toks.size() && CREDIT_WORDS.contains(toks.get(i).lower)) {
            return Optional.empty();
        }
        Names n = names(toks, i, false);
        if (n.bad || n.names.isEmpty() || !GivenNames.startsWithGivenName(n.names.get(0)) || !noticeWords(toks)) {
            return Optional.empty();
        }
        return Optional.of(new Byline(asWritten, List.of(n.names.get(0)), SITE_OWNER));
    }

    /**
     * A site's copyright notice states its years, its rights or its licence ("© 2020 X", "X. All rights reserved",
     * "Weitere Rechte siehe Impressum", "CC-BY-NC-ND X"); a picture's credit is the sign and the name alone
     * ("© Jane Doe").
     */
    private static boolean noticeWords(List<Tok> toks) {
        for (Tok t : toks) {
            if (t.kind == Kind.NUM && t.text.length() >= 4 && (t.text.startsWith("19") || t.text.startsWith("20"))
                    || RIGHTS_WORDS.contains(t.lower) || isLicence(t)) {
                return true;
            }
        }
        return false;
    }

    /** "©", "Copyright", or the "c" of "(c)" at i. */
    private static boolean isCopyrightSign(List<Tok> toks, int i) {
        Tok t = toks.get(i);
        return t.text.equals("©") || t.lower.equals("copyright") || isLicence(t) || t.lower.equals("c") && i > 0
                && toks.get(i - 1).text.equals("(") && i + 1 < toks.size() && toks.get(i + 1).text.equals(")");
    }

    /**
     * A Creative Commons licence ("CC-BY-NC-ND", "Creative Commons-Lizenz"): a site's notice of its rights, which
     * names the owner as a copyright sign does.
     */
    private static boolean isLicence(Tok t) {
        return t.lower.startsWith("cc-by") || t.lower.equals("commons") || t.lower.startsWith("commons-");
    }

    /**
     * Two to six words shaped like a person's name: each capitalised, a particle (van, de, bin...), an
     * initial, an honorific before or a suffix after; at least two capitalised; no digits, no common
     * function or site words ("The", "Log In"). One word of two to four Han characters also counts.
     */
    public static boolean looksLikePersonName(String s) {
        String t = trimmed(s);
        if (t == null || t.length() > LENIENT_CHARS) {
            return false;
        }
        List<Tok> toks = tokenize(collapse(t));
        if (toks == null || toks.isEmpty()) {
            return false;
        }
        for (Tok tok : toks) {
            if (tok.kind != Kind.WORD) {
                return false;
            }
        }
        return isName(toks);
    }

    // ---- markers and lead-ins ----

    /**
     * The line is a byline's marker and nothing after it ("By", "Posted by", "Geschrieben von", "Autor:"): a
     * scraper that puts every text node on its own line puts the author's linked name on the next line.
     */
    public static boolean isMarkerOnly(String line) {
        String asWritten = trimmed(line);
        String t = asWritten == null ? null : collapse(asWritten, LENIENT_CHARS);
        List<Tok> toks = t == null ? null : tokenize(t);
        if (toks == null || toks.isEmpty() || hasReplyWord(toks)) {
            return false;
        }
        if (toks.size() == 1 && AUTHOR_NOUNS.contains(toks.get(0).text)) {
            return true; // a meta table's label without its colon ("Author" / "Jane Doe", "Autoren" / "Max Muster")
        }
        for (int k = 0; k <= MAX_LEAD && k < toks.size(); k++) {
            if (markerSpan(toks, k) == toks.size() && leadInOk(toks, k)) {
                return true;
            }
        }
        return false;
    }

    /** Where the names begin when a marker starts at token k, else -1. */
    private static int markerEnd(List<Tok> toks, int k) {
        int from = markerSpan(toks, k);
        return from < toks.size() ? from : -1;
    }

    /** The end of the marker that starts at token k (the token count when nothing follows it), else -1. */
    private static int markerSpan(List<Tok> toks, int k) {
        Tok t = toks.get(k);
        if (t.kind != Kind.WORD) {
            return -1;
        }
        int from = -1;
        if (PREFIX_MARKERS.contains(t.lower)) {
            from = k + 1;
        } else if (t.lower.equals("a") && k + 2 < toks.size() && toks.get(k + 1).lower.equals("cura")
                && toks.get(k + 2).lower.equals("di")) {
            from = k + 3;
        }
        if (from < 0 && t.lower.equals("thread") && k + 1 < toks.size() && toks.get(k + 1).lower.equals("starter")) {
            return k + 2; // a forum thread's first poster: "Thread starter Tiberius" (XenForo's thread header)
        }
        if (from < 0 && k + 2 < toks.size() && ABOUT.contains(t.lower) && ARTICLE_WORDS.contains(toks.get(k + 1).lower)
                && AUTHOR_NOUNS.contains(capitalised(toks.get(k + 2).lower))) {
            from = k + 3; // an author box's heading with the name: "About the Author - Jane Doe", "Über den Autor: X"
            while (from < toks.size() && toks.get(from).kind == Kind.PUNCT && "-–—:|".contains(toks.get(from).text)) {
                from++;
            }
            return from;
        }
        if (from >= 0) {
            // "By:" and "oprac." take their punctuation along
            while (from < toks.size() && (toks.get(from).text.equals(":") || toks.get(from).text.equals("."))) {
                from++;
            }
            return from;
        }
        // an author noun written as a label without its colon, a capitalised name after it ("Autor Mark Newton",
        // "Author Jane Doe": the label's element and the name's run together in innerText)
        if (AUTHOR_NOUNS.contains(t.text) && k + 1 < toks.size() && toks.get(k + 1).kind == Kind.WORD
                && Character.isUpperCase(toks.get(k + 1).text.codePointAt(0))
                && !ARTICLE_WORDS.contains(toks.get(k + 1).lower)) {
            return k + 1;
        }
        // a label: author words (and conjunctions, photo words) up to a colon
        boolean author = false;
        for (int i = k; i < toks.size() && i < k + 5; i++) {
            Tok w = toks.get(i);
            if (w.text.equals(":")) {
                return author ? i + 1 : -1;
            }
            if (LABEL_AUTHOR.contains(w.lower)) {
                author = true;
            } else if (!LABEL_OTHER.contains(w.lower)) {
                return -1;
            }
        }
        return -1;
    }

    /** The tokens before a marker are publication words, dates and separators, or a short section label. */
    private static boolean leadInOk(List<Tok> toks, int k) {
        if (k == 0) {
            return true;
        }
        boolean authorWord = false;
        boolean credit = false;
        boolean plain = true;
        for (int i = 0; i < k; i++) {
            Tok t = toks.get(i);
            authorWord |= LABEL_AUTHOR.contains(t.lower) && !t.lower.equals("by");
            credit |= CREDIT_WORDS.contains(t.lower) || t.text.equals("©");
            if (i + 1 < k && t.text.equals("(") && toks.get(i + 1).lower.equals("c")) {
                credit = true;
            }
            plain &= t.kind == Kind.NUM || t.kind == Kind.PUNCT || CALENDAR.contains(t.lower)
                    || LEAD_WORDS.contains(t.lower);
        }
        if (credit && !authorWord) {
            return false;
        }
        if (plain || (PUBLICATION_VERBS.contains(toks.get(0).lower) && k <= 8)) {
            return true;
        }
        if (k == 2 && ARTICLES.contains(toks.get(0).lower) && toks.get(1).kind == Kind.WORD) {
            return true; // "Ein Kommentar von", "A column by"
        }
        Tok before = toks.get(k - 1);
        if (before.kind == Kind.NUM && dateBefore(toks, k) && labelWords(toks, k) <= 1) {
            return true; // "Stars (1 / 1) 06.11.2023 13:30 von Olga": the meta line's date, then its author
        }
        return before.kind == Kind.PUNCT && "|•·/—–-:".contains(before.text) && k <= 6;
    }

    /**
     * The lead-in ends in a date or a time ("... 06.11.2023 13:30 von X", "... 3. Mai 2020 by X"): a meta line
     * gives the date, then the marker and the author; at most one other word may stand before (a section's label,
     * "Stars 06.11.2023 13:30 von X"; a teaser's title, "Horoscope for Wednesday, 11/20/19 by X", is longer), see
     * {@link #labelWords}. Rule source: the date-then-author meta lines of news and blog templates.
     */
    private static int labelWords(List<Tok> toks, int k) {
        int n = 0;
        for (int i = 0; i < k; i++) {
            Tok t = toks.get(i);
            n += t.kind == Kind.WORD && !CALENDAR.contains(t.lower) && !LEAD_WORDS.contains(t.lower) ? 1 : 0;
        }
        return n;
    }

    private static boolean dateBefore(List<Tok> toks, int k) {
        for (int j = Math.max(0, k - 6); j < k; j++) {
            if (dateCue(toks, j, k)) {
                return true;
            }
        }
        return false;
    }

    // ---- names ----

    /** The names read from token {@code from} on, with what else was seen. */
    private static final class Names {
        final List<String> names = new ArrayList<>();
        /** A role or an agency was seen: the line is a byline even without a marker. */
        boolean cue;
        /** A lower-case word inside a name, or the first piece is no name: not a byline. */
        boolean bad;
        /** The token where the names ended (a separator, a number, a tail word), or the token count. */
        int stop;
        /** The names ended at the end of the line, a separator, a number, an address or a date word. */
        boolean cleanStop;
    }

    private static Names names(List<Tok> toks, int from, boolean explicit) {
        Names out = new Names();
        List<List<Tok>> pieces = new ArrayList<>();
        List<Tok> cur = new ArrayList<>();
        boolean userName = false;
        int i = from;
        int stop = toks.size();
        for (; i < toks.size(); i++) {
            Tok t = toks.get(i);
            boolean first = pieces.isEmpty() && cur.isEmpty();
            if (t.kind == Kind.PUNCT) {
                if (t.text.equals(",") || t.text.equals(";") || t.text.equals("&") || t.text.equals("+")
                        || t.text.equals("、")) {
                    close(pieces, cur);
                    continue;
                }
                stop = i;
                break;
            }
            if (t.kind == Kind.HANDLE || t.kind == Kind.NUM) {
                if (explicit && first && isUserName(t, toks, i)) {
                    cur.add(new Tok(t.kind == Kind.HANDLE ? t.text.substring(1) : t.text, Kind.WORD));
                    userName = true;
                    close(pieces, cur);
                    continue;
                }
                stop = i;
                break;
            }
            if (t.kind != Kind.WORD) {
                stop = i;
                break;
            }
            Tok next = i + 1 < toks.size() ? toks.get(i + 1) : null;
            if (CONJUNCTIONS.contains(t.lower) && !cur.isEmpty()) {
                if (NAME_JOINERS.contains(t.lower) && cur.size() >= 2 && next != null && isNameToken(next)
                        && (i + 2 >= toks.size() || !isNameToken(toks.get(i + 2)))) {
                    cur.add(t); // "José Ortega y Gasset"
                    continue;
                }
                close(pieces, cur);
                continue;
            }
            boolean particleHere = PARTICLES.contains(t.lower) && next != null && isNameToken(next)
                    && !TAIL_WORDS.contains(next.lower) && (!t.lower.equals("der") || afterVanOrVon(cur));
            if (!first && TAIL_WORDS.contains(t.lower) && !particleHere && !isRoleWord(t.lower)) {
                stop = i;
                break;
            }
            if (next != null && next.text.equals(":") && !first && (CREDIT_WORDS.contains(t.lower)
                    || LABEL_AUTHOR.contains(t.lower) || LABEL_OTHER.contains(t.lower))) {
                stop = i; // the next field's label: "Autor: Fritz Imhof Quelle: Livenet", "Text: X Fotos: Y"
                break;
            }
            if (CALENDAR.contains(t.lower) && (cur.size() >= 2 || (next != null && next.kind == Kind.NUM))) {
                stop = i;
                break;
            }
            if (!first && isPictureWord(t.lower)) {
                stop = i; // "von Olga Symbolbild imago": the picture's credit after the name
                break;
            }
            if (explicit && cur.size() >= 2 && isCapitalised(t.text) && NOT_NAMES.contains(t.lower)
                    && !isRoleWord(t.lower) && !AGENCIES.contains(t.lower) && isName(cur)) {
                stop = i; // "von Birgit Posselt Über": the next element's link run into the name
                break;
            }
            if (isNameToken(t) || particleHere || isRoleWord(t.lower) || isRoleNoun(t) || AGENCIES.contains(t.lower)) {
                if (cur.size() >= MAX_NAME_TOKENS + 2) {
                    out.bad = true;
                    return out;
                }
                cur.add(t);
                continue;
            }
            // a lower-case word that is no particle, role or tail word
            if (explicit && first && isUserName(t, toks, i)) {
                cur.add(t);
                userName = true;
                close(pieces, cur);
                continue;
            }
            if (cur.isEmpty() && !pieces.isEmpty()) {
                stop = i; // ", special to the Globe": a description after the names
                break;
            }
            out.bad = true; // "By the end of ...", "By Jane Doe said ..."
            return out;
        }
        close(pieces, cur);
        out.stop = stop;
        out.cleanStop = stop >= toks.size() || cleanStopAt(toks, stop);
        judge(pieces, explicit, userName, out);
        if (!out.bad && !out.cue && stop < toks.size()) {
            out.cue = tailNamesAgency(toks, stop);
        }
        return out;
    }

    /**
     * Without a marker, a "name" of more than {@value #CUE_NAME_WORDS} capitalised words is a title beside its date
     * ("20 Gorgeous Winter Baby Shower Ideas - October 23, 2020", a related post); a person's name has fewer, its
     * particles apart ("Ursula von der Leyen"). Rule source: the length of names against that of titles.
     */
    private static boolean titleLong(List<String> names) {
        for (String name : names) {
            int capitalised = 0;
            for (String w : name.split(" ")) {
                capitalised += !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) ? 1 : 0;
            }
            if (capitalised > CUE_NAME_WORDS) {
                return true;
            }
        }
        return false;
    }

    /**
     * The names end at a colon: they are a label and the date or time after it its value, as in a schedule
     * ("Estados Unidos: 12:30 horas", "Berlin: 3 May"), or a title's first words after its date ("October 16, 2023
     * Dark Harvest: Children of the Gore", a related post); a byline parts a name from its date with a separator
     * or a space, not a colon. Rule source: label-value lines of listings and schedules, titles of teasers.
     */
    private static boolean labelled(List<Tok> toks, int stop) {
        return stop < toks.size() && toks.get(stop).text.equals(":");
    }

    /**
     * Where a single-word name or a user name may end: not a comma, not an exclamation or a question mark ("AV weh!
     * ich bin ...", a verse), not an ordinary word ("Von Mob mit...").
     */
    private static boolean cleanStopAt(List<Tok> toks, int i) {
        Tok t = toks.get(i);
        return switch (t.kind) {
            case PUNCT -> !t.text.equals(",") && !t.text.equals("!") && !t.text.equals("?");
            case WORD -> DATE_TAIL.contains(t.lower) || isPictureWord(t.lower);
            default -> true;
        };
    }

    /**
     * "der" is a name's particle only after "van" or "von" ("Ursula von der Leyen", "Rafael van der Vaart"); after
     * another word it is the German article of a phrase ("Buch der Woche", "Mitglied der Redaktion"). Rule source:
     * Dutch and German surname particles.
     */
    private static boolean afterVanOrVon(List<Tok> cur) {
        if (cur.isEmpty()) {
            return false;
        }
        String before = cur.get(cur.size() - 1).lower;
        return before.equals("van") || before.equals("von");
    }

    private static void close(List<List<Tok>> pieces, List<Tok> cur) {
        if (!cur.isEmpty()) {
            pieces.add(new ArrayList<>(cur));
            cur.clear();
        }
    }

    /** Sorts pieces into names, roles and agencies. */
    private static void judge(List<List<Tok>> pieces, boolean explicit, boolean userName, Names out) {
        int candidates = 0;
        for (List<Tok> piece : pieces) {
            candidates += AGENCIES.contains(joinLower(piece)) || startsRole(piece, 0) ? 0 : 1;
        }
        for (int p = 0; p < pieces.size(); p++) {
            List<Tok> piece = pieces.get(p);
            String joined = joinLower(piece);
            if (AGENCIES.contains(joined) || (piece.size() == 1 && AGENCIES.contains(piece.get(0).lower))) {
                out.cue = true;
                continue;
            }
            if (startsRole(piece, 0)) {
                out.cue = true; // "Staff Writer", "Online-Redaktion"
                continue;
            }
            int end = roleStart(piece);
            if (end < piece.size()) {
                out.cue = true;
            }
            // an agency glued to the name: "Jane Doe AFP"
            if (end >= 3 && AGENCIES.contains(piece.get(end - 1).lower)
                    && piece.get(end - 1).text.equals(piece.get(end - 1).text.toUpperCase(Locale.ROOT))) {
                end--;
                out.cue = true;
            }
            List<Tok> name = onceIfTwice(piece.subList(0, end));
            if (isName(name) || (userName && p == 0 && out.cleanStop)
                    || (explicit && candidates == 1 && out.cleanStop && name.size() == 1
                        && isSingleName(name.get(0)))) {
                String formatted = format(name);
                if (!out.names.contains(formatted)) {
                    out.names.add(formatted);
                }
            } else if (out.names.isEmpty() && !out.cue) {
                out.bad = true;
                return;
            } else {
                return; // the names ran out: the rest is a description
            }
        }
    }

    /**
     * A name written twice in a row ("Joe S. Joe S.", "Jane Doe Jane Doe") once: a text browser writes the author
     * photo's alternative text, the name, beside the linked name.
     */
    private static List<Tok> onceIfTwice(List<Tok> name) {
        int n = name.size();
        if (n < 4 || n % 2 != 0) {
            return name;
        }
        for (int i = 0; i < n / 2; i++) {
            if (!name.get(i).lower.equals(name.get(i + n / 2).lower)) {
                return name;
            }
        }
        return name.subList(0, n / 2);
    }

    /** Where a role begins inside a piece ("Jane Doe Senior Reporter", "Richard Adams Education editor"), or its size. */
    private static int roleStart(List<Tok> piece) {
        for (int i = 1; i < piece.size(); i++) {
            if (startsRole(piece, i)) {
                return i;
            }
        }
        return piece.size();
    }

    /** A role noun at i, or role modifiers from i up to a role noun ("Senior Political Correspondent"). */
    private static boolean startsRole(List<Tok> toks, int i) {
        for (int j = i; j < toks.size() && j < i + 4; j++) {
            Tok t = toks.get(j);
            if (isRoleNoun(t)) {
                return true;
            }
            if (t.kind != Kind.WORD || !ROLE_MODIFIERS.contains(t.lower)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isRoleNoun(Tok t) {
        if (ROLE_NOUNS.contains(t.lower)) {
            return true;
        }
        for (String suffix : COMPOUND_ROLE_ENDINGS) {
            if (t.lower.length() >= suffix.length() + 3 && t.lower.endsWith(suffix)) {
                return true; // "Projektleiterin", "Pressesprecher", "Wirtschaftsredakteur"
            }
        }
        int dash = t.lower.lastIndexOf('-');
        return dash > 0 && ROLE_NOUNS.contains(t.lower.substring(dash + 1));
    }

    private static boolean isRoleWord(String lower) {
        return ROLE_NOUNS.contains(lower) || ROLE_MODIFIERS.contains(lower);
    }

    /** After a separator that ends the names: an agency or a role ("| Reuters", "/dpa", "- Staff Writer"). */
    private static boolean tailNamesAgency(List<Tok> toks, int stop) {
        Tok sep = toks.get(stop);
        if (sep.kind != Kind.PUNCT || !"|/-–—•·(".contains(sep.text)) {
            return false;
        }
        List<Tok> run = new ArrayList<>();
        for (int i = stop + 1; i < toks.size() && toks.get(i).kind == Kind.WORD && run.size() < 4; i++) {
            run.add(toks.get(i));
        }
        return !run.isEmpty() && (AGENCIES.contains(joinLower(run)) || AGENCIES.contains(run.get(0).lower)
                || startsRole(run, 0));
    }

    /** Tokens shaped like a person's name (see {@link #looksLikePersonName}). */
    private static boolean isName(List<Tok> toks) {
        int n = toks.size();
        if (n == 1) {
            String w = toks.get(0).text;
            return isHan(w) && w.codePointCount(0, w.length()) >= 2 && w.codePointCount(0, w.length()) <= 4;
        }
        int start = 0;
        while (start < n - 1 && HONORIFICS.contains(toks.get(start).lower)) {
            start++;
        }
        int end = n;
        while (end > start + 1 && SUFFIXES.contains(toks.get(end - 1).lower)) {
            end--;
        }
        if (end - start < 2 || end - start > MAX_NAME_TOKENS) {
            return false;
        }
        Tok firstWord = toks.get(start);
        if (!isCapitalised(firstWord.text) || ARTICLE_WORDS.contains(firstWord.lower)
                || PLACE_STARTS.contains(firstWord.lower)
                || (PREFIX_MARKERS.contains(firstWord.lower) && !firstWord.lower.equals("di"))
                || isGermanAbstractNoun(toks.get(end - 1).lower)) {
            return false;
        }
        int capitalised = 0;
        for (int i = start; i < end; i++) {
            Tok t = toks.get(i);
            if (NOT_NAMES.contains(t.lower) || isRoleNoun(t)) {
                return false;
            }
            if (isCapitalised(t.text)) {
                capitalised++;
            } else if (!PARTICLES.contains(t.lower) || t.lower.equals("der") && !afterVanOrVon(toks.subList(start, i))) {
                return false;
            }
        }
        boolean calendar = true; // "Jan FEB" of a calendar's cells: month and day names alone are no name
        for (int i = start; i < end && calendar; i++) {
            calendar = CALENDAR.contains(toks.get(i).lower);
        }
        return capitalised >= 2 && !PARTICLES.contains(toks.get(end - 1).lower) && !calendar;
    }

    /** One word as a name after a marker: capitalised, or a user name; not a function or site word. */
    /**
     * A word of a picture's credit: "Foto", "Bild", "Photo" and the German compounds that end so ("Symbolbild",
     * "Archivfoto", "Pressebilder"), which stand after the name where a photo follows the byline.
     */
    private static boolean isPictureWord(String lower) {
        return CREDIT_WORDS.contains(lower) && !lower.equals("copyright") && !lower.equals("©")
                || lower.length() >= 8 && (lower.endsWith("bild") || lower.endsWith("bilder") || lower.endsWith("foto")
                || lower.endsWith("fotos"));
    }

    /** German abstract nouns ("Aktualisierung", "Wirtschaft", "Sicherheit"), never surnames at this length. */
    private static boolean isGermanAbstractNoun(String lower) {
        return (lower.length() >= 8 && lower.endsWith("ung")) || lower.endsWith("heit") || lower.endsWith("keit")
                || lower.endsWith("schaft") || lower.endsWith("ität") || lower.endsWith("ismus");
    }

    private static boolean isSingleName(Tok t) {
        return (isCapitalised(t.text) || isUserNameText(t.text)) && !NOT_NAMES.contains(t.lower)
                && !CALENDAR.contains(t.lower) && !isRoleWord(t.lower) && !CREDIT_WORDS.contains(t.lower)
                && t.text.length() >= 2;
    }

    /** A word that may be part of a name: capitalised, a particle, an initial, an honorific or a suffix. */
    private static boolean isNameToken(Tok t) {
        return t.kind == Kind.WORD && (isCapitalised(t.text) || PARTICLES.contains(t.lower)
                || HONORIFICS.contains(t.lower) || SUFFIXES.contains(t.lower));
    }

    /**
     * Starts with an upper-case letter (or a letter of a script without case), or with "al-", "el-", "d'",
     * "l'", "O'" before one; letters, marks, apostrophes, hyphens and dots only.
     */
    private static boolean isCapitalised(String w) {
        if (w.length() > 40) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetter(c) && c != '\'' && c != '’' && c != '-' && c != '.'
                    && Character.getType(c) != Character.NON_SPACING_MARK && !Character.isSurrogate(c)) {
                return false;
            }
        }
        int cp = w.codePointAt(0);
        if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
            return true;
        }
        if (Character.isLetter(cp) && !Character.isLowerCase(cp)) {
            return true; // no case: Han, Arabic, Hebrew, Devanagari...
        }
        int cut = -1;
        String lower = w.toLowerCase(Locale.ROOT);
        for (String prefix : new String[] {"al-", "el-", "ad-", "as-", "d'", "d’", "l'", "l’"}) {
            if (lower.startsWith(prefix) && w.length() > prefix.length()) {
                cut = prefix.length();
            }
        }
        return cut > 0 && Character.isUpperCase(w.codePointAt(cut));
    }

    /**
     * The line is only a conjunction that joins names ("and", "und", "&amp;", "et", ","): a dump that puts each linked
     * name on its own line puts the word between two authors on a line of its own too.
     */
    public static boolean isConjunctionOnly(String line) {
        String t = line == null ? "" : line.strip().toLowerCase(Locale.ROOT);
        return CONJUNCTIONS.contains(t) || t.equals(",");
    }

    /**
     * The line is the initials of the name, as an author's avatar shows them when there is no photo ("LP" over
     * "Luana Patriolino", "J.D." over "Jane Doe"): the capitals of the name's capitalised words, in order, particles
     * left out. Rule source: author rows of news templates, whose avatar placeholder holds the initials.
     */
    public static boolean isInitialsOf(String line, String name) {
        String t = line == null ? "" : line.strip().replace(".", "");
        StringBuilder initials = new StringBuilder();
        for (String w : name.split("[\\s\\-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                initials.appendCodePoint(w.codePointAt(0));
            }
        }
        return t.length() >= 2 && initials.length() >= 2 && t.contentEquals(initials);
    }

    /**
     * The line may be someone's initials ({@link #isInitialsOf} can hold for some name): two chars or more once
     * stripped and without its dots, every code point upper case. Answers from the line alone, so that a caller can
     * ask it before reading a name under the line (that lenient reading of every block near the article was 3% of
     * the text core, JFR, dev dumps).
     */
    public static boolean mayBeInitials(String line) {
        String t = line == null ? "" : line.strip();
        int chars = 0;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '.') {
                continue;
            }
            if (!Character.isUpperCase(cp)) {
                return false;
            }
            chars += Character.charCount(cp);
        }
        return chars >= 2;
    }

    /**
     * A particle of names (van, de, la, bin...), written capitalised at a name's start ("La Rosa", "De Luca",
     * "Van Dijk") though lower case elsewhere.
     */
    public static boolean isParticle(String word) {
        return PARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A user name after a marker: "marc", "gizzmo", "delta201", "@janedoe", followed by nothing name-like. */
    private static boolean isUserName(Tok t, List<Tok> toks, int i) {
        String w = t.kind == Kind.HANDLE ? t.text.substring(1) : t.text;
        if (!isUserNameText(w) || NOT_NAMES.contains(t.lower) || CALENDAR.contains(t.lower)
                || isRoleWord(t.lower) || PARTICLES.contains(t.lower)) {
            return false;
        }
        if (t.kind == Kind.NUM && !Character.isLetter(w.codePointAt(0))) {
            return false;
        }
        if (i + 1 >= toks.size()) {
            return true;
        }
        Tok next = toks.get(i + 1);
        if (next.kind == Kind.NUM && next.text.length() == 4 && Character.isLowerCase(w.codePointAt(0))
                && (next.text.startsWith("19") || next.text.startsWith("20"))) {
            return false; // "By mid 2019, ...", "by early 2020": a time, not a user
        }
        return next.kind != Kind.WORD || DATE_TAIL.contains(next.lower) || CONJUNCTIONS.contains(next.lower);
    }

    private static boolean isUserNameText(String w) {
        if (w.length() < 2 || w.length() > 30 || !Character.isLetter(w.codePointAt(0))) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** The word with its first letter in upper case ("author" → "Author"). */
    private static String capitalised(String lower) {
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** Joins a name's words; a name in capitals throughout becomes normal case. */
    private static String format(List<Tok> name) {
        boolean shouting = name.size() >= 2;
        for (Tok t : name) {
            for (int i = 0; i < t.text.length() && shouting; i++) {
                shouting = !Character.isLowerCase(t.text.charAt(i));
            }
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < name.size(); i++) {
            String w = name.get(i).text;
            if (b.length() > 0) {
                b.append(' ');
            }
            if (!shouting) {
                b.append(w);
            } else if (i > 0 && PARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
                b.append(w.toLowerCase(Locale.ROOT));
            } else if (SUFFIXES.contains(w.toLowerCase(Locale.ROOT)) && !w.contains(".")) {
                b.append(w);
            } else {
                b.append(titleCase(w));
            }
        }
        return b.toString();
    }

    /** "O'BRIEN" → "O'Brien", "JEAN-LUC" → "Jean-Luc", "MCDONALD" → "McDonald". */
    private static String titleCase(String w) {
        StringBuilder b = new StringBuilder(w.length());
        boolean upper = true;
        String lower = w.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            b.append(upper ? Character.toUpperCase(c) : c);
            upper = !Character.isLetter(c) || (i == 1 && lower.startsWith("mc") && lower.length() > 3);
        }
        return b.toString();
    }

    // ---- tokens ----

    enum Kind { WORD, NUM, PUNCT, EMAIL, HANDLE, URL }

    /** A token: its text as written, lower case, and its kind. */
    record Tok(String text, String lower, Kind kind) {
        Tok(String text, Kind kind) {
            this(text, text.toLowerCase(Locale.ROOT), kind);
        }
    }

    /** Characters that are tokens of their own, inside words too ("Doe|Reuters", "Maahn/SP-X"). */
    static final String SEPARATORS = "|•·/\\()[]{},;:&+\"“”„«»©®►▶★●■–—…‹›、";
    /**
     * The ASCII chars of {@link #SEPARATORS} as a bit set over 0-127: asked for every char of every line read (the
     * search of the string was 2% of the text core, JFR, dev dumps).
     */
    private static final long[] ASCII_SEPARATORS = asciiSet(SEPARATORS);

    static boolean isSeparator(char c) {
        return c < 0x80 ? (ASCII_SEPARATORS[c >> 6] & 1L << c) != 0 : SEPARATORS.indexOf(c) >= 0;
    }

    /** The ASCII chars of the string as a bit set over 0-127. */
    private static long[] asciiSet(String chars) {
        long[] set = new long[2];
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c < 0x80) {
                set[c >> 6] |= 1L << c;
            }
        }
        return set;
    }

    /** A separator at i; not the colon of German gender forms ("Autor:innen"). */
    private static boolean isSeparatorAt(String t, int i) {
        char c = t.charAt(i);
        if (c == ':' && i > 0 && i + 1 < t.length() && Character.isLetter(t.charAt(i - 1))
                && Character.isLowerCase(t.charAt(i + 1))) {
            return false;
        }
        return isSeparator(c);
    }

    /** Tokens of a collapsed line, or null when there are too many (not a byline). */
    static List<Tok> tokenize(String t) {
        if (t == null) {
            return null;
        }
        List<Tok> out = new ArrayList<>();
        int n = t.length();
        int i = 0;
        while (i < n) {
            if (out.size() >= MAX_TOKENS) {
                return null;
            }
            char c = t.charAt(i);
            if (c == ' ') {
                i++;
                continue;
            }
            int spaceEnd = t.indexOf(' ', i);
            spaceEnd = spaceEnd < 0 ? n : spaceEnd;
            // the chunk up to the next space is an address or a link: asked without copying it twice (a copy and its
            // lower case for every token were a fifth of the tokenizer's allocation)
            int at = indexIn(t, '@', i, spaceEnd);
            if (at > i && indexIn(t, '.', at, spaceEnd) >= 0 || startsWithLower(t, i, spaceEnd, "http:")
                    || startsWithLower(t, i, spaceEnd, "https:") || startsWithLower(t, i, spaceEnd, "www.")) {
                out.add(new Tok(t.substring(i, spaceEnd), at > i && !startsWithLower(t, i, spaceEnd, "http")
                        ? Kind.EMAIL : Kind.URL));
                i = spaceEnd;
                continue;
            }
            if (isSeparatorAt(t, i)) {
                out.add(new Tok(String.valueOf(c), Kind.PUNCT));
                i++;
                continue;
            }
            int j = i;
            while (j < n && t.charAt(j) != ' ' && !isSeparatorAt(t, j)) {
                j++;
            }
            addChunk(t.substring(i, j), out);
            i = j;
        }
        return out;
    }

    /** The first index of {@code c} in t[from, to), -1 when none. */
    private static int indexIn(String t, char c, int from, int to) {
        int k = t.indexOf(c, from);
        return k < to ? k : -1;
    }

    /**
     * t[from, to) lower-cased (root locale) starts with the prefix, ASCII and lower case without an 'i' or a 'k', as
     * {@code t.substring(from, to).toLowerCase(Locale.ROOT).startsWith(prefix)} says without the two copies: the
     * only chars whose lower case is such a char are that char and its upper case ('İ' and the Kelvin sign lower to
     * 'i' and 'k'), and the one char whose lower case is longer, 'İ', differs from the prefix where it stands.
     */
    static boolean startsWithLower(String t, int from, int to, String prefix) {
        if (to - from < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            char c = t.charAt(from + k);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** A chunk between spaces and separators: quotes and end punctuation peeled off, the rest one token. */
    private static void addChunk(String chunk, List<Tok> out) {
        int a = 0;
        int b = chunk.length();
        while (a < b && "'‘’\"`´([".indexOf(chunk.charAt(a)) >= 0) {
            a++;
        }
        List<Tok> trailing = new ArrayList<>();
        while (b > a && ".!?'‘’\"`´".indexOf(chunk.charAt(b - 1)) >= 0) {
            char c = chunk.charAt(b - 1);
            if (c == '.' && keepsDot(chunk.substring(a, b))) {
                break;
            }
            trailing.add(0, new Tok(String.valueOf(c), Kind.PUNCT));
            b--;
        }
        if (a < b) {
            String w = chunk.substring(a, b);
            int number = numberGluedAt(w);
            if (number > 0) {
                out.add(new Tok(w.substring(0, number), Kind.NUM));
                w = w.substring(number);
            }
            int glued = gluedAt(w);
            if (glued > 0) {
                out.add(new Tok(w.substring(0, glued), Kind.WORD));
                w = w.substring(glued);
            }
            int acronym = acronymGluedAt(w);
            if (acronym > 0) {
                out.add(new Tok(w.substring(0, acronym), Kind.WORD));
                out.add(new Tok("|", Kind.PUNCT));
                w = w.substring(acronym);
            }
            out.add(new Tok(w, kindOf(w)));
        }
        out.addAll(trailing);
    }

    /**
     * Where two words that the page's text extraction glued together part: a marker before a name
     * ("ByAlex", "vonElisa"), a name before a role ("HalperStaff"), or a name before the date or the link
     * that followed it in its own element ("DambrotNovember", "Collignon22", "HoeltmannFollow"): innerText
     * runs inline elements together without a space; 0 when none.
     */
    private static int gluedAt(String w) {
        for (String marker : GLUED_MARKERS) {
            if (w.length() > marker.length() + 1 && w.startsWith(marker)
                    && Character.isUpperCase(w.charAt(marker.length()))) {
                return marker.length();
            }
        }
        for (int i = w.length() - 3; i >= 2; i--) {
            if (Character.isUpperCase(w.charAt(i)) && Character.isLowerCase(w.charAt(i - 1))) {
                String rest = w.substring(i).toLowerCase(Locale.ROOT);
                if (isRoleWord(rest) || rest.length() >= GLUED_TAIL_CHARS
                        && (CALENDAR.contains(rest) || TAIL_WORDS.contains(rest))) {
                    return i;
                }
            }
        }
        return gluedNumberAt(w);
    }

    /**
     * Where a capitalised word runs into a word that starts with an acronym ("FrankeRSS-Newsfeed", "DoeTV"): the
     * next element's link, which innerText and text browsers write without a space; 0 when none. The two parts
     * are two elements, so the names end between them (the caller puts a separator there). A name's own capitals
     * stand one at a time ("McDonald", "DeAndre"), never two after a lower-case letter. Rule source: linked names
     * followed by a feed's or a profile's link in author rows.
     */
    private static int acronymGluedAt(String w) {
        if (w.length() < 5 || !Character.isUpperCase(w.charAt(0))) {
            return 0;
        }
        for (int i = 2; i + 1 < w.length(); i++) {
            if (Character.isLowerCase(w.charAt(i - 1)) && Character.isUpperCase(w.charAt(i))
                    && Character.isUpperCase(w.charAt(i + 1))) {
                for (int j = 0; j < i; j++) {
                    if (!Character.isLetter(w.charAt(j))) {
                        return 0;
                    }
                }
                return i;
            }
        }
        return 0;
    }

    /**
     * Where a date's number that the page's text extraction ran into the next element's capitalised word ends
     * ("2019Author", "28.07.2019Von"): innerText writes a meta line's date and its author label without a space;
     * 0 when none. "3D", "4K" stay one token: a capital must be followed by a lower-case letter.
     */
    private static int numberGluedAt(String w) {
        int i = 0;
        while (i < w.length() && (Character.isDigit(w.charAt(i)) || w.charAt(i) == '.')) {
            i++;
        }
        boolean digits = i > 0 && Character.isDigit(w.charAt(0));
        return digits && i + 1 < w.length() && Character.isUpperCase(w.charAt(i)) && Character.isLowerCase(w.charAt(i + 1))
                ? i : 0;
    }

    /**
     * Where a capitalised word runs into a day or a numeric date ("Collignon22", "Kalt4", "Doe28.09.19"); 0 when
     * none. Three digits or more without a dot stay part of the word: user names ("delta201").
     */
    private static int gluedNumberAt(String w) {
        if (!Character.isUpperCase(w.charAt(0))) {
            return 0;
        }
        int i = 1;
        while (i < w.length() && Character.isLetter(w.charAt(i))) {
            i++;
        }
        if (i < 3 || i == w.length() || !Character.isLowerCase(w.charAt(i - 1)) || !Character.isDigit(w.charAt(i))) {
            return 0;
        }
        int digits = 0;
        boolean dot = false;
        for (int j = i; j < w.length(); j++) {
            char c = w.charAt(j);
            if (c == '.') {
                dot = true;
            } else if (Character.isDigit(c)) {
                digits++;
            } else {
                return 0;
            }
        }
        return dot || digits <= 2 ? i : 0;
    }

    /** "C.", "J.R.R.", "Dr.", "Jr.", "St.", "Prof." keep their dot. */
    private static boolean keepsDot(String w) {
        String bare = w.substring(0, w.length() - 1);
        if (bare.isEmpty()) {
            return false;
        }
        if (bare.indexOf('.') >= 0) {
            return true;
        }
        int letters = bare.codePointCount(0, bare.length());
        return (letters <= 2 && Character.isUpperCase(bare.codePointAt(0))) || HONORIFICS.contains(w.toLowerCase(Locale.ROOT))
                || SUFFIXES.contains(w.toLowerCase(Locale.ROOT));
    }

    private static Kind kindOf(String w) {
        if (w.startsWith("@") && w.length() > 1) {
            return Kind.HANDLE;
        }
        boolean letter = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isDigit(c)) {
                return Kind.NUM;
            }
            letter |= Character.isLetter(c);
        }
        return letter ? Kind.WORD : Kind.PUNCT;
    }

    /** The line without leading and trailing whitespace, or null when empty or too long to be a byline. */
    private static String trimmed(String line) {
        if (line == null) {
            return null;
        }
        int a = 0;
        int b = line.length();
        while (a < b && isSpace(line.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(line.charAt(b - 1))) {
            b--;
        }
        return a == b || b - a > MAX_RAW ? null : line.substring(a, b);
    }

    /**
     * Whitespace runs (non-breaking and zero-width spaces too) as one space; full-width punctuation as
     * ASCII; null when longer than {@value #MAX_CHARS} chars.
     */
    private static String collapse(String t) {
        return collapse(t, MAX_CHARS);
    }

    /**
     * The collapsed line, null when it is longer than {@code limit} chars: the copy stops there (a paragraph was
     * copied whole to be found too long for a byline).
     */
    private static String collapse(String t, int limit) {
        StringBuilder b = new StringBuilder(Math.min(t.length(), limit + 1));
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isSpace(c)) {
                space = true;
                continue;
            }
            if (space && b.length() > 0) {
                b.append(' ');
            }
            space = false;
            switch (c) {
                case '：' -> b.append(':');
                case '，' -> b.append(',');
                case '／' -> b.append('/');
                case '｜' -> b.append('|');
                case '（' -> b.append('(');
                case '）' -> b.append(')');
                case '＠' -> b.append('@');
                default -> b.append(c);
            }
            if (b.length() > limit) {
                return null;
            }
        }
        return b.toString();
    }

    /**
     * A line that is one text twice, run together or with a space ("Jane Doe Jane Doe", "Jane DoeJane Doe"), as
     * the text once: a text browser writes an author's photo's alternative text (the name) beside the name.
     */
    private static String undoubled(String t) {
        if (t == null || t.length() < 4) {
            return t;
        }
        int n = t.length();
        if (n % 2 == 0 && t.regionMatches(0, t, n / 2, n / 2) && Character.isLetter(t.charAt(0))) {
            return t.substring(0, n / 2);
        }
        if (n % 2 == 1 && t.charAt(n / 2) == ' ' && t.regionMatches(0, t, n / 2 + 1, n / 2)) {
            return t.substring(0, n / 2);
        }
        return t;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\u200c'
                || c == '\u200d' || c == '\ufeff' || c == '\u00ad';
    }

    private static int words(List<Tok> toks) {
        int n = 0;
        for (Tok t : toks) {
            n += t.kind == Kind.PUNCT ? 0 : 1;
        }
        return n;
    }

    /**
     * More than a few words ending in a full stop, a question or an exclamation mark; not a line whose full stop
     * ends a time or a date ("Por X 04 de mayo 2022 a las 09:01 hrs.", "... 12. Mai 2020."): a meta line.
     */
    private static boolean isSentence(List<Tok> toks) {
        if (toks.isEmpty()) {
            return false;
        }
        String last = toks.get(toks.size() - 1).text;
        if (last.equals(".") && toks.size() >= 2 && endsInTime(toks.get(toks.size() - 2))) {
            return false;
        }
        return (last.equals(".") || last.equals("?") || last.equals("!")) && words(toks) > SENTENCE_WORDS;
    }

    /** A number, or a word of a time ("hrs", "Uhr", "h"), right before a line's last full stop. */
    private static boolean endsInTime(Tok t) {
        return t.kind == Kind.NUM || TIME_WORDS.contains(t.lower) || RELATIVE_TIME.contains(t.lower);
    }

    private static boolean hasCopyright(List<Tok> toks) {
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (t.text.equals("©") || t.lower.equals("copyright") || isLicence(t) || (t.text.equals("(") && i + 2 < toks.size()
                    && toks.get(i + 1).lower.equals("c") && toks.get(i + 2).text.equals(")"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasReplyWord(List<Tok> toks) {
        for (Tok t : toks) {
            if (REPLY_WORDS.contains(t.lower)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A date or a time starts at {@code from}, after at most three connectors (separators, "am", "on",
     * "Stand", "Updated"...): a number with a month or weekday name, a numeric date ("31.10.23",
     * "2023-11-08", "11/08/23"), a time ("17:40") or a relative time ("3 hours ago", "hace 3 horas").
     * A year alone, a price or a version number is not.
     */
    private static boolean dateCue(List<Tok> toks, int from, int to) {
        int i = from;
        while (i < to && i < from + 3 && (toks.get(i).kind == Kind.PUNCT || TAIL_WORDS.contains(toks.get(i).lower)
                || TIME_WORDS.contains(toks.get(i).lower))) {
            i++;
        }
        if (i >= to || (toks.get(i).kind != Kind.NUM && !CALENDAR.contains(toks.get(i).lower))) {
            return false;
        }
        int numbers = 0;
        boolean calendar = false;
        for (int j = i; j < to && j < i + 6; j++) {
            Tok t = toks.get(j);
            if (t.kind == Kind.NUM) {
                numbers++;
                if (NUMERIC_DATE.matcher(t.text).matches()) {
                    return true;
                }
                Tok next = j + 1 < to ? toks.get(j + 1) : null;
                Tok after = j + 2 < to ? toks.get(j + 2) : null;
                if (next != null && after != null && after.kind == Kind.NUM && t.text.length() <= 4
                        && (next.text.equals(":") || next.text.equals("/") && slashDate(toks, j, to))) {
                    return true; // 17:40, 11/08/23
                }
            } else if (CALENDAR.contains(t.lower)) {
                calendar = true;
            } else if (RELATIVE_TIME.contains(t.lower)) {
                return numbers > 0 || j + 1 < to && toks.get(j + 1).kind == Kind.NUM;
            }
            if (calendar && numbers > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The numbers from j on are a date written with slashes, day, month and year ("11/08/23", "2023/11/08"); two
     * numbers alone are a phrase or a rating ("24/7", "1/5"), not a date.
     */
    private static boolean slashDate(List<Tok> toks, int j, int to) {
        return j + 4 < to && toks.get(j + 3).text.equals("/") && toks.get(j + 4).kind == Kind.NUM;
    }

    /**
     * A token of a date before the names: a number, punctuation, a month or weekday name beside a number, also
     * or with numbers on both sides across the dot of an ordinal or an abbreviation ("28. Jan. 2022", the German
     * way of writing dates; "1. Jan Koch" is a list item, not a date).
     */
    private static boolean isDateish(List<Tok> toks, int i) {
        Tok t = toks.get(i);
        if (CALENDAR.contains(t.lower)) {
            boolean before = i > 0 && toks.get(i - 1).kind == Kind.NUM;
            boolean after = i + 1 < toks.size() && toks.get(i + 1).kind == Kind.NUM;
            return before || after || numberBeside(toks, i, -1) && numberBeside(toks, i, 1);
        }
        return t.kind == Kind.NUM || t.kind == Kind.PUNCT || t.lower.equals("uhr") || t.lower.equals("um")
                || t.lower.equals("am") || t.lower.equals("on");
    }

    /** A number next to token i on one side ({@code step} -1 or 1), or a dot and then a number. */
    private static boolean numberBeside(List<Tok> toks, int i, int step) {
        int j = i + step;
        if (j >= 0 && j < toks.size() && toks.get(j).text.equals(".")) {
            j += step;
        }
        return j >= 0 && j < toks.size() && toks.get(j).kind == Kind.NUM;
    }

    private static boolean isHan(String w) {
        for (int i = 0; i < w.length(); ) {
            int cp = w.codePointAt(i);
            if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static String joinLower(List<Tok> toks) {
        StringBuilder b = new StringBuilder();
        for (Tok t : toks) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(t.lower);
        }
        return b.toString();
    }

    /** Function words of the languages whose names are written in Latin script here, and site words. */
    private static Set<String> notNames() {
        Set<String> s = new HashSet<>(NAVIGATION);
        for (String lang : List.of("en", "de", "fr", "es", "it", "pt", "nl")) {
            s.addAll(Stopwords.of(lang));
        }
        s.removeAll(PARTICLES);
        s.removeAll(NAME_LIKE);
        return Set.copyOf(s);
    }
}
