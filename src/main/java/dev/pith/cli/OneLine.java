package dev.pith.cli;

/** Messages for stderr squeezed onto one line: no stack traces, no embedded line breaks. */
final class OneLine {
    private OneLine() {
    }

    static String of(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    /** "IllegalStateException: what it said", or just the class name when it said nothing. */
    static String of(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + of(m));
    }
}
