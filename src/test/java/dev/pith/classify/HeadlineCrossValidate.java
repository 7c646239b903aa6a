package dev.pith.classify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Development aid (not a test): the headline model's accuracy on pages it never saw, per dump style. The pages
 * are split into folds as {@link CrossValidate} splits them; each fold's dumps are ranked by a model trained on
 * the other folds, and a page counts when the top candidate is its gold title (over all pages with a title, so
 * a title that is no candidate counts as a miss). Also prints the in-sample figure and the candidate ceiling.
 * Run: {@code java -cp $CP dev.pith.classify.HeadlineCrossValidate CORPUS_DIR [FOLDS [MODEL_OUT]]}; with MODEL_OUT,
 * also writes the model trained on all pages (what {@code TrainHeadlineModel} writes). {@code -Ddrop=NAME,NAME}
 * leaves features out (their values zero), to measure what each adds.
 */
public final class HeadlineCrossValidate {
    private HeadlineCrossValidate() {
    }

    public static void main(String[] args) throws Exception {
        int folds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<TrainHeadlineModel.Page> pages = TrainHeadlineModel.samples(Path.of(args[0]), id -> true);
        for (String name : System.getProperty("drop", "").split(",")) {
            int at = HeadlineFeatures.names().indexOf(name);
            for (TrainHeadlineModel.Page p : at < 0 ? List.<TrainHeadlineModel.Page>of() : pages) {
                p.candidates().forEach(x -> x[at] = 0);
            }
        }
        Map<String, int[]> counts = new TreeMap<>();
        for (int k = 0; k < folds; k++) {
            final int fold = k;
            List<TrainHeadlineModel.Page> training = new ArrayList<>();
            for (TrainHeadlineModel.Page p : pages) {
                if (Math.floorMod(p.id().hashCode(), folds) != fold) {
                    training.add(p);
                }
            }
            LogisticModel model = TrainHeadlineModel.train(training);
            for (TrainHeadlineModel.Page p : pages) {
                if (Math.floorMod(p.id().hashCode(), folds) == fold) {
                    int[] n = counts.computeIfAbsent(p.variant(), v -> new int[4]);
                    int t = top(model, p);
                    n[1] += t >= 0 && p.correct()[t] ? 1 : 0;
                    if (p.hasAnswer() && !p.correct()[t] && p.variant().equals(System.getProperty("show"))) {
                        System.out.println(p.id() + " gold " + p.texts().get(firstCorrect(p)) + " || got " + p.texts().get(t));
                    }
                }
            }
        }
        LogisticModel all = TrainHeadlineModel.train(pages);
        if (args.length > 2) {
            java.nio.file.Files.writeString(Path.of(args[2]), all.serialize(), java.nio.charset.StandardCharsets.UTF_8);
        }
        for (TrainHeadlineModel.Page p : pages) {
            int[] n = counts.get(p.variant());
            n[0]++;
            int t = top(all, p);
            n[2] += t >= 0 && p.correct()[t] ? 1 : 0;
            n[3] += p.hasAnswer() ? 1 : 0;
        }
        counts.forEach((v, n) -> System.out.printf("%-10s pages %d  cross-validated %.3f  in-sample %.3f  candidate ceiling %.3f%n",
                v, n[0], n[1] / (double) n[0], n[2] / (double) n[0], n[3] / (double) n[0]));
    }

    private static int firstCorrect(TrainHeadlineModel.Page p) {
        for (int i = 0; i < p.correct().length; i++) {
            if (p.correct()[i]) {
                return i;
            }
        }
        return -1;
    }

    private static int top(LogisticModel model, TrainHeadlineModel.Page p) {
        int best = -1;
        double bestP = -1;
        for (int i = 0; i < p.candidates().size(); i++) {
            double q = model.probability(p.candidates().get(i));
            if (q > bestP) {
                bestP = q;
                best = i;
            }
        }
        return best;
    }
}
