package vn.trithuc.learning.quiz;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import vn.trithuc.content.questions.Question;
import vn.trithuc.content.questions.QuestionType;
import vn.trithuc.web.problem.ProblemException;

/**
 * Questions as JSON: {@code {type: "single-choice", prompt, options: [{id, text}], targets,
 * key: {correct, truth, accepted, match, number, tolerance, comparison, rubric}, feedback}}.
 * Reading checks every question ({@link Question#problems()}) and refuses the lot with the
 * problems by position; writing leaves the key out for candidates.
 */
public final class QuestionJson {

    /** At most this many questions in one quiz. */
    public static final int MAX_QUESTIONS = 50;

    private QuestionJson() {
    }

    public static List<Question> read(JsonArray array) {
        if (array.size() > MAX_QUESTIONS) {
            throw new ProblemException("invalid-quiz", 400, "Too many questions", "A quiz has at most " + MAX_QUESTIONS + " questions.");
        }
        List<Question> questions = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            try {
                Question question = question(array.getJsonObject(i));
                question.problems().forEach(p -> problems.add(label(questions.size()) + ": " + p));
                questions.add(question);
            } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
                problems.add(label(i) + ": " + (e.getMessage() == null ? "not a question object" : e.getMessage()));
                questions.add(null);
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException("invalid-quiz", 400, "Invalid questions", String.join("; ", problems));
        }
        return questions;
    }

    /** Questions stored as text (a lesson's quiz column); empty for none. */
    public static List<Question> read(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        try (JsonReader reader = Json.createReader(new StringReader(stored))) {
            return read(reader.readArray());
        }
    }

    public static JsonArray write(List<Question> questions, boolean withKey) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Question q : questions) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("type", q.type().key()).add("prompt", q.prompt());
            o.add("options", options(q.options(), withKey));
            if (!q.targets().isEmpty()) {
                o.add("targets", options(q.targets(), withKey));
            }
            if (q.type() == QuestionType.FILL_IN_BLANKS) {
                o.add("gaps", q.gaps());
            }
            if (withKey && q.key() != null) {
                Question.Key k = q.key();
                JsonObjectBuilder key = Json.createObjectBuilder();
                if (!k.correct().isEmpty()) {
                    key.add("correct", Json.createArrayBuilder(k.correct()));
                }
                if (k.truth() != null) {
                    key.add("truth", k.truth());
                }
                if (!k.accepted().isEmpty()) {
                    JsonArrayBuilder accepted = Json.createArrayBuilder();
                    k.accepted().forEach(list -> accepted.add(Json.createArrayBuilder(list)));
                    key.add("accepted", accepted);
                }
                if (!k.match().isEmpty()) {
                    JsonObjectBuilder match = Json.createObjectBuilder();
                    k.match().forEach(match::add);
                    key.add("match", match);
                }
                if (k.number() != null) {
                    key.add("number", k.number());
                }
                if (k.tolerance() != null) {
                    key.add("tolerance", k.tolerance());
                }
                key.add("comparison", k.comparison().name().toLowerCase().replace('_', '-'));
                if (k.rubric() != null) {
                    key.add("rubric", k.rubric());
                }
                if (!k.weights().isEmpty()) {
                    JsonObjectBuilder weights = Json.createObjectBuilder();
                    k.weights().forEach(weights::add);
                    key.add("weights", weights);
                }
                if (!k.answers().isEmpty()) {
                    JsonArrayBuilder scored = Json.createArrayBuilder();
                    for (Question.Answer a : k.answers()) {
                        JsonObjectBuilder answer = Json.createObjectBuilder().add("fraction", a.fraction());
                        if (a.text() != null) {
                            answer.add("text", a.text());
                        }
                        if (a.number() != null) {
                            answer.add("number", a.number()).add("tolerance", a.tolerance() == null ? 0 : a.tolerance());
                        }
                        if (a.feedback() != null) {
                            answer.add("feedback", a.feedback());
                        }
                        scored.add(answer);
                    }
                    key.add("answers", scored);
                }
                o.add("key", key);
                if (q.feedback() != null) {
                    o.add("feedback", q.feedback());
                }
            }
            array.add(o);
        }
        return array.build();
    }

    /** A response as JSON gives it, as Java values: text, true/false, number, list, object. */
    public static Object value(JsonValue value) {
        if (value == null) {
            return null;
        }
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).doubleValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case ARRAY -> value.asJsonArray().stream().map(QuestionJson::value).toList();
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                value.asJsonObject().forEach((k, v) -> map.put(k, value(v)));
                yield map;
            }
            case NULL -> null;
        };
    }

    private static Question question(JsonObject o) {
        QuestionType type = QuestionType.of(o.getString("type", null));
        if (type == null) {
            throw new IllegalArgumentException("unknown type \"" + o.getString("type", "") + "\"");
        }
        JsonObject k = o.getJsonObject("key");
        Question.Key key = null;
        if (k != null) {
            List<List<String>> accepted = new ArrayList<>();
            if (k.containsKey("accepted")) {
                for (JsonValue v : k.getJsonArray("accepted")) {
                    accepted.add(v.getValueType() == JsonValue.ValueType.ARRAY ? strings(v.asJsonArray())
                            : List.of(((JsonString) v).getString()));
                }
            }
            // a short answer may list its answers flat: ["Hà Nội", "Ha Noi"]
            if (type == QuestionType.SHORT_ANSWER && accepted.size() > 1 && accepted.stream().allMatch(l -> l.size() == 1)) {
                accepted = List.of(accepted.stream().map(l -> l.get(0)).toList());
            }
            Map<String, String> match = new LinkedHashMap<>();
            if (k.containsKey("match")) {
                k.getJsonObject("match").forEach((left, right) -> match.put(left, ((JsonString) right).getString()));
            }
            Map<String, Double> weights = new LinkedHashMap<>();
            if (k.containsKey("weights")) {
                k.getJsonObject("weights").forEach((id, w) -> weights.put(id, ((JsonNumber) w).doubleValue()));
            }
            List<Question.Answer> scored = new ArrayList<>();
            if (k.containsKey("answers")) {
                for (JsonValue v : k.getJsonArray("answers")) {
                    JsonObject a = v.asJsonObject();
                    scored.add(new Question.Answer(a.getString("text", null),
                            a.containsKey("number") ? Double.valueOf(a.getJsonNumber("number").doubleValue()) : null,
                            a.containsKey("number") ? Double.valueOf(a.containsKey("tolerance") ? a.getJsonNumber("tolerance").doubleValue() : 0) : null,
                            a.containsKey("fraction") ? a.getJsonNumber("fraction").doubleValue() : 1, a.getString("feedback", null)));
                }
            }
            List<String> correct = k.containsKey("correct") ? strings(k.getJsonArray("correct")) : null;
            if (correct == null && !weights.isEmpty()) {
                correct = weights.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).sorted().toList();
            }
            key = new Question.Key(correct,
                    k.containsKey("truth") ? k.getBoolean("truth") : null, accepted, match,
                    k.containsKey("number") ? Double.valueOf(k.getJsonNumber("number").doubleValue()) : null,
                    k.containsKey("tolerance") ? Double.valueOf(k.getJsonNumber("tolerance").doubleValue())
                            : type == QuestionType.NUMERIC ? Double.valueOf(0) : null,
                    comparison(k.getString("comparison", null)), k.getString("rubric", null), weights, scored);
        }
        return new Question(type, o.getString("prompt"), optionList(o.getJsonArray("options")), optionList(o.getJsonArray("targets")),
                key, o.getString("feedback", null));
    }

    private static Question.Comparison comparison(String value) {
        if (value == null) {
            return null;
        }
        return Question.Comparison.valueOf(value.strip().toUpperCase().replace('-', '_'));
    }

    private static List<Question.Option> optionList(JsonArray array) {
        if (array == null) {
            return List.of();
        }
        List<Question.Option> options = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonValue v = array.get(i);
            if (v.getValueType() == JsonValue.ValueType.STRING) {
                options.add(new Question.Option(String.valueOf((char) ('a' + i)), ((JsonString) v).getString()));
            } else {
                JsonObject option = v.asJsonObject();
                options.add(new Question.Option(option.getString("id"), option.getString("text"), option.getString("feedback", null)));
            }
        }
        return options;
    }

    /** Options; their feedback only with the key (it tells which are right). */
    private static JsonArrayBuilder options(List<Question.Option> options, boolean withFeedback) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Question.Option o : options) {
            JsonObjectBuilder option = Json.createObjectBuilder().add("id", o.id()).add("text", o.text());
            if (withFeedback && o.feedback() != null) {
                option.add("feedback", o.feedback());
            }
            array.add(option);
        }
        return array;
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static String label(int index) {
        return "question " + (index + 1);
    }
}
