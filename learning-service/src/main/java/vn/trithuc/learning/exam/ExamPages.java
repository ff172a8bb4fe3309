package vn.trithuc.learning.exam;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import vn.trithuc.content.questions.Question;
import vn.trithuc.content.questions.QuestionType;
import vn.trithuc.learning.progress.LearningPages;
import vn.trithuc.web.page.Page;
import vn.trithuc.web.problem.ProblemException;
import vn.trithuc.web.security.Caller;
import vn.trithuc.web.security.Role;

/**
 * The exam pages under {@code /learn}: the exams open to the caller, an exam with its start
 * form (access code when the sitting has one), the attempt page, the result, the essay grading
 * queue and the reports. The attempt page is a plain form that saves and submits without
 * JavaScript; {@code exam.js} adds saving as the candidate answers, an offline queue, "saved"
 * marks and the countdown.
 */
@Path("")
@Produces(MediaType.TEXT_HTML)
public class ExamPages {

    @Inject
    Exams exams;

    @Inject
    Attempts attempts;

    @Inject
    Sittings sittings;

    @Inject
    Reports reports;

    @Inject
    vn.trithuc.learning.bank.Banks banks;

    @Inject
    vn.trithuc.learning.course.CourseService courses;

    @Inject
    DeadlineJob deadlineJob;

    /** Form times are Hà Nội wall-clock times. */
    static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    Caller caller;

    @Context
    UriInfo uriInfo;

    @Context
    HttpServletRequest request;

    /** A question of the attempt for the form: the shape the question-inputs macro reads. */
    public record QuestionItem(long id, int number, String type, String prompt, List<Question.Option> options,
                               List<Question.Option> targets, List<String> parts, long seq, boolean answered, Double fraction) {
    }

    @GET
    @Path("exams")
    public Response list() {
        if (!caller.isAuthenticated()) {
            return signIn("/learn/exams");
        }
        Map<String, Object> model = new HashMap<>();
        model.put("exams", exams.available(caller));
        model.put("manager", caller.hasRole(Role.EXAM_ADMIN) || caller.hasRole(Role.INSTRUCTOR));
        model.put("reporter", caller.hasRole(Role.EXAM_ADMIN));
        return Response.ok(Page.of("exams", model)).build();
    }

    @GET
    @Path("exams/{id: [0-9]+}")
    public Response exam(@PathParam("id") long id) {
        if (!caller.isAuthenticated()) {
            return signIn("/learn/exams/" + id);
        }
        return Response.ok(Page.of("exam", examModel(id, null))).build();
    }

