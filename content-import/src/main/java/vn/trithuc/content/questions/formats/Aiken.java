package vn.trithuc.content.questions.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.trithuc.content.questions.Question;
import vn.trithuc.content.questions.Question.Key;
import vn.trithuc.content.questions.Question.Option;
import vn.trithuc.content.questions.QuestionType;

/**
 * Moodle's Aiken format: a question on one line, options {@code A)} or {@code A.} on the next
 * lines, then {@code ANSWER: B}. Each malformed question is reported with its line (too few
 * options, an answer line without a question, an unfinished question, an answer that is not an
 * option) and the rest imported, as Moodle does.
 */
public final class Aiken {

    private static final Pattern OPTION = Pattern.compile("^([A-Z])\\s*[.)]\\s*(.*)$");
    private static final Pattern ANSWER = Pattern.compile("^ANSWER\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);

    private Aiken() {
    }

    public static ImportedQuestions read(String text, String file) {
        List<ImportedQuestions.Item> items = new ArrayList<>();
        List<ImportedQuestions.Skipped> skipped = new ArrayList<>();
        String prompt = null;
        int start = 0;
        List<Option> options = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher answer = ANSWER.matcher(line);
            Matcher option = OPTION.matcher(line);
            if (answer.matches()) {
                String letter = answer.group(1).strip();
                if (prompt == null) {
                    skipped.add(new ImportedQuestions.Skipped(line, i + 1, "an ANSWER line without a question before it"));
                } else if (options.size() < 2) {
                    skipped.add(new ImportedQuestions.Skipped(prompt, start, "a question needs at least two options, A) and B)"));
                } else if (!letter.matches("[A-Z]") || options.stream().noneMatch(o -> o.id().equals(letter))) {
                    skipped.add(new ImportedQuestions.Skipped(prompt, start, "the answer \"" + letter + "\" is not one of the options"));
                } else {
                    items.add(new ImportedQuestions.Item(prompt.length() <= 60 ? prompt : prompt.substring(0, 57) + "…", null,
                            new Question(QuestionType.SINGLE_CHOICE, prompt, options, null, Key.choices(List.of(letter)), null), start));
                }
                prompt = null;
                options = new ArrayList<>();
            } else if (option.matches() && prompt != null) {
                options.add(new Option(option.group(1), option.group(2).strip()));
            } else if (option.matches()) {
                skipped.add(new ImportedQuestions.Skipped(line, i + 1, "an option without a question before it"));
            } else {
                if (prompt != null) {
                    skipped.add(new ImportedQuestions.Skipped(prompt, start, options.isEmpty() ? "a question without options or ANSWER line"
                            : "the question has no ANSWER line"));
                }
                prompt = line;
                start = i + 1;
                options = new ArrayList<>();
            }
        }
        if (prompt != null) {
            skipped.add(new ImportedQuestions.Skipped(prompt, start, "the question has no ANSWER line"));
        }
        return new ImportedQuestions(items, skipped);
    }
}
