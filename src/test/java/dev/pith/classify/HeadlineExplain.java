package dev.pith.classify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Development aid (not a test): for every dump whose gold title is a headline candidate but not the one the shipped
 * headline model ranks first, prints the candidates around the two (index, label, words, score) and the features
 * that separate the winner from the gold line most (weight times the difference of their values).
 * Run: {@code java -cp $CP dev.pith.classify.HeadlineExplain CORPUS_DIR [VARIANT|all [MODEL.tsv]]} (default: the shipped
 * model).
 */
public final class HeadlineExplain {
    private HeadlineExplain() {
    }

    public static void main(String[] args) throws Exception {
        LogisticModel model = LogisticModel.headline();
        List<String> names = HeadlineFeatures.names();
        double[] w = args.length > 2 ? read(Path.of(args[2]), names) : weights(model, names.size());
        for (TrainHeadlineModel.Page p : TrainHeadlineModel.samples(Path.of(args[0]), id -> true)) {
            if (args.length > 1 && !args[1].equals("all") && !p.variant().equals(args[1]) || !p.hasAnswer()) {
                continue;
            }
            int top = 0;
            int gold = -1;
            for (int i = 0; i < p.candidates().size(); i++) {
                if (score(w, p.candidates().get(i)) > score(w, p.candidates().get(top))) {
                    top = i;
                }
                if (gold < 0 && p.correct()[i]) {
                    gold = i;
                }
            }
            if (p.correct()[top]) {
                continue;
            }
            System.out.println("== " + p.variant() + " " + p.id());
            for (int i = Math.max(0, Math.min(top, gold) - 1); i <= Math.min(p.candidates().size() - 1, Math.max(top, gold) + 1); i++) {
                System.out.printf(Locale.ROOT, "  %s %6.2f %s%n", i == top ? "WIN " : p.correct()[i] ? "GOLD" : "    ",
                        score(w, p.candidates().get(i)), cut(p.texts().get(i)));
            }
            double[] a = p.candidates().get(top);
            double[] b = p.candidates().get(gold);
            List<Integer> idx = new ArrayList<>();
            for (int j = 1; j < a.length; j++) {
                if (a[j] != b[j]) {
                    idx.add(j);
                }
            }
            idx.sort(Comparator.comparingDouble(j -> -Math.abs(w[j] * (a[j] - b[j]))));
            StringBuilder s = new StringBuilder("  win-gold:");
            for (int j : idx.subList(0, Math.min(8, idx.size()))) {
                s.append(String.format(Locale.ROOT, " %s%+.2f", names.get(j), w[j] * (a[j] - b[j])));
            }
            System.out.println(s);
        }
    }

    private static double[] read(Path file, List<String> names) throws java.io.IOException {
        double[] w = new double[names.size()];
        for (String line : java.nio.file.Files.readAllLines(file)) {
            String[] f = line.split("\t");
            int j = names.indexOf(f[0]);
            if (j >= 0) {
                w[j] = Double.parseDouble(f[1]);
            }
        }
        return w;
    }

    private static String cut(String s) {
        return s.length() > 140 ? s.substring(0, 140) + "..." : s;
    }

    private static double[] weights(LogisticModel m, int d) {
        double[] w = new double[d];
        for (int j = 0; j < d; j++) {
            double[] x = new double[d];
            x[j] = 1;
            double p = m.probability(x);
            w[j] = Math.log(p / (1 - p));
        }
        return w;
    }

    private static double score(double[] w, double[] x) {
        double z = 0;
        for (int j = 0; j < x.length; j++) {
            z += w[j] * x[j];
        }
        return z;
    }
}
