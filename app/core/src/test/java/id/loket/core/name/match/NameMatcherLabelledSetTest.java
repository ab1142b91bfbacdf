package id.loket.core.name.match;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall of {@link NameMatcher} at {@link NameMatch#THRESHOLD} on the labelled pairs
 * in {@code name-pairs.tsv}, printed (see target/surefire-reports/*-output.txt) with the pairs it
 * gets wrong and a sweep over other thresholds.
 */
class NameMatcherLabelledSetTest {

    static final double PRECISION_FLOOR = 0.97;
    static final double RECALL_FLOOR = 0.97;

    record Pair(String a, String b, boolean same, String why) {
    }

    record Counts(int tp, int fp, int tn, int fn) {

        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    static List<Pair> pairs() throws IOException {
        List<Pair> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                NameMatcherLabelledSetTest.class.getResourceAsStream("name-pairs.tsv")), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                assertThat(f).as(line).hasSize(4);
                assertThat(f[2]).as(line).isIn("SAME", "DIFFERENT");
                out.add(new Pair(f[0], f[1], f[2].equals("SAME"), f[3]));
            }
        }
        return out;
    }

    static Counts count(List<Pair> pairs, double[] scores, double threshold) {
        int tp = 0;
        int fp = 0;
        int tn = 0;
        int fn = 0;
        for (int i = 0; i < pairs.size(); i++) {
            boolean predicted = scores[i] >= threshold;
            boolean same = pairs.get(i).same();
            if (predicted && same) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (same) {
                fn++;
            } else {
                tn++;
            }
        }
        return new Counts(tp, fp, tn, fn);
    }

    @Test
    void precisionAndRecallOnTheLabelledPairs() throws IOException {
        List<Pair> pairs = pairs();
        long same = pairs.stream().filter(Pair::same).count();
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(200);
        assertThat(same).isGreaterThanOrEqualTo(100);
        assertThat(pairs.size() - same).isGreaterThanOrEqualTo(100);

        double[] scores = new double[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            scores[i] = NameMatcher.score(pairs.get(i).a(), pairs.get(i).b());
            assertThat(scores[i]).isBetween(0.0, 1.0);
            assertThat(NameMatcher.score(pairs.get(i).b(), pairs.get(i).a())).as("symmetric")
                    .isCloseTo(scores[i], org.assertj.core.data.Offset.offset(1e-9));
        }
        Counts at = count(pairs, scores, NameMatch.THRESHOLD);
        System.out.printf(Locale.ROOT, "Labelled name pairs: %d (%d SAME, %d DIFFERENT)%n", pairs.size(), same,
                pairs.size() - same);
        System.out.printf(Locale.ROOT, "At threshold %.2f: precision %.3f, recall %.3f, F1 %.3f "
                        + "(TP %d, FP %d, TN %d, FN %d)%n", NameMatch.THRESHOLD, at.precision(), at.recall(), at.f1(),
                at.tp(), at.fp(), at.tn(), at.fn());
        for (int i = 0; i < pairs.size(); i++) {
            Pair p = pairs.get(i);
            if ((scores[i] >= NameMatch.THRESHOLD) != p.same()) {
                System.out.printf(Locale.ROOT, "  %s %.3f  %s | %s  (%s)%n", p.same() ? "missed SAME" : "false SAME ",
                        scores[i], p.a(), p.b(), p.why());
            }
        }
        System.out.println("Threshold sweep: threshold precision recall F1");
        for (int t = 60; t <= 95; t += 5) {
            Counts c = count(pairs, scores, t / 100.0);
            System.out.printf(Locale.ROOT, "  %.2f %.3f %.3f %.3f%n", t / 100.0, c.precision(), c.recall(), c.f1());
        }
        assertThat(at.precision()).as("precision").isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(at.recall()).as("recall").isGreaterThanOrEqualTo(RECALL_FLOOR);
    }
}
