package dev.pith.read;

import dev.pith.ExtractOptions.InputType;
import java.nio.charset.Charset;

/** A document's content once read: bytes still to decode, or text a container already decoded. */
public sealed interface Content {

    /** What the container says the document is: HTML, text, or AUTO when it says nothing. */
    InputType type();

    /**
     * Bytes to decode.
     *
     * @param bytes   the document
     * @param charset the charset the container declares (an HTTP Content-Type), or null
     * @param type    what the container says the document is
     */
    record Bytes(byte[] bytes, Charset charset, InputType type) implements Content {
    }

    /**
     * Text already decoded (a JSON string).
     *
     * @param text the document
     * @param type what the container says the document is
     */
    record Text(String text, InputType type) implements Content {
    }
}
