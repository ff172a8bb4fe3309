package vn.trithuc.content.questions.formats;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilder;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import vn.trithuc.content.questions.Question;
import vn.trithuc.content.questions.Question.Answer;
import vn.trithuc.content.questions.Question.Key;
import vn.trithuc.content.questions.Question.Option;
import vn.trithuc.content.questions.QuestionType;

/**
 * Moodle XML question files (Moodle's own export format): categories, multiple choice (one or
 * several answers, with Moodle's grade list), true/false, short answer (case sensitive or not),
 * numerical (with tolerances), matching (with distractors), essay (with the grader's notes) and
 * the ordering plugin. Text is HTML in Moodle; it is kept as plain text, images as their alt text
 * in brackets. Descriptions and types without an equivalent (calculated, cloze, drag and drop…)
 * are reported one by one. The parser refuses DTDs and external entities.
 */
public final class MoodleXml {

    /** The grades Moodle offers for an answer, in percent (and their negatives). */
    private static final double[] GRADES = {100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20,
            16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0};
    private static final Pattern IMAGE = Pattern.compile("<img[^>]*\\balt=\"([^\"]*)\"[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>|</p>\\s*<p[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private MoodleXml() {
    }

    public static ImportedQuestions read(InputStream in, String file) {
        Document document = parse(in, file);
        Element root = document.getDocumentElement();
        if (!root.getTagName().equals("quiz")) {
            throw new QuestionFileException(file, 0, "not a Moodle XML question file (the root element is <" + root.getTagName() + ">, not <quiz>)");
        }
        List<ImportedQuestions.Item> items = new ArrayList<>();
        List<ImportedQuestions.Skipped> skipped = new ArrayList<>();
        String category = null;
        int number = 0;
        for (Element q : children(root, "question")) {
            String type = q.getAttribute("type");
            if (type.equals("category")) {
                category = text(child(q, "category"));

                continue;
            }
            number++;
            Element nameText = child(child(q, "name"), "text");
            String name = nameText == null ? null : nameText.getTextContent().strip(); // names are plain text
            String label = name != null && !name.isBlank() ? name : "question " + number;
            try {
                Question question = question(type, q);
                List<String> problems = question.problems();
                if (!problems.isEmpty()) {
                    skipped.add(new ImportedQuestions.Skipped(label, number, String.join("; ", problems)));
                } else {
                    items.add(new ImportedQuestions.Item(label, category, question, number));
                }
            } catch (IllegalArgumentException e) {
                skipped.add(new ImportedQuestions.Skipped(label, number, e.getMessage()));
            }
        }
        return new ImportedQuestions(items, skipped);
    }

