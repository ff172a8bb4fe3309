package vn.trithuc.learning.progress;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.trithuc.learning.course.CourseAuthoring;
import vn.trithuc.learning.course.Lesson;
import vn.trithuc.web.security.Caller;

/**
 * {@code /learn/api/lessons/{id}}: reading a lesson (enrolled learners; authors preview),
 * completing it ({@code POST …/completion}), and editing or retiring it (course authors).
 */
@Path("api/lessons/{id: [0-9]+}")
@Produces(MediaType.APPLICATION_JSON)
public class LessonResource {

    @Inject
    Learning learning;

    @Inject
    CourseAuthoring authoring;

    @Inject
    Caller caller;

    @GET
    public LessonPage lesson(@PathParam("id") long id) {
        return learning.lesson(caller, id);
    }

    @POST
    @Path("completion")
    public Completion complete(@PathParam("id") long id) {
        return learning.complete(caller, id);
    }

    /** A practice answer sheet: {@code {answers: {"1": response, "2": …}}} by question number. */
    public record PracticeRequest(jakarta.json.JsonObject answers) {
    }

    @POST
    @Path("quiz")
    @Consumes(MediaType.APPLICATION_JSON)
    public vn.trithuc.learning.quiz.Practice.Result practise(@PathParam("id") long id, @jakarta.validation.constraints.NotNull PracticeRequest request) {
        Map<Integer, Object> answers = new java.util.HashMap<>();
        if (request.answers() != null) {
            request.answers().forEach((number, value) -> {
                try {
                    answers.put(Integer.parseInt(number) - 1, vn.trithuc.learning.quiz.QuestionJson.value(value));
                } catch (NumberFormatException e) {
                    throw new vn.trithuc.web.problem.ProblemException("invalid-answers", 400, "Invalid answers",
                            "answers maps question numbers (1, 2, …) to responses.");
                }
            });
        }
        return learning.practise(caller, id, answers);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> update(@PathParam("id") long id, @NotNull CourseAuthoring.LessonRequest request) {
        Lesson lesson = authoring.updateLesson(caller, id, request);
        return Map.of("id", lesson.id(), "moduleId", lesson.moduleId(), "title", lesson.title(), "position", lesson.position());
    }

    @DELETE
    public Response retire(@PathParam("id") long id) {
        authoring.retireLesson(caller, id);
        return Response.noContent().build();
    }
}
