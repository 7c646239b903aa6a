package dev.pith.eval;

import java.util.List;

/** What an extractor gave for one page: the fields the scores look at. */
public record Prediction(String headline, List<String> authors, String published, String body) {
    public Prediction {
        authors = authors == null ? List.of() : List.copyOf(authors);
        body = body == null ? "" : body;
    }

    public static Prediction empty() {
        return new Prediction(null, List.of(), null, "");
    }
}
