package vn.trithuc.learning.course;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.trithuc.learning.certificate.Certificates;
import vn.trithuc.learning.progress.Learning;
import vn.trithuc.web.page.Page;
import vn.trithuc.web.problem.ProblemException;
import vn.trithuc.web.security.Caller;
import vn.trithuc.web.security.Role;

/**
 * Instructors' authoring pages under {@code /learn/teach}: their courses, a new draft, and one
 * page per course to describe it, build its modules and lessons (move up and down, retire),
 * schedule runs, assign it to groups and publish it; plain forms, no JavaScript needed.
 */
@Path("teach")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class TeachPages {

    @Inject
    CourseService courses;

    @Inject
    CourseAuthoring authoring;

    @Inject
    Learning learning;

    @Inject
    LessonFiles files;

    @Inject
    Caller caller;

    @Context
    jakarta.ws.rs.core.UriInfo uriInfo;

    @PersistenceContext(unitName = "learning")
    EntityManager em;

    @GET
    public Response home() {
        if (!caller.isAuthenticated()) {
            return signIn("/learn/teach");
        }
        caller.require(Role.INSTRUCTOR);
        List<Course> mine = em.createQuery("select c from Course c order by c.updatedAt desc, c.id desc", Course.class).getResultStream()
                .filter(c -> CourseService.mayEdit(c, caller)).toList();
        return Response.ok(Page.of("teach", Map.of("courses", mine.stream().map(CourseSummary::of).toList(),
                "audiences", List.of("citizen", "civil-servant", "student", "farmer")))).build();
    }

    @POST
    @Path("courses")
    public Response create(@FormParam("title") String title, @FormParam("summary") String summary,
                           @FormParam("audience") String audience, @FormParam("topic") String topic,
                           @FormParam("level") String level, @FormParam("estimatedHours") Integer hours) {
        Course course = authoring.create(caller, new CourseAuthoring.CourseRequest(title, summary, null, audience, topic, level,
                "vi", hours, null, null));
        return edit(course.id());
    }

    @GET
    @Path("courses/{id: [0-9]+}")
    public Response course(@PathParam("id") long id) {
        if (!caller.isAuthenticated()) {
            return signIn("/learn/teach/courses/" + id);
        }
        Course course = authoring.editable(caller, id);
        Map<String, Object> model = new HashMap<>();
        model.put("course", courses.view(course, courses.syllabus(id), courses.runs(id)));
        model.put("description", course.description() == null ? "" : course.description());
        model.put("assignments", learning.assignments(id));
        model.put("audiences", List.of("citizen", "civil-servant", "student", "farmer"));
        model.put("mayAssign", caller.hasRole(Role.EXAM_ADMIN) || CourseService.mayEdit(course, caller));
        return Response.ok(Page.of("teach-course", model)).build();
    }

    @POST
    @Path("courses/{id: [0-9]+}")
    public Response update(@PathParam("id") long id, @FormParam("title") String title, @FormParam("summary") String summary,
                           @FormParam("description") String description, @FormParam("audience") String audience,
                           @FormParam("topic") String topic, @FormParam("level") String level,
                           @FormParam("language") String language, @FormParam("estimatedHours") Integer hours,
                           @FormParam("instructor") String instructor, @FormParam("certificateMonths") String months) {
        authoring.update(caller, id, new CourseAuthoring.CourseRequest(title, summary, description, audience, topic, level,
                language, hours, instructor, months == null || months.isBlank() ? null : integer(months, "certificateMonths")));
        return edit(id);
    }

    @POST
    @Path("courses/{id: [0-9]+}/publish")
    public Response publish(@PathParam("id") long id) {
        authoring.publish(caller, id);
        return Response.seeOther(local("/learn/courses/" + id)).build();
    }

    @POST
    @Path("courses/{id: [0-9]+}/modules")
    public Response addModule(@PathParam("id") long id, @FormParam("title") String title) {
        authoring.addModule(caller, id, title);
        return edit(id);
    }

    @POST
    @Path("modules/{id: [0-9]+}")
    public Response renameModule(@PathParam("id") long id, @FormParam("title") String title) {
        return edit(authoring.renameModule(caller, id, title).courseId());
    }

    @POST
    @Path("modules/{id: [0-9]+}/retire")
    public Response retireModule(@PathParam("id") long id) {
        CourseModule module = em.find(CourseModule.class, id);
        authoring.retireModule(caller, id);
        return edit(module.courseId());
    }

    @POST
    @Path("modules/{id: [0-9]+}/lessons")
    public Response addLesson(@PathParam("id") long id, @FormParam("title") String title) {
        Lesson lesson = authoring.addLesson(caller, id, new CourseAuthoring.LessonRequest(title, "", null, null, null, 5, null, null));
        return Response.seeOther(local("/learn/teach/lessons/" + lesson.id())).build();
    }

    @GET
    @Path("lessons/{id: [0-9]+}")
    public Response lesson(@PathParam("id") long id) {
        if (!caller.isAuthenticated()) {
            return signIn("/learn/teach/lessons/" + id);
        }
        Lesson lesson = em.find(Lesson.class, id);
        if (lesson == null || lesson.retired()) {
            throw ProblemException.notFound("The lesson " + id);
        }
        Course course = authoring.editable(caller, lesson.courseId());
        return Response.ok(Page.of("teach-lesson", Map.of("lesson", lesson, "course", CourseSummary.of(course),
                "modules", new ArrayList<>(courses.syllabus(course.id()).keySet()), "files", files.list(id),
                "quiz", quizText(lesson.quiz())))).build();
    }

    @POST
    @Path("lessons/{id: [0-9]+}")
    public Response updateLesson(@PathParam("id") long id, @FormParam("title") String title, @FormParam("markdown") String markdown,
                                 @FormParam("videoUrl") String videoUrl, @FormParam("captionsUrl") String captionsUrl,
                                 @FormParam("transcript") String transcript, @FormParam("minutes") Integer minutes,
                                 @FormParam("moduleId") Long moduleId) {
        Lesson lesson = authoring.updateLesson(caller, id, new CourseAuthoring.LessonRequest(title, markdown, videoUrl, captionsUrl,
                transcript, minutes, moduleId, null));
        return edit(lesson.courseId());
    }

    /** Uploads a file to a lesson (the multipart form carries its CSRF token in the query). */
    @POST
    @Path("lessons/{id: [0-9]+}/files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") long id, @FormParam("file") jakarta.ws.rs.core.EntityPart file) throws java.io.IOException {
        if (file == null || file.getFileName().isEmpty()) {
            throw new ProblemException("file-missing", 400, "No file", "Choose a file to upload.");
        }
        byte[] content;
        try (java.io.InputStream in = file.getContent()) {
            content = in.readNBytes(LessonFiles.MAX_BYTES + 1);
        }
        files.upload(caller, id, file.getFileName().get(), content);
        return Response.seeOther(local("/learn/teach/lessons/" + id)).build();
    }

    @POST
    @Path("lessons/{id: [0-9]+}/files/remove")
    public Response removeFile(@PathParam("id") long id, @FormParam("name") String name) {
        files.remove(caller, id, name);
        return Response.seeOther(local("/learn/teach/lessons/" + id)).build();
    }

    /** The practice quiz as JSON (an empty text removes it). */
    @POST
    @Path("lessons/{id: [0-9]+}/quiz")
    public Response quiz(@PathParam("id") long id, @FormParam("quiz") String quiz) {
        Lesson lesson = em.find(Lesson.class, id);
        if (lesson == null) {
            throw ProblemException.notFound("The lesson " + id);
        }
        jakarta.json.JsonArray questions;
        String text = quiz == null ? "" : quiz.strip();
        if (!text.isEmpty() && !text.startsWith("[")) {
            // GIFT, as Moodle writes it: every question must map, or nothing changes
            vn.trithuc.content.questions.formats.ImportedQuestions read;
            try {
                read = vn.trithuc.content.questions.formats.Gift.read(text, "quiz");
            } catch (vn.trithuc.content.questions.formats.QuestionFileException e) {
                throw new ProblemException("invalid-quiz", 400, "Invalid GIFT", e.getMessage());
            }
            if (!read.skipped().isEmpty()) {
                throw new ProblemException("invalid-quiz", 400, "Questions not understood", read.skipped().stream()
                        .map(x -> "line " + x.line() + " (" + x.item() + "): " + x.reason()).collect(java.util.stream.Collectors.joining("; ")));
            }
            questions = vn.trithuc.learning.quiz.QuestionJson.write(read.items().stream()
                    .map(vn.trithuc.content.questions.formats.ImportedQuestions.Item::question).toList(), true);
        } else {
            try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(text.isEmpty() ? "[]" : text))) {
                questions = reader.readArray();
            } catch (jakarta.json.JsonException | IllegalStateException e) {
                throw new ProblemException("invalid-quiz", 400, "Invalid JSON", "The quiz is GIFT or a JSON list of questions: " + e.getMessage());
            }
        }
        authoring.updateLesson(caller, id, new CourseAuthoring.LessonRequest(lesson.title(), lesson.markdown(), lesson.videoUrl(),
                lesson.captionsUrl(), lesson.transcript(), lesson.minutes(), null, questions));
        return Response.seeOther(local("/learn/teach/lessons/" + id)).build();
    }

    @POST
    @Path("lessons/{id: [0-9]+}/retire")
    public Response retireLesson(@PathParam("id") long id) {
        Lesson lesson = em.find(Lesson.class, id);
        authoring.retireLesson(caller, id);
        return edit(lesson.courseId());
    }

    /** Moves a module or a lesson one place up or down (a lesson crosses into the neighbouring module at the ends). */
    @POST
    @Path("courses/{id: [0-9]+}/move")
    public Response move(@PathParam("id") long id, @FormParam("kind") String kind, @FormParam("item") long item,
                         @FormParam("direction") String direction) {
        int step = "up".equals(direction) ? -1 : 1;
        List<Map.Entry<Long, List<Long>>> order = new ArrayList<>();
        courses.syllabus(id).forEach((m, ls) -> order.add(new java.util.AbstractMap.SimpleEntry<>(m.id(),
                new ArrayList<>(ls.stream().map(Lesson::id).toList()))));
        if ("module".equals(kind)) {
            int at = indexOfModule(order, item);
            if (at >= 0 && at + step >= 0 && at + step < order.size()) {
                java.util.Collections.swap(order, at, at + step);
            }
        } else {
            for (int m = 0; m < order.size(); m++) {
                List<Long> lessons = order.get(m).getValue();
                int at = lessons.indexOf(item);
                if (at < 0) {
                    continue;
                }
                if (at + step >= 0 && at + step < lessons.size()) {
                    java.util.Collections.swap(lessons, at, at + step);
                } else if (m + step >= 0 && m + step < order.size()) {
                    lessons.remove(at);
                    List<Long> target = order.get(m + step).getValue();
                    target.add(step < 0 ? target.size() : 0, item);
                }
                break;
            }
        }
        authoring.reorder(caller, id, new CourseAuthoring.OrderRequest(order.stream()
                .map(e -> new CourseAuthoring.OrderRequest.ModuleOrder(e.getKey(), e.getValue())).toList()));
        return edit(id);
    }

    @POST
    @Path("courses/{id: [0-9]+}/runs")
    public Response addRun(@PathParam("id") long id, @FormParam("title") String title, @FormParam("starts") String starts,
                           @FormParam("ends") String ends) {
        authoring.addRun(caller, id, new CourseAuthoring.RunRequest(title, day(starts, false), day(ends, true)));
        return edit(id);
    }

    @POST
    @Path("courses/{id: [0-9]+}/assignments")
    public Response assign(@PathParam("id") long id, @FormParam("group") String group, @FormParam("due") String due) {
        learning.assign(caller, id, group, due == null || due.isBlank() ? null : day(due, true));
        return edit(id);
    }

    /** The quiz for editing: GIFT when every question has a GIFT form, JSON otherwise. */
    static String quizText(String stored) {
        List<vn.trithuc.content.questions.Question> questions = vn.trithuc.learning.quiz.QuestionJson.read(stored);
        if (questions.isEmpty()) {
            return "";
        }
        if (questions.stream().allMatch(vn.trithuc.content.questions.formats.Gift::writable)) {
            List<vn.trithuc.content.questions.formats.ImportedQuestions.Item> items = new ArrayList<>();
            for (vn.trithuc.content.questions.Question q : questions) {
                items.add(new vn.trithuc.content.questions.formats.ImportedQuestions.Item(null, null, q, 0));
            }
            return vn.trithuc.content.questions.formats.Gift.write(items, new ArrayList<>()).strip();
        }
        return stored;
    }

    private static int indexOfModule(List<Map.Entry<Long, List<Long>>> order, long module) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).getKey() == module) {
                return i;
            }
        }
        return -1;
    }

    /** A date from a form ({@code yyyy-MM-dd}), at the start or the end of that day in Hanoi. */
    static OffsetDateTime day(String value, boolean endOfDay) {
        try {
            LocalDate date = LocalDate.parse(value.strip());
            return (endOfDay ? date.atTime(23, 59) : date.atStartOfDay()).atZone(Certificates.ZONE).toOffsetDateTime();
        } catch (RuntimeException e) {
            throw new ProblemException("invalid-date", 400, "Invalid date", "Dates are written yyyy-mm-dd.");
        }
    }

    private static int integer(String value, String field) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new ProblemException("invalid-" + field, 400, "Invalid number", field + " is a whole number.");
        }
    }

    private Response edit(long courseId) {
        return Response.seeOther(local("/learn/teach/courses/" + courseId)).build();
    }

    private Response signIn(String to) {
        return Response.seeOther(local("/learn/signin?to=" + java.net.URLEncoder.encode(to, java.nio.charset.StandardCharsets.UTF_8))).build();
    }

    /** An absolute address for a path on this site (JAX-RS would read "/learn/…" relative to the application). */
    private URI local(String path) {
        return uriInfo.getBaseUri().resolve(path);
    }
}
