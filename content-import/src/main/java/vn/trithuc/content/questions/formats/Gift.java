package vn.trithuc.content.questions.formats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.trithuc.content.questions.Question;
import vn.trithuc.content.questions.Question.Answer;
import vn.trithuc.content.questions.Question.Key;
import vn.trithuc.content.questions.Question.Option;
import vn.trithuc.content.questions.QuestionType;

/**
 * Moodle's GIFT format, read and written. Reading follows Moodle's importer: questions are
 * separated by blank lines, {@code //} lines are comments, {@code $CATEGORY:} switches category,
 * {@code ::name::} names a question, {@code [html]}/{@code [markdown]}… give the text format, and
 * the answer block in braces decides the type: {@code {}} essay, {@code {T}} true/false,
 * {@code {#…}} numeric, {@code =a -> b} matching, only {@code =} answers short answer, otherwise
 * choice (several options with partial credit make it multiple choice). Text after the answer
 * block makes a "missing word" question (the gap shown as {@code _____}). Backslash escapes
 * {@code \~ \= \# \{ \} \: \\} and {@code \n}.
 */
public final class Gift {

    private static final Pattern NAME = Pattern.compile("^::(.*?)::", Pattern.DOTALL);
    private static final Pattern FORMAT = Pattern.compile("^\\[(html|moodle|plain|markdown)]", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEIGHT = Pattern.compile("^%(-?[0-9]+(?:\\.[0-9]+)?)%");
    private static final Pattern TRUE_FALSE = Pattern.compile("^(T|F|TRUE|FALSE)(?=$|#|\\s)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    public static final String GAP = "_____";

    private Gift() {
    }

    public static ImportedQuestions read(String text, String file) {
        List<ImportedQuestions.Item> items = new ArrayList<>();
        List<ImportedQuestions.Skipped> skipped = new ArrayList<>();
        String category = null;
        StringBuilder block = new StringBuilder();
        int blockLine = 0;
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            String trimmed = line.strip();
            if (trimmed.startsWith("//")) {
                continue;
            }
            if (trimmed.isEmpty() && !open(block)) {
                if (!block.toString().isBlank()) {
                    String q = block.toString().strip();
                    if (q.startsWith("$CATEGORY:")) {
                        category = q.substring("$CATEGORY:".length()).strip();
                    } else {
                        question(q, category, file, blockLine, items, skipped);
                    }
                }
                block.setLength(0);
                continue;
            }
            if (block.length() == 0) {
                blockLine = i + 1;
                if (trimmed.startsWith("$CATEGORY:")) {
                    category = trimmed.substring("$CATEGORY:".length()).strip();
                    continue;
                }
            }
            block.append(line).append('\n');
        }
        if (open(block)) {
            throw new QuestionFileException(file, blockLine, "an answer block opened with { is never closed");
        }
        return new ImportedQuestions(items, skipped);
    }

    /** True while an unescaped { has no matching }: blank lines inside an answer block do not end the question. */
    private static boolean open(CharSequence text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
        return depth > 0;
    }

    private static void question(String source, String category, String file, int line, List<ImportedQuestions.Item> items,
                                 List<ImportedQuestions.Skipped> skipped) {
        String rest = source;
        String name = null;
        Matcher named = NAME.matcher(rest);
        if (named.find()) {
            name = unescape(named.group(1)).strip();
            rest = rest.substring(named.end()).strip();
        }
        boolean html = false;
        Matcher format = FORMAT.matcher(rest);
        if (format.find()) {
            html = format.group(1).equalsIgnoreCase("html") || format.group(1).equalsIgnoreCase("moodle");
            rest = rest.substring(format.end());
        }
        int open = indexOfUnescaped(rest, '{', 0);
        String label = name != null ? name : firstWords(rest);
        if (open < 0) {
            skipped.add(new ImportedQuestions.Skipped(label, line, "a description without an answer block is not a question"));
            return;
        }
        int close = indexOfUnescaped(rest, '}', open + 1);
        if (close < 0) {
            throw new QuestionFileException(file, line, "the answer block of \"" + label + "\" is never closed");
        }
        String before = text(rest.substring(0, open), html);
        String after = text(rest.substring(close + 1), html);
        String answers = rest.substring(open + 1, close).strip();
        boolean missingWord = !after.isBlank() && !after.strip().matches("[.,;:!?\"”’)]*");
        String prompt = missingWord ? (before.strip() + " " + GAP + " " + after.strip()).strip() : (before + after).strip();
        if (name == null) {
            name = firstWords(prompt);
        }
        try {
            Question question = parse(prompt, answers);
            List<String> problems = question.problems();
            if (!problems.isEmpty()) {
                skipped.add(new ImportedQuestions.Skipped(name, line, String.join("; ", problems)));
                return;
            }
            items.add(new ImportedQuestions.Item(name, category, question, line));
        } catch (IllegalArgumentException e) {
            skipped.add(new ImportedQuestions.Skipped(name, line, e.getMessage()));
        }
    }

    private static Question parse(String prompt, String block) {
        if (block.isEmpty()) {
            return new Question(QuestionType.ESSAY, prompt, null, null, Key.rubric(null), null);
        }
        if (block.startsWith("#")) {
            return numeric(prompt, block.substring(1).strip());
        }
        Matcher tf = TRUE_FALSE.matcher(block);
        if (tf.find()) {
            List<String> parts = splitUnescaped(block.substring(tf.end()), '#');
            boolean truth = tf.group(1).toUpperCase(Locale.ROOT).startsWith("T");
            String general = feedbackAfter(block, "####");
            String feedback = general != null ? general : parts.size() > 1 ? unescape(parts.get(1)).strip() : null;
            return new Question(QuestionType.TRUE_FALSE, prompt, null, null, Key.truth(truth), blankToNull(feedback));
        }
        List<Raw> raws = answers(block);
        if (raws.isEmpty()) {
            throw new IllegalArgumentException("the answer block has no answers");
        }
        if (raws.stream().anyMatch(r -> r.text.contains("->"))) {
            return matching(prompt, raws);
        }
        if (raws.stream().allMatch(r -> r.right)) {
            List<Answer> scored = new ArrayList<>();
            for (Raw r : raws) {
                scored.add(Answer.text(r.text, r.weight == null ? 1 : r.weight, r.feedback));
            }
            boolean plain = scored.stream().allMatch(a -> a.fraction() >= 0.999 && a.feedback() == null);
            Key key = plain ? Key.answers(Question.Comparison.IGNORE_CASE, scored.stream().map(Answer::text).toList())
                    : Key.scored(Question.Comparison.IGNORE_CASE, scored);
            return new Question(QuestionType.SHORT_ANSWER, prompt, null, null, key, null);
        }
        List<Option> options = new ArrayList<>();
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int i = 0; i < raws.size(); i++) {
            Raw r = raws.get(i);
            String id = Character.toString('a' + i);
            options.add(new Option(id, r.text, r.feedback));
            weights.put(id, r.weight != null ? r.weight : r.right ? 1.0 : 0.0);
        }
        boolean single = weights.values().stream().anyMatch(w -> w >= 0.999);
        boolean partial = weights.values().stream().anyMatch(w -> w != 0 && w < 0.999);
        Key key = single && !partial ? Key.choices(weights.entrySet().stream().filter(e -> e.getValue() >= 0.999)
                .map(Map.Entry::getKey).toList()) : Key.weighted(weights);
        return new Question(single ? QuestionType.SINGLE_CHOICE : QuestionType.MULTIPLE_CHOICE, prompt, options, null, key, null);
    }