    @POST
    @Path("exams/{id: [0-9]+}/start")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("id") long id) {
        if (!caller.isAuthenticated()) {
            return signIn("/learn/exams/" + id);
        }
        String code = request.getParameter("accessCode");
        try {
            Attempts.Started started;
            try {
                started = attempts.start(caller, id, request.getRemoteAddr(), code);
            } catch (jakarta.persistence.PersistenceException race) {
                started = attempts.start(caller, id, request.getRemoteAddr(), code);
            }
            return Response.seeOther(local("/learn/attempts/" + started.attempt().id())).build();
        } catch (ProblemException refused) {
            if (!EXPLAINED.contains(refused.typeName())) {
                throw refused;
            }
            // the exam page again, saying why (wrong code, not in the room, no sitting now, busy…)
            return Response.status(refused.status()).entity(Page.of("exam", examModel(id, refused))).build();
        }
    }

    /** Refusals the exam page explains in the reader's language. */
    static final java.util.Set<String> EXPLAINED = java.util.Set.of("wrong-access-code", "outside-ip-range", "no-sitting-now",
            "exam-not-open", "no-attempts-left", "not-admitted", "busy", "bank-too-small");

    private Map<String, Object> examModel(long id, ProblemException refused) {
        Exam exam = exams.find(id);
        Map<String, Object> model = new HashMap<>();
        model.put("exam", exams.view(exam, caller));
        model.put("admitted", exam.admits(caller.groups()));
        model.put("attempts", attempts.mine(caller, id));
        OffsetDateTime now = OffsetDateTime.now();
        List<Sitting> all = sittings.of(id);
        Sitting current = all.stream().filter(s -> s.admitting(now)).findFirst().orElse(null);
        Sitting next = all.stream().filter(s -> s.startsAt().isAfter(now)).findFirst().orElse(null);
        model.put("hasSittings", !all.isEmpty());
        if (current != null) {
            model.put("sitting", current);
            model.put("needsCode", current.needsCode());
            model.put("admissionEnds", current.admissionEndsAt());
        }
        if (next != null) {
            model.put("nextSitting", next);
        }
        model.put("open", exam.isOpen(now) && (all.isEmpty() || current != null));
        if (refused != null) {
            model.put("refused", refused.getMessage());
            model.put("refusedType", refused.typeName());
        }
        boolean manager = caller.hasRole(Role.EXAM_ADMIN) || caller.hasRole(Role.INSTRUCTOR);
        model.put("manager", manager);
        if (manager) {
            model.put("sittings", sittings.list(caller, id));
            model.put("allAttempts", exams.attempts(caller, id));
            model.put("reporter", caller.hasRole(Role.EXAM_ADMIN));
        }
        return model;
    }

    // --- exam administration: new exam, sittings, regrade

    @GET
    @Path("exams/new")
    public Response newExam() {
        if (!caller.isAuthenticated()) {
            return signIn("/learn/exams/new");
        }
        Sittings.mayManage(caller);
        return Response.ok(Page.of("exam-new", newExamModel(Map.of(), null))).build();
    }

    private Map<String, Object> newExamModel(Map<String, String> values, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("banks", banks.list(caller));
        model.put("courses", courses.catalogue());
        model.put("values", values);
        if (error != null) {
            model.put("error", error);
        }
        return model;
    }

    /** The new-exam form: rules one a line, "category | difficulty | count | points". */
    @POST
    @Path("exams")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createExam() {
        if (!caller.isAuthenticated()) {
            return signIn("/learn/exams/new");
        }
        Map<String, String> form = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> form.put(name, values.length == 0 ? "" : values[0]));
        try {
            List<Exams.Rule> rules = new ArrayList<>();
            int line = 0;
            for (String raw : form.getOrDefault("rules", "").split("\\R")) {
                line++;
                if (raw.isBlank()) {
                    continue;
                }
                String[] parts = raw.split("\\|", -1);
                String difficulty = parts.length > 1 ? difficulty(parts[1].strip()) : null;
                rules.add(new Exams.Rule(parts[0].strip(), difficulty, parts.length > 2 ? integer(parts[2], "rules line " + line) : 1,
                        parts.length > 3 && !parts[3].isBlank() ? Double.valueOf(parts[3].strip().replace(',', '.')) : 1.0));
            }
            Exams.ExamRequest exam = new Exams.ExamRequest(form.get("title"), blankToNull(form.get("description")),
                    longOrNull(form.get("bankId")), longOrNull(form.get("courseId")), integer(form.get("timeLimitMinutes"), "timeLimitMinutes"),
                    time(form.get("opensAt")), time(form.get("closesAt")), integer(form.get("attemptLimit"), "attemptLimit"),
                    integer(form.get("passMark"), "passMark"), lines(form.get("groups")), blankToNull(form.get("review")), rules);
            Exam created = exams.create(caller, exam);
            return Response.seeOther(local("/learn/exams/" + created.id())).build();
        } catch (ProblemException refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            return Response.status(400).entity(Page.of("exam-new", newExamModel(form, refused.getMessage()))).build();
        } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
            return Response.status(400).entity(Page.of("exam-new", newExamModel(form, e.getMessage()))).build();
        }
    }

    @POST
    @Path("exams/{id: [0-9]+}/sittings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addSitting(@PathParam("id") long id) {
        if (!caller.isAuthenticated()) {
            return signIn("/learn/exams/" + id);
        }
        try {
            Sitting sitting = sittings.create(caller, id, new Sittings.SittingRequest(blankToNull(request.getParameter("title")),
                    time(request.getParameter("startsAt")), integer(request.getParameter("admissionMinutes"), "admissionMinutes"),
                    blankToNull(request.getParameter("accessCode")), lines(request.getParameter("ipRanges")),
                    integer(request.getParameter("prepare"), "prepare")));
            if (sitting.prepareTarget() > 0) {
                deadlineJob.prepareSoon();
            }
            return Response.seeOther(local("/learn/exams/" + id + "#sittings")).build();
        } catch (ProblemException refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            Map<String, Object> model = examModel(id, null);
            model.put("manageError", refused.getMessage());
            return Response.status(400).entity(Page.of("exam", model)).build();
        } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
            Map<String, Object> model = examModel(id, null);
            model.put("manageError", e.getMessage());
            return Response.status(400).entity(Page.of("exam", model)).build();
        }
    }

    @POST
    @Path("exams/{id: [0-9]+}/regrade")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response regrade(@PathParam("id") long id) {
        if (!caller.isAuthenticated()) {
            return signIn("/learn/exams/" + id);
        }
        Attempts.Regrade done = attempts.regrade(caller, id);
        Map<String, Object> model = examModel(id, null);
        model.put("regraded", done);
        return Response.ok(Page.of("exam", model)).build();
    }

    private static String difficulty(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        return switch (t) {
            case "", "-" -> null;
            case "dễ", "de", "easy" -> "EASY";
            case "trung bình", "trung binh", "vừa", "medium" -> "MEDIUM";
            case "khó", "kho", "hard" -> "HARD";
            default -> t; // Exams refuses it with the reason
        };
    }

    private static Integer integer(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new NumberFormatException(field + ": \"" + text.strip() + "\" is not a whole number");
        }
    }

    private static Long longOrNull(String text) {
        return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** A datetime-local field (Hà Nội time) as an instant with its offset. */
    private static OffsetDateTime time(String text) {
        return text == null || text.isBlank() ? null : java.time.LocalDateTime.parse(text.strip()).atZone(ZONE).toOffsetDateTime();
    }

    @GET
    @Path("attempts/{id: [0-9]+}")
    public Response attempt(@PathParam("id") long id, @QueryParam("saved") String saved) {
        if (!caller.isAuthenticated()) {
            return signIn("/learn/attempts/" + id);
        }
        Attempts.AttemptView view = attempts.get(caller, id);
        Map<String, Object> model = new HashMap<>();
        model.put("attempt", view);
        List<QuestionItem> items = new ArrayList<>();
        Map<String, List<String>> answers = new HashMap<>();
        for (Attempts.Item item : view.questions()) {
            items.add(new QuestionItem(item.id(), item.number(), item.type(), item.prompt(), item.options(), item.targets(),
                    "fill-in-blanks".equals(item.type()) ? List.of(item.prompt().split("\\{[0-9]+}", -1)) : List.of(), item.seq(),
                    item.response() != null, item.fraction()));
            answers.putAll(formValues("q" + item.id(), item));
        }
        model.put("questions", items);
        model.put("answers", answers);
        model.put("answered", items.stream().filter(QuestionItem::answered).count());
        model.put("saved", saved != null);
        return Response.ok(Page.of(view.status().equals("active") ? "attempt" : "attempt-result", model)).build();
    }

    /**
     * The attempt form sent without JavaScript ("save" or "submit"): every question whose answer
     * changed is saved with the next sequence number, then the attempt is submitted if asked.
     */
    @POST
    @Path("attempts/{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") long id) {
        if (!caller.isAuthenticated()) {
            return signIn("/learn/attempts/" + id);
        }
        Map<String, List<String>> form = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> form.put(name, List.of(values)));
        Attempts.AttemptView view = attempts.get(caller, id);
        if (view.status().equals("active")) {
            for (Attempts.Item item : view.questions()) {
                Question shape = new Question(QuestionType.of(item.type()), item.prompt(), item.options(), item.targets(), null, null);
                Object answer = LearningPages.answer(shape, "q" + item.id(), form);
                if (answer == null) {
                    continue;
                }
                JsonValue value = json(answer);
                if (!value.equals(item.response())) {
                    try {
                        attempts.save(caller, id, item.id(), value, item.seq() + 1, request.getRemoteAddr());
                    } catch (ProblemException e) {
                        if ("deadline-passed".equals(e.typeName()) || "attempt-submitted".equals(e.typeName())) {
                            break; // time is up: what was saved stands, the result page says so
                        }
                        throw e;
                    }
                }
            }
        }
        if ("submit".equals(request.getParameter("action"))) {
            attempts.submit(caller, id, request.getRemoteAddr());
            return Response.seeOther(local("/learn/attempts/" + id)).build();
        }
        return Response.seeOther(local("/learn/attempts/" + id + "?saved=1")).build();
    }

    // --- grading and reports

    /** An essay waiting for a grader, with the candidate's text. */
    public record Essay(Attempts.Pending item, String text) {
    }

    @GET
    @Path("grading")
    public Response grading(@QueryParam("examId") Long examId) {
        if (!caller.isAuthenticated()) {
            return signIn("/learn/grading");
        }
        List<Essay> essays = attempts.pending(caller, examId).stream()
                .map(p -> new Essay(p, p.response() instanceof JsonString text ? text.getString() : null)).toList();
        return Response.ok(Page.of("grading", Map.of("pending", essays))).build();
    }

    @POST
    @Path("grading/{answerId: [0-9]+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response grade(@PathParam("answerId") long answerId) {
        if (!caller.isAuthenticated()) {
            return signIn("/learn/grading");
        }
        String points = request.getParameter("points");
        Double value;
        try {
            value = points == null || points.isBlank() ? null : Double.valueOf(points.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            value = -1.0;
        }
        attempts.gradeEssay(caller, answerId, value, request.getParameter("comment"));
        return Response.seeOther(local("/learn/grading")).build();
    }

    @GET
    @Path("reports")
    public Response reportsOverview() {
        if (!caller.isAuthenticated()) {
            return signIn("/learn/reports");
        }
        return Response.ok(Page.of("reports", Map.of("exams", reports.summary(caller)))).build();
    }

    @GET
    @Path("reports/exams/{id: [0-9]+}")
    public Response report(@PathParam("id") long id, @QueryParam("groupBy") String groupBy, @QueryParam("period") String period) {
        if (!caller.isAuthenticated()) {
            return signIn("/learn/reports/exams/" + id);
        }
        Map<String, Object> model = new HashMap<>();
        Reports.PassRates rates = reports.passRates(caller, id, groupBy);
        Reports.OverTime over = reports.overTime(caller, id, period);
        model.put("rates", rates);
        model.put("over", over);
        model.put("items", reports.items(caller, id));
        model.put("maxPeriodAttempts", over.periods().stream().mapToInt(Reports.PeriodRate::attempts).max().orElse(1));
        return Response.ok(Page.of("report", model)).build();
    }

    // --- conversions between saved responses and form fields

    /** The form fields showing a saved response (the inverse of {@link LearningPages#answer}). */
    static Map<String, List<String>> formValues(String name, Attempts.Item item) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        JsonValue r = item.response();
        if (r == null) {
            return values;
        }
        switch (item.type()) {
            case "matching" -> {
                if (r instanceof JsonObject object) {
                    object.forEach((left, target) -> values.put(name + "." + left, List.of(text(target))));
                }
            }
            case "ordering" -> {
                if (r.getValueType() == JsonValue.ValueType.ARRAY) {
                    var order = r.asJsonArray();
                    for (int i = 0; i < order.size(); i++) {
                        values.put(name + "." + text(order.get(i)), List.of(String.valueOf(i + 1)));
                    }
                }
            }
            case "fill-in-blanks" -> {
                if (r.getValueType() == JsonValue.ValueType.ARRAY) {
                    var gaps = r.asJsonArray();
                    for (int i = 0; i < gaps.size(); i++) {
                        values.put(name + ".g" + (i + 1), List.of(text(gaps.get(i))));
                    }
                }
            }
            default -> {
                if (r.getValueType() == JsonValue.ValueType.ARRAY) {
                    values.put(name, r.asJsonArray().stream().map(ExamPages::text).toList());
                } else {
                    values.put(name, List.of(text(r)));
                }
            }
        }
        return values;
    }

    /** An answer read from the form as JSON: text, true/false, a list, or pairs. */
    static JsonValue json(Object answer) {
        if (answer instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (answer instanceof List<?> list) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            list.forEach(v -> array.add(String.valueOf(v)));
            return array.build();
        }
        if (answer instanceof Map<?, ?> map) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            map.forEach((k, v) -> object.add(String.valueOf(k), String.valueOf(v)));
            return object.build();
        }
        return Json.createValue(String.valueOf(answer));
    }

    private static String text(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case TRUE -> "true";
            case FALSE -> "false";
            case NULL -> "";
            default -> value.toString();
        };
    }

    private Response signIn(String to) {
        return Response.seeOther(local("/learn/signin?to=" + URLEncoder.encode(to, StandardCharsets.UTF_8))).build();
    }

    private URI local(String path) {
        return uriInfo.getBaseUri().resolve(path);
    }
}
