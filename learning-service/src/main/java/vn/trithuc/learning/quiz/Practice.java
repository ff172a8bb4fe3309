package vn.trithuc.learning.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.trithuc.content.questions.Grader;
import vn.trithuc.content.questions.Question;

/**
 * A practice quiz answered: each question graded and explained; nothing is recorded. A malformed
 * answer is reported for its question rather than failing the others.
 */
public final class Practice {

    /** One question's outcome: {@code fraction} of it right, or {@code error} when the answer did not fit. */
    public record Item(int number, boolean answered, boolean graded, boolean correct, double fraction, String feedback,
                       String error) {
    }

    /** The outcome: every question, how many were fully right, of how many graded. */
    public record Result(List<Item> items, int correct, int graded) {
    }

    private Practice() {
    }

    /** What to say about an answer: the feedback of the options chosen, then the question's. */
    static String feedback(Question q, Object answer) {
        List<String> said = new ArrayList<>();
        List<?> chosen = answer instanceof List<?> list ? list : List.of(answer);
        for (Question.Option o : q.options()) {
            if (o.feedback() != null && chosen.contains(o.id())) {
                said.add(o.feedback());
            }
        }
        if (q.key() != null && answer instanceof String text) {
            q.key().answers().stream().filter(a -> a.text() != null && a.feedback() != null
                    && vn.trithuc.content.questions.Grader.accepted(q.key().comparison(), List.of(a.text()), text))
                    .findFirst().ifPresent(a -> said.add(a.feedback()));
        }
        if (q.feedback() != null) {
            said.add(q.feedback());
        }
        return said.isEmpty() ? null : String.join(" ", said);
    }

    /** Grades {@code answers} (question index from 0 → response) against {@code questions}. */
    public static Result grade(List<Question> questions, Map<Integer, Object> answers) {
        List<Item> items = new ArrayList<>();
        int correct = 0;
        int graded = 0;
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            Object answer = answers.get(i);
            if (answer == null) {
                items.add(new Item(i + 1, false, false, false, 0, q.feedback(), null));
                if (q.type().automatic()) {
                    graded++;
                }
                continue;
            }
            try {
                Grader.Grade grade = Grader.grade(q, answer);
                if (grade.graded()) {
                    graded++;
                    correct += grade.correct() ? 1 : 0;
                }
                items.add(new Item(i + 1, true, grade.graded(), grade.correct(), grade.fraction(), feedback(q, answer), null));
            } catch (Grader.InvalidResponse e) {
                graded++;
                items.add(new Item(i + 1, true, false, false, 0, q.feedback(), e.getMessage()));
            }
        }
        return new Result(items, correct, graded);
    }
}