    private static Question question(String type, Element q) {
        String prompt = text(child(q, "questiontext"));
        String general = blankToNull(text(child(q, "generalfeedback")));
        if (prompt == null) {
            prompt = "";
        }
        switch (type) {
            case "multichoice" -> {
                boolean single = !"false".equalsIgnoreCase(value(q, "single"));
                List<Option> options = new ArrayList<>();
                Map<String, Double> weights = new LinkedHashMap<>();
                for (Element a : children(q, "answer")) {
                    String id = Character.toString('a' + options.size());
                    options.add(new Option(id, text(a), blankToNull(text(child(a, "feedback")))));
                    weights.put(id, fraction(a));
                }
                boolean plain = weights.values().stream().allMatch(w -> w == 0 || w >= 0.999) && single;
                Key key = plain ? Key.choices(weights.entrySet().stream().filter(e -> e.getValue() >= 0.999).map(Map.Entry::getKey).toList())
                        : Key.weighted(weights);
                return new Question(single ? QuestionType.SINGLE_CHOICE : QuestionType.MULTIPLE_CHOICE, prompt, options, null, key, general);
            }
            case "truefalse" -> {
                Boolean truth = null;
                for (Element a : children(q, "answer")) {
                    String t = text(a);
                    if (fraction(a) >= 0.999 && t != null) {
                        truth = t.strip().equalsIgnoreCase("true");
                    }
                }
                if (truth == null) {
                    throw new IllegalArgumentException("neither true nor false is marked 100 %");
                }
                return new Question(QuestionType.TRUE_FALSE, prompt, null, null, Key.truth(truth), general);
            }
            case "shortanswer" -> {
                Question.Comparison comparison = "1".equals(value(q, "usecase")) ? Question.Comparison.EXACT : Question.Comparison.IGNORE_CASE;
                List<Answer> answers = new ArrayList<>();
                for (Element a : children(q, "answer")) {
                    answers.add(Answer.text(text(a), fraction(a), blankToNull(text(child(a, "feedback")))));
                }
                return new Question(QuestionType.SHORT_ANSWER, prompt, null, null, Key.scored(comparison, answers), general);
            }
            case "numerical" -> {
                List<Answer> answers = new ArrayList<>();
                for (Element a : children(q, "answer")) {
                    String t = text(a);
                    if (t == null || t.strip().equals("*")) {
                        continue; // "any other answer": its feedback has no place here
                    }
                    try {
                        answers.add(Answer.number(Double.parseDouble(t.strip()), Double.parseDouble(valueOr(a, "tolerance", "0")),
                                fraction(a), blankToNull(text(child(a, "feedback")))));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("the answer \"" + t + "\" is not a number");
                    }
                }
                return new Question(QuestionType.NUMERIC, prompt, null, null, Key.scored(null, answers), general);
            }
            case "matching" -> {
                List<Option> left = new ArrayList<>();
                List<Option> right = new ArrayList<>();
                Map<String, String> rightIds = new LinkedHashMap<>();
                Map<String, String> match = new LinkedHashMap<>();
                for (Element s : children(q, "subquestion")) {
                    String l = text(s);
                    String r = text(child(s, "answer"));
                    if (r == null || r.isBlank()) {
                        continue;
                    }
                    String rid = rightIds.computeIfAbsent(r, k -> "r" + (rightIds.size() + 1));
                    if (right.stream().noneMatch(o -> o.id().equals(rid))) {
                        right.add(new Option(rid, r));
                    }
                    if (l != null && !l.isBlank()) {
                        String lid = "l" + (left.size() + 1);
                        left.add(new Option(lid, l));
                        match.put(lid, rid);
                    }
                }
                return new Question(QuestionType.MATCHING, prompt, left, right, Key.matching(match), general);
            }
            case "ordering" -> {
                List<Option> items = new ArrayList<>();
                for (Element a : children(q, "answer")) {
                    items.add(new Option("o" + (items.size() + 1), text(a)));
                }
                return new Question(QuestionType.ORDERING, prompt, items, null,
                        Key.choices(items.stream().map(Option::id).toList()), general);
            }
            case "essay" -> {
                return new Question(QuestionType.ESSAY, prompt, null, null, Key.rubric(blankToNull(text(child(q, "graderinfo")))), general);
            }
            case "description" -> throw new IllegalArgumentException("a description is not a question");
            default -> throw new IllegalArgumentException("Moodle's \"" + type + "\" questions have no equivalent here");
        }
    }

    /** An answer's share of the points; only Moodle's grade list is valid, as Moodle itself checks. */
    private static double fraction(Element answer) {
        String raw = answer.getAttribute("fraction");
        double percent;
        try {
            percent = raw.isBlank() ? 0 : Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the grade \"" + raw + "\" of an answer is not a number");
        }
        for (double grade : GRADES) {
            if (Math.abs(Math.abs(percent) - grade) < 0.0001) {
                return percent / 100;
            }
        }
        throw new IllegalArgumentException("invalid grade " + raw + " % for the answer \"" + text(answer)
                + "\" (Moodle's grades are 100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, "
                + "14.28571, 12.5, 11.11111, 10, 5 or 0 %, or their negatives)");
    }

    private static Document parse(InputStream in, String file) {
        return SafeXml.parse(in, file, false);
    }

    /** The {@code <text>} of an element, HTML made plain (images as their alt text). */
    static String text(Element element) {
        if (element == null) {
            return null;
        }
        Element text = child(element, "text");
        if (text == null) {
            return null;
        }
        String raw = text.getTextContent();
        String format = element.getAttribute("format");
        if (format.isEmpty() || format.equalsIgnoreCase("html") || format.equalsIgnoreCase("moodle_auto_format")) {
            raw = IMAGE.matcher(raw).replaceAll(m -> m.group(1).isBlank() ? "" : "[" + m.group(1) + "] ");
            raw = BREAK.matcher(raw).replaceAll("\n");
            raw = TAG.matcher(raw).replaceAll("");
            raw = raw.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                    .replace("&#39;", "'").replace("&amp;", "&");
        }
        return raw.replaceAll("[ \\t]+", " ").replaceAll(" ?\n ?", "\n").strip();
    }

    private static String value(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().strip().toLowerCase(Locale.ROOT);
    }

    private static String valueOr(Element parent, String name, String otherwise) {
        Element e = child(parent, name);
        return e == null || e.getTextContent().isBlank() ? otherwise : e.getTextContent().strip();
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
