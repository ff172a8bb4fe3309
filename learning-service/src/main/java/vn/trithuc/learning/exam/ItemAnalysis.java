package vn.trithuc.learning.exam;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Classical item analysis of an exam's submitted attempts, as Moodle's quiz statistics report
 * does it:
 * <ul>
 * <li><b>facility</b>: the mean fraction of the marks candidates earned on the question (0–1);</li>
 * <li><b>discrimination</b>: the correlation between the mark on the question and the mark on the
 * rest of the test (−1–1), so that a question the strong candidates get right and the weak ones
 * get wrong scores high; and the upper-lower index (facility among the top 27 % minus the bottom
 * 27 %);</li>
 * <li><b>distractors</b>: how often each option was chosen, overall and in the upper and lower
 * groups, for choice questions;</li>
 * <li><b>flags</b> for questions that behave badly.</li>
 * </ul>
 */
public final class ItemAnalysis {

    /** Below this many answers the figures are shown but not judged. */
    static final int MIN_RESPONSES = 10;
    static final double GROUP = 0.27;

    /** One answer to a question in a submitted attempt. */
    public record Response(long attemptId, long questionId, double points, Double fraction, Set<String> chosen) {
    }

    /** A question as the report names it, with its options (choice questions) and which are keyed correct. */
    public record Item(long questionId, String prompt, String type, List<Option> options) {
    }

    /** An option of a choice question. */
    public record Option(String id, String text, boolean correct) {
    }

    /** How often an option was chosen, in all and in the upper and lower groups (fractions of each group). */
    public record Distractor(String id, String text, boolean correct, int chosen, double overall, double upper, double lower) {
    }

    /** The figures for one question. */
    public record QuestionStats(long questionId, String prompt, String type, int responses, Double facility, Double standardDeviation,
                                Double discrimination, Double upperLower, List<Distractor> distractors, List<String> flags) {
    }

    private ItemAnalysis() {
    }

    /**
     * Analyses the responses. Attempt totals are taken from the responses themselves, so the rest
     * of the test is what the candidate earned on the other questions of the same attempt.
     */
    public static List<QuestionStats> analyse(List<Response> responses, Map<Long, Item> items) {
        Map<Long, double[]> totals = new LinkedHashMap<>(); // attempt → {earned, max}
        for (Response r : responses) {
            double[] t = totals.computeIfAbsent(r.attemptId(), a -> new double[2]);
            t[0] += r.fraction() == null ? 0 : r.fraction() * r.points();
            t[1] += r.points();
        }
        // upper and lower groups by the attempt's percentage
        List<Long> ranked = new ArrayList<>(totals.keySet());
        ranked.sort(Comparator.comparingDouble((Long a) -> percent(totals.get(a))).reversed());
        int groupSize = (int) Math.max(1, Math.round(ranked.size() * GROUP));
        Set<Long> upper = Set.copyOf(ranked.subList(0, Math.min(groupSize, ranked.size())));
        Set<Long> lower = Set.copyOf(ranked.subList(Math.max(0, ranked.size() - groupSize), ranked.size()));

        Map<Long, List<Response>> byQuestion = new LinkedHashMap<>();
        responses.forEach(r -> byQuestion.computeIfAbsent(r.questionId(), q -> new ArrayList<>()).add(r));
        List<QuestionStats> stats = new ArrayList<>();
        for (Map.Entry<Long, List<Response>> e : byQuestion.entrySet()) {
            Item item = items.get(e.getKey());
            List<Response> graded = e.getValue().stream().filter(r -> r.fraction() != null).toList();
            int n = graded.size();
            Double facility = n == 0 ? null : graded.stream().mapToDouble(Response::fraction).average().orElse(0);
            Double sd = n < 2 ? null : Math.sqrt(graded.stream().mapToDouble(r -> Math.pow(r.fraction() - facility, 2)).sum() / (n - 1));
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                Response r = graded.get(i);
                double[] t = totals.get(r.attemptId());
                double restMax = t[1] - r.points();
                x[i] = r.fraction();
                y[i] = restMax <= 0 ? 0 : (t[0] - r.fraction() * r.points()) / restMax;
            }
            Double discrimination = correlation(x, y);
            Double upperLower = n == 0 ? null : mean(graded, upper) - mean(graded, lower);
            List<Distractor> distractors = distractors(item, e.getValue(), upper, lower);
            stats.add(new QuestionStats(e.getKey(), item == null ? "" : item.prompt(), item == null ? "" : item.type(), n, round(facility),
                    round(sd), round(discrimination), round(upperLower), distractors, flags(n, facility, discrimination, distractors)));
        }
        return stats;
    }

    private static List<Distractor> distractors(Item item, List<Response> responses, Set<Long> upper, Set<Long> lower) {
        if (item == null || item.options().isEmpty()) {
            return List.of();
        }
        long inUpper = responses.stream().filter(r -> upper.contains(r.attemptId())).count();
        long inLower = responses.stream().filter(r -> lower.contains(r.attemptId())).count();
        List<Distractor> result = new ArrayList<>();
        for (Option o : item.options()) {
            int chosen = (int) responses.stream().filter(r -> r.chosen().contains(o.id())).count();
            long up = responses.stream().filter(r -> upper.contains(r.attemptId()) && r.chosen().contains(o.id())).count();
            long low = responses.stream().filter(r -> lower.contains(r.attemptId()) && r.chosen().contains(o.id())).count();
            result.add(new Distractor(o.id(), o.text(), o.correct(), chosen, share(chosen, responses.size()), share(up, inUpper),
                    share(low, inLower)));
        }
        return result;
    }

    /** What to look at: too easy or hard, not separating strong from weak candidates, options doing the wrong job. */
    static List<String> flags(int n, Double facility, Double discrimination, List<Distractor> distractors) {
        List<String> flags = new ArrayList<>();
        if (n < MIN_RESPONSES) {
            flags.add("few-responses");
            return flags;
        }
        if (facility != null && facility > 0.9) {
            flags.add("too-easy");
        }
        if (facility != null && facility < 0.2) {
            flags.add("too-hard");
        }
        if (discrimination != null && discrimination < 0) {
            flags.add("negative-discrimination");
        } else if (discrimination != null && discrimination < 0.2) {
            flags.add("weak-discrimination");
        }
        double keyChosen = distractors.stream().filter(Distractor::correct).mapToDouble(Distractor::overall).max().orElse(1);
        for (Distractor d : distractors) {
            if (d.correct()) {
                continue;
            }
            if (d.chosen() == 0) {
                addOnce(flags, "unused-distractor");
            }
            if (d.overall() > keyChosen) {
                addOnce(flags, "distractor-beats-key");
            }
            if (d.upper() > d.lower() && d.upper() > 0) {
                addOnce(flags, "distractor-attracts-strong");
            }
        }
        return flags;
    }

    private static void addOnce(List<String> flags, String flag) {
        if (!flags.contains(flag)) {
            flags.add(flag);
        }
    }

    private static double mean(List<Response> responses, Set<Long> group) {
        return responses.stream().filter(r -> group.contains(r.attemptId())).mapToDouble(Response::fraction).average().orElse(0);
    }

    private static double percent(double[] total) {
        return total[1] == 0 ? 0 : total[0] / total[1];
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 1000.0;
    }

    /** Pearson's correlation; {@code null} when either side does not vary. */
    static Double correlation(double[] x, double[] y) {
        int n = x.length;
        if (n < 2) {
            return null;
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? null : sxy / Math.sqrt(sxx * syy);
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 1000) / 1000.0;
    }
}
