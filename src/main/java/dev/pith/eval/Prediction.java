package dev.pith.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What an extractor predicted for one document: the fields score.py reads from a prediction line. Null
 * fields count as empty, as missing fields do in score.py.
 *
 * @param headline  the headline, or null
 * @param authors   author names (each may itself hold several, e.g. "A and B"); null means none
 * @param published publication date, ISO (a time may follow the date), or null
 * @param body      the body text, paragraphs separated by blank lines; null means empty
 */
public record Prediction(String headline, List<String> authors, String published, String body) {
    public Prediction {
        // a copy that tolerates null names (score.py skips non-string names)
        authors = authors == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(authors));
        body = body == null ? "" : body;
    }

    /** Nothing predicted: what a crashed or missing extraction scores as. */
    public static Prediction empty() {
        return new Prediction(null, List.of(), null, "");
    }
}
