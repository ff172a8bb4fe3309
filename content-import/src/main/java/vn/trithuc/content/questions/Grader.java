package vn.trithuc.content.questions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import vn.trithuc.content.text.Folding;

/**
 * Checks and grades responses. A response is what JSON gives: an option id (single choice), a list
 * of ids (multiple choice, ordering), {@code true}/{@code false}, a text (short answer, essay), a
 * number or numeric text (numeric), an object left id → right id (matching), a list of texts (one
 * per gap). A response of the wrong shape is refused with the reason, never graded as wrong.
 */
public final class Grader {

    /**
     * A grade: {@code fraction} of the question's points (0–1), {@code graded} false for essays
     * (waiting for a person), and which parts were right (options chosen, gaps, pairs, positions).
     */
    public record Grade(double fraction, boolean graded, List<Boolean> parts) {

        public boolean correct() {
            return graded && fraction >= 0.999_999;
        }
    }

    /** A response that does not fit the question; the message says why. */
    public static final class InvalidResponse extends IllegalArgumentException {
        public InvalidResponse(String message) {
            super(message);
        }
    }

    /** Longest text response accepted (an essay). */
    public static final int MAX_TEXT = 50_000;

    private Grader() {
    }

    /** Checks that {@code response} fits {@code question}, and returns it in canonical form. */
    public static Object check(Question question, Object response) {
        if (response == null) {
            throw new InvalidResponse("no response");
        }
        Set<String> ids = new HashSet<>();
        question.options().forEach(o -> ids.add(o.id()));
        switch (question.type()) {
            case SINGLE_CHOICE -> {
                String id = text(response, "an option id");
                if (!ids.contains(id)) {
                    throw new InvalidResponse("\"" + id + "\" is not an option of this question");
                }
                return id;
            }
            case MULTIPLE_CHOICE -> {
                List<String> chosen = strings(response, "a list of option ids");
                if (!ids.containsAll(chosen) || new HashSet<>(chosen).size() != chosen.size()) {
                    throw new InvalidResponse("the list names an option twice or one that is not an option of this question");
                }
                return chosen;
            }
            case TRUE_FALSE -> {
                if (!(response instanceof Boolean)) {
                    throw new InvalidResponse("expected true or false");
                }
                return response;
            }
            case SHORT_ANSWER, ESSAY -> {
                String text = text(response, "a text");
                if (text.length() > (question.type() == QuestionType.ESSAY ? MAX_TEXT : 1000)) {
                    throw new InvalidResponse("the answer is too long");
                }
                return text;
            }
            case NUMERIC -> {
                return number(response);
            }
            case MATCHING -> {
                if (!(response instanceof Map<?, ?> map)) {
                    throw new InvalidResponse("expected an object pairing left item ids with right item ids");
                }
                Set<String> right = new HashSet<>();
                question.targets().forEach(t -> right.add(t.id()));
                Map<String, String> pairs = new LinkedHashMap<>();
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    String left = String.valueOf(e.getKey());
                    if (!ids.contains(left) || !(e.getValue() instanceof String r) || !right.contains(r)) {
                        throw new InvalidResponse("pairs join a left item id with a right item id of this question");
                    }
                    pairs.put(left, r);
                }
                return pairs;
            }
            case ORDERING -> {
                List<String> order = strings(response, "a list of item ids in order");
                if (order.size() != ids.size() || !ids.equals(new HashSet<>(order))) {
                    throw new InvalidResponse("the order names every item exactly once");
                }
                return order;
            }
            case FILL_IN_BLANKS -> {
                List<String> gaps = strings(response, "a list of texts, one per gap");
                if (gaps.size() != question.gaps()) {
                    throw new InvalidResponse("expected " + question.gaps() + " answers, one per gap");
                }
                return gaps;
            }
            default -> throw new InvalidResponse("unknown question type");
        }
    }

    /** Grades a response (checked first). */
    public static Grade grade(Question question, Object response) {
        Object r = check(question, response);
        Question.Key key = question.key();
        if (key == null) {
            throw new IllegalStateException("a question without its key cannot be graded");
        }
        return switch (question.type()) {
            case SINGLE_CHOICE -> key.weights().isEmpty() ? all(key.correct().get(0).equals(r))
                    : weighted(Math.max(0, key.weights().getOrDefault((String) r, 0.0)));
            case TRUE_FALSE -> all(key.truth().equals(r));
            case MULTIPLE_CHOICE -> multiple(question, key, strings(r, ""));
            case SHORT_ANSWER -> {
                double best = accepted(key.comparison(), key.accepted().isEmpty() ? List.of() : key.accepted().get(0), (String) r) ? 1 : 0;
                for (Question.Answer a : key.answers()) {
                    if (a.text() != null && ("*".equals(a.text().strip()) || accepted(key.comparison(), List.of(a.text()), (String) r))) {
                        best = Math.max(best, a.fraction());
                    }
                }
                yield weighted(best);
            }
            case NUMERIC -> {
                double value = (Double) r;
                double best = key.number() != null && Math.abs(value - key.number()) <= key.tolerance() + 1e-9 ? 1 : 0;
                for (Question.Answer a : key.answers()) {
                    if (a.number() != null && Math.abs(value - a.number()) <= a.tolerance() + 1e-9) {
                        best = Math.max(best, a.fraction());
                    }
                }
                yield weighted(best);
            }
            case MATCHING -> {
                @SuppressWarnings("unchecked")
                Map<String, String> pairs = (Map<String, String>) r;
                List<Boolean> parts = new ArrayList<>();
                for (Question.Option left : question.options()) {
                    parts.add(key.match().get(left.id()).equals(pairs.get(left.id())));
                }
                yield share(parts);
            }
            case ORDERING -> {
                List<String> order = strings(r, "");
                List<Boolean> parts = new ArrayList<>();
                for (int i = 0; i < order.size(); i++) {
                    parts.add(order.get(i).equals(key.correct().get(i)));
                }
                yield share(parts);
            }
            case FILL_IN_BLANKS -> {
                List<String> gaps = strings(r, "");
                List<Boolean> parts = new ArrayList<>();
                for (int i = 0; i < gaps.size(); i++) {
                    parts.add(accepted(key.comparison(), key.accepted().get(i), gaps.get(i)));
                }
                yield share(parts);
            }
            case ESSAY -> new Grade(0, false, List.of());
        };
    }

    /**
     * Multiple choice with partial credit as Moodle gives it: each correct option chosen adds
     * 1/(correct options), each wrong one chosen takes 1/(wrong options) away; never below zero.
     */
    private static Grade multiple(Question question, Question.Key key, List<String> chosen) {
        Set<String> correct = new HashSet<>(key.correct());
        long wrongOptions = question.options().stream().filter(o -> !correct.contains(o.id())).count();
        double fraction = 0;
        List<Boolean> parts = new ArrayList<>();
        for (String id : chosen) {
            boolean right = correct.contains(id);
            parts.add(right);
            if (!key.weights().isEmpty()) {
                fraction += key.weights().getOrDefault(id, 0.0);
            } else {
                fraction += right ? 1.0 / correct.size() : wrongOptions == 0 ? 0 : -1.0 / wrongOptions;
            }
        }
        return new Grade(Math.max(0, Math.min(1, fraction)), true, parts);
    }

    /** Whether {@code answer} equals one of {@code accepted} under {@code comparison}. */
    public static boolean accepted(Question.Comparison comparison, Collection<String> accepted, String answer) {
        String given = normalise(comparison, answer);
        return !given.isEmpty() && accepted.stream().anyMatch(a -> normalise(comparison, a).equals(given));
    }

    static String normalise(Question.Comparison comparison, String text) {
        String t = text == null ? "" : text.strip();
        return switch (comparison) {
            case EXACT -> t;
            case IGNORE_CASE -> t.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            case VIETNAMESE -> Folding.fold(t).replaceAll("[\\s\\p{Punct}]+", " ").strip();
        };
    }

    private static Grade weighted(double fraction) {
        double f = Math.max(0, Math.min(1, fraction));
        return new Grade(f, true, List.of(f >= 0.999_999));
    }

    private static Grade all(boolean right) {
        return new Grade(right ? 1 : 0, true, List.of(right));
    }

    private static Grade share(List<Boolean> parts) {
        long right = parts.stream().filter(b -> b).count();
        return new Grade(parts.isEmpty() ? 0 : (double) right / parts.size(), true, parts);
    }

    private static String text(Object response, String expected) {
        if (!(response instanceof String s)) {
            throw new InvalidResponse("expected " + expected);
        }
        return s;
    }

    private static List<String> strings(Object response, String expected) {
        if (!(response instanceof List<?> list) || list.stream().anyMatch(v -> !(v instanceof String))) {
            throw new InvalidResponse("expected " + expected);
        }
        return list.stream().map(String.class::cast).toList();
    }

    /** A number, or a text holding one (a Vietnamese decimal comma is accepted: {@code 3,5}). */
    private static Double number(Object response) {
        if (response instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isFinite(d)) {
                return d;
            }
        } else if (response instanceof String s) {
            String t = s.strip().replace(" ", "");
            if (t.indexOf('.') < 0 && t.indexOf(',') >= 0 && t.indexOf(',') == t.lastIndexOf(',')) {
                t = t.replace(',', '.');
            }
            try {
                double d = Double.parseDouble(t);
                if (Double.isFinite(d) && t.matches("[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?")) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new InvalidResponse("expected a number");
    }
}
