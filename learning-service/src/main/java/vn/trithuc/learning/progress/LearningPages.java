package vn.trithuc.learning.progress;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.trithuc.content.questions.Question;
import vn.trithuc.learning.certificate.CertificateResource;
import vn.trithuc.learning.certificate.Certificates;
import vn.trithuc.learning.course.Course;
import vn.trithuc.learning.course.CourseService;
import vn.trithuc.web.page.Page;
import vn.trithuc.web.qr.QrCodes;
import vn.trithuc.web.security.Caller;

/**
 * The learners' pages under {@code /learn}: catalogue, course, lesson (readable on a phone, with
 * previous and next), "my learning" with recommendations, and the public certificate
 * verification. Forms post back here and redirect (no JavaScript needed).
 */
@Path("")
@Produces(MediaType.TEXT_HTML)
public class LearningPages {

    @Inject
    CourseService courses;

    @Inject
    Learning learning;

    @Inject
    Recommendations recommendations;

    @Inject
    Certificates certificates;

    @Inject
    vn.trithuc.learning.course.LessonFiles lessonFiles;

    @Inject
    Caller caller;

    @Context
    jakarta.ws.rs.core.UriInfo uriInfo;

    @Context
    HttpServletRequest request;

    @GET
    public Response root() {
        return Response.seeOther(local("/learn/courses")).build();
    }

    @GET
    @Path("courses")
    public Page catalogue(@QueryParam("audience") String audience, @QueryParam("topic") String topic,
                          @QueryParam("level") String level, @QueryParam("q") String q) {
        CourseService.Filter filter = new CourseService.Filter(audience, topic, level, null, q);
        Map<String, Object> model = new HashMap<>();
        model.put("courses", courses.catalogue(filter));
        model.put("filter", Map.of("audience", value(audience), "topic", value(topic), "level", value(level), "q", value(q)));
        model.put("facets", courses.facets());
        model.put("audiences", List.of("citizen", "civil-servant", "student", "farmer"));
        return Page.of("catalogue", model);
    }

    @GET
    @Path("courses/{id: [0-9]+}")
    public Page course(@PathParam("id") long id) {
        Map<String, Object> model = new HashMap<>();
        Course course = courses.visible(id, caller);
        model.put("course", courses.view(id, caller));
        model.put("editable", CourseService.mayEdit(course, caller));
        Progress progress = caller.isAuthenticated()
                ? learning.mine(caller).stream().filter(p -> p.courseId() == id).findFirst().orElse(null) : null;
        if (progress != null) {
            model.put("progress", progress);
        }
        return Page.of("course", model);
    }

    @POST
    @Path("courses/{id: [0-9]+}/enrol")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enrol(@PathParam("id") long id, @FormParam("runId") Long runId) {
        if (!caller.isAuthenticated()) {
            return signIn("/learn/courses/" + id);
        }
        Progress progress = learning.enrol(caller, id, runId).progress();
        return Response.seeOther(local(progress.resumeLessonId() == null ? "/learn/courses/" + id
                : "/learn/lessons/" + progress.resumeLessonId())).build();
    }

    @POST
    @Path("courses/{id: [0-9]+}/recertify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recertify(@PathParam("id") long id) {
        if (!caller.isAuthenticated()) {
            return signIn("/learn/courses/" + id);
        }
        Progress progress = learning.recertify(caller, id);
        return Response.seeOther(local(progress.resumeLessonId() == null ? "/learn/courses/" + id
                : "/learn/lessons/" + progress.resumeLessonId())).build();
    }

    @GET
    @Path("lessons/{id: [0-9]+}")
    public Response lesson(@PathParam("id") long id) {
        if (!caller.isAuthenticated()) {
            return signIn("/learn/lessons/" + id);
        }
        return Response.ok(Page.of("lesson", lessonModel(id, null, Map.of()))).build();
    }

