package dev.pith.decode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The decode stage: bytes to text. A byte-order mark decides the charset (UTF-8, UTF-16, UTF-32); else
 * UTF-8 when the bytes are UTF-8, with invalid sequences replaced and reported when they are few, and
 * a single-byte charset when they are many (windows-1252, or the one {@link LegacyCharset} finds more likely);
 * UTF-16 without a byte-order mark is recognised by its zero bytes ({@link Utf16Sniffer}). Binary content
 * (NUL bytes, many control bytes) is refused. Line endings become \n; control
 * characters other than tab and newline are dropped. Stateless and thread-safe.
 */
public final class Decoder {
    private static final int SNIFF = 8192;
    /** The windows-1252 characters of bytes 0x80-0x9F; U+0000 where windows-1252 leaves the byte undefined. */
    private static final String C1_AS_1252 = c1As1252();
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    /** Above this share of invalid UTF-8 sequences the input is taken to be in a single-byte charset. */
    private static final double SINGLE_BYTE_SHARE = 0.01;

    private Decoder() {
    }

    private static String c1As1252() {
        byte[] b = new byte[0x20];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (0x80 + i);
        }
        return new String(b, LegacyCharset.DEFAULT).replace('\uFFFD', '\u0000');
    }

    public static DecodedText decode(byte[] bytes) throws UndecodableInputException {
        return decode(bytes, null);
    }

    /**
     * Like {@link #decode(byte[])}, honouring the charset the content declares (an HTML page's meta tag)
     * unless a byte-order mark says otherwise. A declared UTF-8 is still checked.
     */
    public static DecodedText decode(byte[] bytes, Charset declared) throws UndecodableInputException {
        List<String> warnings = new ArrayList<>();
        Charset bom = bomCharset(bytes);
        String text;
        Charset used;
        if (bom != null) {
            int skip = bomLength(bom);
            used = bom;
            text = new String(bytes, skip, bytes.length - skip, bom);
        } else if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            refuseBinary(bytes);
            used = declared;
            text = new String(bytes, declared);
        } else if ((used = Utf16Sniffer.detect(bytes)) != null) {
            text = new String(bytes, used);
            warnings.add("no byte-order mark: read as " + used.name() + " (zero bytes at every other offset)");
        } else {
            refuseBinary(bytes);
            used = StandardCharsets.UTF_8;
            text = utf8(bytes, warnings);
            if (text == null) {
                used = LegacyCharset.guess(bytes);
                text = new String(bytes, used);
                warnings.add("not valid UTF-8: read as " + used.name()
                        + (used.equals(LegacyCharset.DEFAULT) ? "" : " (letter statistics)"));
            }
        }
        return new DecodedText(clean(text, warnings), used.name(), warnings);
    }

    /** UTF-8 with few invalid sequences replaced (and reported), or null when too many are invalid. */
    private static String utf8(byte[] bytes, List<String> warnings) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return strict.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int invalid = 0;
            int first = -1;
            int i = 0;
            while (i < bytes.length) {
                int len = validSequenceLength(bytes, i);
                if (len == 0) {
                    invalid++;
                    if (first < 0) {
                        first = i;
                    }
                    i++;
                } else {
                    i += len;
                }
            }
            if (invalid > SINGLE_BYTE_SHARE * bytes.length + 2) {
                return null;
            }
            warnings.add(invalid + " invalid UTF-8 byte sequence(s) replaced, the first at byte offset " + first);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** Length of the valid UTF-8 sequence at i, 0 when the byte there does not start one. */
    static int validSequenceLength(byte[] b, int i) {
        int c = b[i] & 0xFF;
        int len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        if (len == 0 || i + len > b.length) {
            return 0;
        }
        for (int k = 1; k < len; k++) {
            if ((b[i + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        return len;
    }

    /**
     * Refuses binary content: a NUL byte in the first 8 KB (text has none, in any charset without a BOM that
     * pith reads), or more than a quarter of control bytes there (tab, line breaks, form feed and escape
     * do not count).
     */
    private static void refuseBinary(byte[] bytes) throws UndecodableInputException {
        int n = Math.min(bytes.length, SNIFF);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = bytes[i] & 0xFF;
            if (c == 0) {
                throw new UndecodableInputException("binary content, not text (NUL byte at offset " + i + ")");
            }
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) {
                control++;
            }
        }
        if (control > n / 4 + 2) {
            throw new UndecodableInputException("binary content, not text (" + control + " control bytes in the first "
                    + n + ")");
        }
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
            return UTF_32BE;
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
            return UTF_32LE;
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static int bomLength(Charset c) {
        return c == UTF_32BE || c == UTF_32LE ? 4 : c == StandardCharsets.UTF_8 ? 3 : 2;
    }

    /**
     * Cleans text that did not come through {@link #decode(byte[], Charset)} (a JSON Lines field) the same way:
     * line endings normalised, control characters dropped, C1 controls read as windows-1252.
     */
    public static DecodedText clean(String text) {
        List<String> warnings = new ArrayList<>();
        return new DecodedText(clean(text, warnings), StandardCharsets.UTF_8.name(), warnings);
    }

    /**
     * \r\n and \r to \n; control characters other than tab and newline dropped (and counted). A C1 control
     * (U+0080-U+009F) that windows-1252 defines becomes that character ("\u0092" is "’"): it is a windows-1252
     * byte read as Latin-1, as the WHATWG encoding standard reads Latin-1 labels. One of the five bytes windows-1252
     * leaves undefined is kept after a character that can be part of mojibake ("Ñ\u0081" is "с" read as
     * windows-1252): {@link Mojibake} repairs it or drops it.
     */
    static String clean(String text, List<String> warnings) {
        int first = firstToClean(text);
        if (first == text.length()) {
            return text; // nothing to change, most dumps: no copy
        }
        StringBuilder b = new StringBuilder(text.length()).append(text, 0, first);
        int dropped = 0;
        int c1 = 0;
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                b.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\t' || (c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0)) ) {
                b.append(c);
            } else if (c >= 0x80 && c < 0xA0 && C1_AS_1252.charAt(c - 0x80) != 0) {
                b.append(C1_AS_1252.charAt(c - 0x80));
                c1++;
            } else if (c >= 0x80 && c < 0xA0 && !b.isEmpty() && Mojibake.toByte(b.charAt(b.length() - 1)) >= 0x80) {
                b.append(c); // a byte windows-1252 leaves undefined, inside what may be mojibake: Mojibake reads it
            } else {
                dropped++;
            }
        }
        if (dropped > 0) {
            warnings.add(dropped + " control character(s) removed");
        }
        if (c1 > 0) {
            warnings.add(c1 + " C1 control character(s) read as windows-1252");
        }
        return b.toString();
    }

    /** Where the first character that {@link #clean} changes is (a CR, a control or a C1 character); the length when none. */
    private static int firstToClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\n' && c != '\t' : c == 0x7F || c >= 0x80 && c < 0xA0) {
                return i;
            }
        }
        return text.length();
    }
}
