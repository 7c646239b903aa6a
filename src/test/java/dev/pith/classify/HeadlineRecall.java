package dev.pith.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pith.segment.DumpStyle;
import dev.pith.segment.Segmenter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Development aid (not a test): how often the gold title is among the headline candidates, per style. */
public final class HeadlineRecall {
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        ObjectMapper m = new ObjectMapper();
        for (String v : new String[] {"innertext", "w3m", "soup"}) {
            int docs = 0, present = 0, candidate = 0;
            for (String line : Files.readAllLines(corpus.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
                JsonNode g = m.readTree(line);
                if (!g.hasNonNull("title")) {
                    continue;
                }
                docs++;
                String title = TrainHeadlineModel.norm(g.get("title").asText());
                String text = Files.readString(corpus.resolve(g.get("dumps").get(v).asText()), StandardCharsets.UTF_8);
                DumpStyle style = Segmenter.detectStyle(text);
                Classification c = TrainHeadlineModel.beforeHeadline(Segmenter.segment(text, style), style);
                boolean p = false;
                for (LabeledBlock b : c.blocks()) {
                    if (TrainHeadlineModel.norm(b.text()).equals(title)) {
                        p = true;
                        break;
                    }
                }
                int start = Headline.start(c);
                List<Integer> cands = Headline.candidates(c, start);
                boolean in = cands.stream().anyMatch(i -> TrainHeadlineModel.norm(c.get(i).text()).equals(title));
                if (p && !in && args.length > 1) {
                    for (LabeledBlock b : c.blocks()) {
                        if (TrainHeadlineModel.norm(b.text()).equals(title)) {
                            System.out.println(v + " " + g.get("id").asText() + " idx=" + b.index() + " start=" + start + " " + b.label() + " " + b.features().furniturePhrase() + " | " + b.text());
                        }
                    }
                }
                present += p ? 1 : 0;
                candidate += in ? 1 : 0;
            }
            System.out.printf("%s: docs %d, title present as a block %d, among candidates %d%n", v, docs, present, candidate);
        }
    }
}