    private static Question matching(String prompt, List<Raw> raws) {
        List<Option> left = new ArrayList<>();
        List<Option> right = new ArrayList<>();
        Map<String, String> match = new LinkedHashMap<>();
        Map<String, String> rightIds = new LinkedHashMap<>();
        for (Raw r : raws) {
            int arrow = r.text.indexOf("->");
            String l = r.text.substring(0, arrow).strip();
            String t = r.text.substring(arrow + 2).strip();
            String rid = rightIds.computeIfAbsent(t, k -> "r" + (rightIds.size() + 1));
            if (right.stream().noneMatch(o -> o.id().equals(rid))) {
                right.add(new Option(rid, t));
            }
            if (!l.isEmpty()) {
                String lid = "l" + (left.size() + 1);
                left.add(new Option(lid, l));
                match.put(lid, rid);
            }
        }
        return new Question(QuestionType.MATCHING, prompt, left, right, Key.matching(match), null);
    }

    private static Question numeric(String prompt, String block) {
        List<Answer> answers = new ArrayList<>();
        String body = block;
        int wrong = indexOfUnescaped(body, '~', 0);
        if (wrong >= 0) {
            body = body.substring(0, wrong); // "~#feedback" for any other answer: not kept
        }
        if (body.startsWith("=") || indexOfUnescaped(body, '=', 0) >= 0) {
            for (Raw r : answers(body)) {
                answers.add(number(r.text, r.weight == null ? 1 : r.weight, r.feedback));
            }
        } else {
            List<String> parts = splitUnescaped(body, '#');
            answers.add(number(parts.get(0).strip(), 1, parts.size() > 1 ? blankToNull(unescape(parts.get(1)).strip()) : null));
        }
        if (answers.size() == 1 && answers.get(0).fraction() >= 0.999 && answers.get(0).feedback() == null) {
            Answer a = answers.get(0);
            return new Question(QuestionType.NUMERIC, prompt, null, null, Key.number(a.number(), a.tolerance()), null);
        }
        return new Question(QuestionType.NUMERIC, prompt, null, null, Key.scored(null, answers), null);
    }

