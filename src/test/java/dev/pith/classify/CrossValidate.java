package dev.pith.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.article.Article;
import dev.pith.assemble.Assembler;
import dev.pith.segment.DumpStyle;
import dev.pith.segment.Segmenter;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Out-of-fold predictions (not a test; run by hand): {@code CrossValidate CORPUS_DIR PRED.jsonl [FOLDS]}.
 * Each page is predicted by headline and content models trained without its fold, so the reference scorer
 * run on PRED.jsonl measures pith on pages the models never saw. (The content model of each fold is trained
 * on the rules' labels with the shipped headline model, a small leak for the headline only.)
 */
public final class CrossValidate {
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int folds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        ObjectMapper m = new ObjectMapper();
        List<String> gold = Files.readAllLines(corpus.resolve("gold.jsonl"), StandardCharsets.UTF_8);
        try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (int k = 0; k < folds; k++) {
                final int fold = k;
                java.util.function.Predicate<String> training = id -> Math.floorMod(id.hashCode(), folds) != fold;
                LogisticModel headline = TrainHeadlineModel.train(corpus, training);
                TrainContentModel.Trained model = TrainContentModel.train(corpus, training);
                for (String line : gold) {
                    JsonNode g = m.readTree(line);
                    String id = g.get("id").asText();
                    if (Math.floorMod(id.hashCode(), folds) != fold) {
                        continue;
                    }
                    for (String v : new String[] {"innertext", "w3m", "soup"}) {
                        String text = Files.readString(corpus.resolve(g.get("dumps").get(v).asText()), StandardCharsets.UTF_8);
                        DumpStyle style = Segmenter.detectStyle(text);
                        Classification c = Classifier.classifyWith(Segmenter.segment(text, style), style, "und", headline,
                                model.content(), model.smoothing());
                        Article a = Assembler.assemble(id, c, List.of(), null);
                        ObjectNode o = m.createObjectNode();
                        o.put("id", id);
                        o.put("variant", v);
                        o.put("headline", a.headline());
                        o.set("authors", m.valueToTree(a.authors()));
                        o.put("published", a.published() == null ? null : a.published().iso());
                        o.put("body", a.text());
                        w.write(m.writeValueAsString(o));
                        w.newLine();
                    }
                }
            }
        }
    }
}
