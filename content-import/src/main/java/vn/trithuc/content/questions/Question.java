package vn.trithuc.content.questions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A question with its key. What a candidate sees is {@link #withoutKey()}; the key never leaves
 * the server.
 *
 * @param type     the kind of question
 * @param prompt   the question (Markdown); for {@link QuestionType#FILL_IN_BLANKS} the gaps are
 *                 written {@code {1}}, {@code {2}}, …
 * @param options  choices (single / multiple choice), items to order, or the left-hand items of a
 *                 matching question
 * @param targets  the right-hand items of a matching question (empty otherwise)
 * @param key      the answer key, {@code null} once removed
 * @param feedback shown after answering (may be {@code null})
 */
public record Question(QuestionType type, String prompt, List<Option> options, List<Option> targets, Key key,
                       String feedback) {

    /** A choice, an item to order, or an item to match; {@code feedback} is shown when it is chosen. */
    public record Option(String id, String text, String feedback) {

        public Option {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
        }

        public Option(String id, String text) {
            this(id, text, null);
        }
    }

    /**
     * One accepted answer of a short-answer or numeric question with the share of the points it
     * earns (1 full, 0.5 half) and what to say when it is given.
     *
     * @param text      the answer of a short-answer question
     * @param number    the answer of a numeric question, with {@code tolerance}
     * @param tolerance how far from {@code number} still counts
     */
    public record Answer(String text, Double number, Double tolerance, double fraction, String feedback) {

        public static Answer text(String text, double fraction, String feedback) {
            return new Answer(text, null, null, fraction, feedback);
        }

        public static Answer number(double number, double tolerance, double fraction, String feedback) {
            return new Answer(null, number, tolerance, fraction, feedback);
        }
    }

    /**
     * The answer key; which fields count depends on the type.
     *
     * @param correct     correct option ids (single: one; multiple: several); the order for ordering
     * @param truth       the answer of a true/false question
     * @param accepted    accepted answers of a short answer, or of each gap (one list per gap)
     * @param match       left option id → right option id (matching)
     * @param number      the answer of a numeric question, with {@code tolerance}
     * @param tolerance   how far from {@code number} still counts (absolute)
     * @param comparison  how short answers and gaps are compared
     * @param rubric      what an essay is graded on (for the graders)
     * @param weights     partial credit of choice options, option id → share of the points (−1 to 1);
     *                    empty means the {@code correct} options share the points
     * @param answers     further answers of a short-answer or numeric question with their share of
     *                    the points (e.g. a misspelling for 75 %, a close number for 50 %)
     */
    public record Key(List<String> correct, Boolean truth, List<List<String>> accepted, Map<String, String> match,
                      Double number, Double tolerance, Comparison comparison, String rubric, Map<String, Double> weights,
                      List<Answer> answers) {

        public Key {
            correct = correct == null ? List.of() : List.copyOf(correct);
            accepted = accepted == null ? List.of() : accepted.stream().map(List::copyOf).toList();
            match = match == null ? Map.of() : Map.copyOf(match);
            comparison = comparison == null ? Comparison.VIETNAMESE : comparison;
            weights = weights == null ? Map.of() : Map.copyOf(weights);
            answers = answers == null ? List.of() : List.copyOf(answers);
        }

        public Key(List<String> correct, Boolean truth, List<List<String>> accepted, Map<String, String> match,
                   Double number, Double tolerance, Comparison comparison, String rubric) {
            this(correct, truth, accepted, match, number, tolerance, comparison, rubric, null, null);
        }

        /** Choice options with their share of the points; those with a full share are the correct ones. */
        public static Key weighted(Map<String, Double> weights) {
            List<String> correct = weights.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).sorted().toList();
            return new Key(correct, null, null, null, null, null, null, null, weights, null);
        }

        /** Short-answer or numeric answers, each with its share of the points and feedback. */
        public static Key scored(Comparison comparison, List<Answer> answers) {
            return new Key(null, null, null, null, null, null, comparison, null, null, answers);
        }

        /** The share of the points an option earns. */
        public double weight(String optionId, int correctCount) {
            if (!weights.isEmpty()) {
                return weights.getOrDefault(optionId, 0.0);
            }
            return correct.contains(optionId) ? 1.0 / Math.max(1, correctCount) : 0;
        }

        public static Key choices(List<String> correct) {
            return new Key(correct, null, null, null, null, null, null, null);
        }

        public static Key truth(boolean truth) {
            return new Key(null, truth, null, null, null, null, null, null);
        }

        public static Key answers(Comparison comparison, List<String> accepted) {
            return new Key(null, null, List.of(accepted), null, null, null, comparison, null);
        }

        public static Key gaps(Comparison comparison, List<List<String>> accepted) {
            return new Key(null, null, accepted, null, null, null, comparison, null);
        }

        public static Key matching(Map<String, String> match) {
            return new Key(null, null, null, match, null, null, null, null);
        }

        public static Key number(double number, double tolerance) {
            return new Key(null, null, null, null, number, tolerance, null, null);
        }

        public static Key rubric(String rubric) {
            return new Key(null, null, null, null, null, null, null, rubric);
        }
    }

    /** How typed answers are compared with the accepted ones. */
    public enum Comparison {
        /** Exactly as written (after trimming). */
        EXACT,
        /** Case and spacing ignored. */
        IGNORE_CASE,
        /** Case, spacing and Vietnamese marks ignored ({@code Hà Nội} = {@code ha noi}). */
        VIETNAMESE
    }

    public Question {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(prompt, "prompt");
        options = options == null ? List.of() : List.copyOf(options);
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /** The question as a candidate sees it: no key, no feedback. */
    public Question withoutKey() {
        return new Question(type, prompt, options, targets, null, null);
    }

    /** The number of gaps of a fill-in-the-blanks prompt ({@code {1}}, {@code {2}}, …). */
    public int gaps() {
        int n = 0;
        while (prompt.contains("{" + (n + 1) + "}")) {
            n++;
        }
        return n;
    }

    /**
     * What is wrong with the question as written, one problem a line; empty when it can be asked
     * and graded (used by the editors and by every importer).
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (prompt.isBlank()) {
            problems.add("the question has no text");
        }
        Set<String> ids = new HashSet<>();
        for (Option option : options) {
            if (!ids.add(option.id())) {
                problems.add("option id " + option.id() + " is used twice");
            }
        }
        if (key == null) {
            problems.add("the question has no answer key");
            return problems;
        }
        switch (type) {
            case SINGLE_CHOICE -> {
                if (options.size() < 2) {
                    problems.add("a choice question needs at least two options");
                }
                if (!key.weights().isEmpty()) {
                    if (!ids.containsAll(key.weights().keySet()) || key.weights().values().stream().noneMatch(w -> w >= 0.999)) {
                        problems.add("a single-choice question has one option worth all the points");
                    }
                } else if (key.correct().size() != 1 || !ids.containsAll(key.correct())) {
                    problems.add("a single-choice question has exactly one correct option among its options");
                }
            }
            case MULTIPLE_CHOICE -> {
                if (options.size() < 2) {
                    problems.add("a choice question needs at least two options");
                }
                if (!key.weights().isEmpty()) {
                    double total = key.weights().values().stream().filter(w -> w > 0).mapToDouble(Double::doubleValue).sum();
                    if (!ids.containsAll(key.weights().keySet()) || Math.abs(total - 1) > 0.011) {
                        problems.add("the positive weights of a multiple-choice question add up to 100 %");
                    }
                } else if (key.correct().isEmpty() || !ids.containsAll(key.correct())) {
                    problems.add("a multiple-choice question has at least one correct option among its options");
                }
            }
            case TRUE_FALSE -> {
                if (key.truth() == null) {
                    problems.add("a true/false question says whether the statement is true");
                }
            }
            case SHORT_ANSWER -> {
                boolean full = !key.accepted().isEmpty() && key.accepted().get(0).stream().anyMatch(a -> !a.isBlank())
                        || key.answers().stream().anyMatch(a -> a.text() != null && a.fraction() >= 0.999);
                if (!full) {
                    problems.add("a short-answer question has at least one accepted answer worth all the points");
                }
            }
            case NUMERIC -> {
                boolean main = key.number() != null && key.tolerance() != null && key.tolerance() >= 0;
                boolean scored = key.answers().stream().anyMatch(a -> a.number() != null && a.fraction() >= 0.999)
                        && key.answers().stream().allMatch(a -> a.number() != null && a.tolerance() != null && a.tolerance() >= 0);
                if (!main && !scored) {
                    problems.add("a numeric question has an answer and a tolerance of zero or more");
                }
            }
            case MATCHING -> {
                Set<String> right = new HashSet<>();
                targets.forEach(t -> right.add(t.id()));
                if (options.size() < 2 || !key.match().keySet().equals(ids) || !right.containsAll(key.match().values())) {
                    problems.add("a matching question pairs every left item with one of its right items");
                }
            }
            case ORDERING -> {
                if (options.size() < 2 || key.correct().size() != options.size() || !ids.equals(new HashSet<>(key.correct()))) {
                    problems.add("an ordering question gives the order of all its items");
                }
            }
            case FILL_IN_BLANKS -> {
                int gaps = gaps();
                if (gaps == 0 || key.accepted().size() != gaps || key.accepted().stream().anyMatch(List::isEmpty)) {
                    problems.add("a fill-in-the-blanks question has gaps {1}, {2}, … and accepted answers for each");
                }
            }
            case ESSAY -> {
                // graded by hand; a rubric is recommended but not required
            }
            default -> problems.add("unknown type");
        }
        return problems;
    }
}