    private static Answer number(String text, double fraction, String feedback) {
        String t = unescape(text).strip();
        try {
            int range = t.indexOf("..");
            if (range > 0) {
                double min = Double.parseDouble(t.substring(0, range).strip());
                double max = Double.parseDouble(t.substring(range + 2).strip());
                return Answer.number((min + max) / 2, Math.abs(max - min) / 2, fraction, feedback);
            }
            int colon = t.indexOf(':');
            double value = Double.parseDouble((colon < 0 ? t : t.substring(0, colon)).strip());
            double tolerance = colon < 0 ? 0 : Double.parseDouble(t.substring(colon + 1).strip());
            return Answer.number(value, tolerance, fraction, feedback);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + t + "\" is not a number, a number:tolerance or a min..max range");
        }
    }

    /** One answer as written: right (=) or not (~), its weight, text and feedback. */
    private record Raw(boolean right, Double weight, String text, String feedback) {
    }

    /** The answers of a block: each starts at an unescaped = or ~. */
    private static List<Raw> answers(String block) {
        List<Raw> answers = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < block.length(); i++) {
            char c = block.charAt(i);
            if (c == '\\') {
                i++;
            } else if ((c == '=' || c == '~') && !(c == '=' && i + 1 < block.length() && block.charAt(i + 1) == '>')) {
                starts.add(i);
            }
        }
        for (int s = 0; s < starts.size(); s++) {
            int from = starts.get(s);
            int to = s + 1 < starts.size() ? starts.get(s + 1) : block.length();
            boolean right = block.charAt(from) == '=';
            String body = block.substring(from + 1, to).strip();
            Double weight = null;
            Matcher w = WEIGHT.matcher(body);
            if (w.find()) {
                weight = Double.parseDouble(w.group(1)) / 100.0;
                body = body.substring(w.end());
            }
            List<String> parts = splitUnescaped(body, '#');
            String text = tidy(unescape(FORMAT.matcher(parts.get(0).strip()).replaceFirst("")));
            String feedback = parts.size() > 1 ? blankToNull(tidy(unescape(FORMAT.matcher(parts.get(1).strip()).replaceFirst("")))) : null;
            answers.add(new Raw(right, weight, text, feedback));
        }
        return answers;
    }

    private static String feedbackAfter(String block, String marker) {
        int at = block.indexOf(marker);
        return at < 0 ? null : blankToNull(unescape(block.substring(at + marker.length())).strip());
    }

    /** Spaces and tabs collapsed and each line trimmed (GIFT continuation lines are indented for reading). */
    static String tidy(String s) {
        StringBuilder out = new StringBuilder();
        for (String line : s.split("\n", -1)) {
            out.append(out.length() == 0 ? "" : "\n").append(line.replaceAll("[ \\t]+", " ").strip());
        }
        return out.toString().replaceAll("\n{2,}", "\n").strip();
    }

    private static String text(String raw, boolean html) {
        String t = unescape(raw);
        return tidy(html ? TAG.matcher(t.replace("<br />", "\n").replace("<br>", "\n")).replaceAll("").replace("&nbsp;", " ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") : t);
    }

    private static int indexOfUnescaped(String s, char wanted, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> splitUnescaped(String s, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == separator) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            if ("~=#{}:\\".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\n' ? "\\n" : String.valueOf(c));
        }
        return out.toString();
    }

    private static String firstWords(String text) {
        String t = TAG.matcher(text).replaceAll("").strip().replaceAll("\\s+", " ");
        return t.length() <= 60 ? t : t.substring(0, 57) + "…";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    // --- writing

    /** Whether GIFT can carry a question (ordering and fill-in-the-blanks questions have no GIFT form). */
    public static boolean writable(Question question) {
        return question.type() != QuestionType.ORDERING && question.type() != QuestionType.FILL_IN_BLANKS;
    }

    /**
     * The questions as GIFT, one block each, under {@code $CATEGORY:} lines when the category
     * changes; those GIFT cannot carry are left out and listed in {@code notWritten}.
     */
    public static String write(List<ImportedQuestions.Item> items, List<ImportedQuestions.Skipped> notWritten) {
        StringBuilder out = new StringBuilder();
        String category = null;
        for (ImportedQuestions.Item item : items) {
            if (!writable(item.question())) {
                notWritten.add(new ImportedQuestions.Skipped(item.name(), item.line(),
                        item.question().type().key() + " questions have no GIFT form (use QTI)"));
                continue;
            }
            if (item.category() != null && !item.category().equals(category)) {
                category = item.category();
                out.append("$CATEGORY: ").append(category).append("\n\n");
            }
            Question q = item.question();
            if (item.name() != null) {
                out.append("::").append(escape(item.name())).append("::");
            }
            String prompt = q.prompt();
            int gap = q.type() == QuestionType.SHORT_ANSWER ? prompt.indexOf(GAP) : -1;
            out.append(escape(gap >= 0 ? prompt.substring(0, gap).stripTrailing() : prompt)).append(' ');
            out.append(block(q));
            if (gap >= 0) {
                out.append(' ').append(escape(prompt.substring(gap + GAP.length()).stripLeading()));
            }
            out.append("\n\n");
        }
        return out.toString();
    }

    private static String block(Question q) {
        Key k = q.key();
        StringBuilder b = new StringBuilder("{");
        switch (q.type()) {
            case ESSAY -> { }
            case TRUE_FALSE -> b.append(Boolean.TRUE.equals(k.truth()) ? "TRUE" : "FALSE")
                    .append(q.feedback() == null ? "" : "####" + escape(q.feedback()));
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                int correct = k.correct().size();
                for (Option o : q.options()) {
                    double w = k.weight(o.id(), correct);
                    boolean full = q.type() == QuestionType.SINGLE_CHOICE && w >= 0.999;
                    b.append("\n  ").append(full ? "=" : "~");
                    if (!full && w != 0) {
                        b.append('%').append(percent(w)).append('%');
                    }
                    b.append(escape(o.text()));
                    if (o.feedback() != null) {
                        b.append(" #").append(escape(o.feedback()));
                    }
                }
                b.append('\n');
            }
            case SHORT_ANSWER -> {
                if (!k.accepted().isEmpty()) {
                    k.accepted().get(0).forEach(a -> b.append("\n  =").append(escape(a)));
                }
                for (Answer a : k.answers()) {
                    b.append("\n  =");
                    if (a.fraction() < 0.999) {
                        b.append('%').append(percent(a.fraction())).append('%');
                    }
                    b.append(escape(a.text()));
                    if (a.feedback() != null) {
                        b.append(" #").append(escape(a.feedback()));
                    }
                }
                b.append('\n');
            }
            case NUMERIC -> {
                b.append('#');
                if (k.number() != null) {
                    b.append(number(k.number())).append(':').append(number(k.tolerance() == null ? 0 : k.tolerance()));
                }
                for (Answer a : k.answers()) {
                    b.append("\n  =");
                    if (a.fraction() < 0.999) {
                        b.append('%').append(percent(a.fraction())).append('%');
                    }
                    b.append(number(a.number())).append(':').append(number(a.tolerance()));
                    if (a.feedback() != null) {
                        b.append(" #").append(escape(a.feedback()));
                    }
                }
                if (!k.answers().isEmpty()) {
                    b.append('\n');
                }
            }
            case MATCHING -> {
                Map<String, String> rightText = new LinkedHashMap<>();
                q.targets().forEach(t -> rightText.put(t.id(), t.text()));
                for (Option left : q.options()) {
                    b.append("\n  =").append(escape(left.text())).append(" -> ").append(escape(rightText.get(k.match().get(left.id()))));
                }
                for (Option t : q.targets()) {
                    if (!k.match().containsValue(t.id())) {
                        b.append("\n  = -> ").append(escape(t.text()));
                    }
                }
                b.append('\n');
            }
            default -> throw new IllegalArgumentException(q.type().key() + " questions have no GIFT form");
        }
        return b.append('}').toString();
    }

    private static String percent(double w) {
        double p = w * 100;
        return p == Math.rint(p) ? Long.toString(Math.round(p)) : String.format(Locale.ROOT, "%.5f", p).replaceAll("0+$", "");
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