    /** A practice quiz sent from the lesson page: the same page, with each answer explained. */
    @POST
    @Path("lessons/{id: [0-9]+}/quiz")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response practise(@PathParam("id") long id) {
        if (!caller.isAuthenticated()) {
            return signIn("/learn/lessons/" + id);
        }
        // the servlet's parameters: the form body was already read for the CSRF check
        Map<String, List<String>> form = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> form.put(name, List.of(values)));
        List<Question> quiz = learning.quiz(id);
        Map<Integer, Object> answers = new HashMap<>();
        for (int i = 0; i < quiz.size(); i++) {
            Object answer = answer(quiz.get(i), "q" + (i + 1), form);
            if (answer != null) {
                answers.put(i, answer);
            }
        }
        return Response.ok(Page.of("lesson", lessonModel(id, learning.practise(caller, id, answers), form))).build();
    }

    /** One practice question for the page: fill-in-the-blanks prompts come cut at their gaps. */
    public record QuizItem(int number, String type, String prompt, List<Question.Option> options, List<Question.Option> targets,
                           List<String> parts) {
    }

    private Map<String, Object> lessonModel(long id, vn.trithuc.learning.quiz.Practice.Result result, Map<String, List<String>> form) {
        Map<String, Object> model = new HashMap<>();
        model.put("lesson", learning.lesson(caller, id));
        List<QuizItem> items = new java.util.ArrayList<>();
        List<Question> quiz = learning.quiz(id);
        for (int i = 0; i < quiz.size(); i++) {
            Question q = quiz.get(i);
            items.add(new QuizItem(i + 1, q.type().key(), q.prompt(), q.options(), q.targets(),
                    q.type() == vn.trithuc.content.questions.QuestionType.FILL_IN_BLANKS
                            ? List.of(q.prompt().split("\\{[0-9]+}", -1)) : List.of()));
        }
        model.put("quiz", items);
        model.put("files", lessonFiles.list(id));
        model.put("answers", form);
        if (result != null) {
            model.put("result", result);
        }
        return model;
    }

    /** A question's answer from the form, as the grader takes it; {@code null} when left blank. */
    public static Object answer(Question q, String name, Map<String, List<String>> form) {
        List<String> values = form.getOrDefault(name, List.of());
        String first = values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
        switch (q.type()) {
            case MULTIPLE_CHOICE:
                return values.isEmpty() ? null : values;
            case TRUE_FALSE:
                return first == null ? null : Boolean.valueOf(first);
            case MATCHING: {
                Map<String, String> pairs = new java.util.LinkedHashMap<>();
                for (Question.Option left : q.options()) {
                    List<String> v = form.getOrDefault(name + "." + left.id(), List.of());
                    if (!v.isEmpty() && !v.get(0).isBlank()) {
                        pairs.put(left.id(), v.get(0));
                    }
                }
                return pairs.isEmpty() ? null : pairs;
            }
            case ORDERING: {
                List<Question.Option> items = new java.util.ArrayList<>(q.options());
                Map<String, Integer> position = new HashMap<>();
                for (Question.Option item : items) {
                    List<String> v = form.getOrDefault(name + "." + item.id(), List.of());
                    if (v.isEmpty() || !v.get(0).matches("[0-9]{1,3}")) {
                        return null;
                    }
                    position.put(item.id(), Integer.parseInt(v.get(0)));
                }
                items.sort(java.util.Comparator.comparing(o -> position.get(o.id())));
                return items.stream().map(Question.Option::id).toList();
            }
            case FILL_IN_BLANKS: {
                List<String> gaps = new java.util.ArrayList<>();
                boolean any = false;
                for (int g = 1; g <= q.gaps(); g++) {
                    List<String> v = form.getOrDefault(name + ".g" + g, List.of());
                    String text = v.isEmpty() ? "" : v.get(0);
                    any |= !text.isBlank();
                    gaps.add(text);
                }
                return any ? gaps : null;
            }
            default:
                return first;
        }
    }

    @POST
    @Path("lessons/{id: [0-9]+}/complete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response complete(@PathParam("id") long id) {
        if (!caller.isAuthenticated()) {
            return signIn("/learn/lessons/" + id);
        }
        Completion completion = learning.complete(caller, id);
        if (completion.courseCompleted() && completion.certificate() != null) {
            return Response.seeOther(local("/learn/certificates/" + completion.certificate() + "?new=1")).build();
        }
        return Response.seeOther(local(completion.nextLessonId() == null ? "/learn/lessons/" + id
                : "/learn/lessons/" + completion.nextLessonId())).build();
    }

    @GET
    @Path("my")
    public Response myLearning() {
        if (!caller.isAuthenticated()) {
            return signIn("/learn/my");
        }
        Map<String, Object> model = new HashMap<>();
        model.put("enrollments", learning.mine(caller));
        model.put("recommendations", recommendations.forCaller(caller));
        model.put("certificates", certificates.of(caller.username()));
        return Response.ok(Page.of("my-learning", model)).build();
    }

    @GET
    @Path("certificates/{code: [A-Za-z0-9_.-]{1,1000}}")
    public Page certificate(@PathParam("code") String code, @QueryParam("new") String fresh) {
        Map<String, Object> model = new HashMap<>();
        model.put("verification", certificates.verify(code));
        model.put("code", code);
        String url = CertificateResource.verificationUrl(request, code);
        model.put("url", url);
        model.put("qr", QrCodes.svg(url));
        model.put("fresh", fresh != null);
        model.put("holder", caller.isAuthenticated() && certificates.of(caller.username()).stream().anyMatch(c -> c.code().equals(code)));
        return Page.of("certificate", model);
    }

    private Response signIn(String to) {
        return Response.seeOther(local("/learn/signin?to=" + URLEncoder.encode(to, StandardCharsets.UTF_8))).build();
    }

    private static String value(String v) {
        return v == null ? "" : v.strip();
    }

    /** An absolute address for a path on this site (JAX-RS would read "/learn/…" relative to the application). */
    private URI local(String path) {
        return uriInfo.getBaseUri().resolve(path);
    }
}
