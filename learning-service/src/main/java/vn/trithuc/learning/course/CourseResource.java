package vn.trithuc.learning.course;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.trithuc.learning.progress.CourseAssignment;
import vn.trithuc.learning.progress.Learning;
import vn.trithuc.web.json.JsonbResolver;
import vn.trithuc.web.security.Caller;

/**
 * {@code /learn/api/courses}: the public catalogue and course pages; enrolment; authoring
 * (instructors: create, describe, modules, syllabus order, runs, publish); group assignments.
 */
@Path("api/courses")
@Produces(MediaType.APPLICATION_JSON)
public class CourseResource {

    /** Enrolment options: a run of a scheduled course (optional). */
    public record EnrolRequest(Long runId) {
    }

    /** A module's title. */
    public record ModuleRequest(String title) {
    }

    /** An assignment to a group path with an optional due date. */
    public record AssignmentRequest(String group, OffsetDateTime dueAt) {
    }

    /** An assignment as listed. */
    public record AssignmentView(long id, String group, OffsetDateTime dueAt, String assignedBy, OffsetDateTime assignedAt) {

        static AssignmentView of(CourseAssignment a) {
            return new AssignmentView(a.id(), a.groupPath(), a.dueAt(), a.assignedBy(), a.assignedAt());
        }
    }

    @Inject
    CourseService courses;

    @Inject
    CourseAuthoring authoring;

    @Inject
    Learning learning;

    @Inject
    Caller caller;

    @GET
    public List<CourseSummary> catalogue(@QueryParam("audience") String audience, @QueryParam("topic") String topic,
                                         @QueryParam("level") String level, @QueryParam("language") String language,
                                         @QueryParam("q") String q) {
        return courses.catalogue(new CourseService.Filter(audience, topic, level, language, q));
    }

    @GET
    @Path("{id: [0-9]+}")
    public CourseView course(@PathParam("id") long id) {
        return courses.view(id, caller);
    }

    /** The body is optional ({@code {runId}}), so any content type, or none, is accepted. */
    @POST
    @Path("{id: [0-9]+}/enrollments")
    public Response enrol(@PathParam("id") long id, byte[] body) {
        EnrolRequest request = null;
        if (body != null && body.length > 0) {
            try {
                request = JsonbResolver.shared().fromJson(new String(body, java.nio.charset.StandardCharsets.UTF_8), EnrolRequest.class);
            } catch (jakarta.json.bind.JsonbException e) {
                throw new vn.trithuc.web.problem.ProblemException("invalid-json", 400, "Invalid JSON", "The body is {\"runId\": number} or empty.");
            }
        }
        Learning.Enrolled enrolled = learning.enrol(caller, id, request == null ? null : request.runId());
        return Response.status(enrolled.created() ? 201 : 200).entity(enrolled.progress()).build();
    }

    /** Takes the course again when its certificate has expired. */
    @POST
    @Path("{id: [0-9]+}/recertification")
    public vn.trithuc.learning.progress.Progress recertify(@PathParam("id") long id) {
        return learning.recertify(caller, id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull CourseAuthoring.CourseRequest request) {
        Course course = authoring.create(caller, request);
        return Response.created(URI.create("api/courses/" + course.id())).entity(courses.view(course.id(), caller)).build();
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CourseView update(@PathParam("id") long id, @NotNull CourseAuthoring.CourseRequest request) {
        authoring.update(caller, id, request);
        return courses.view(id, caller);
    }

    @POST
    @Path("{id: [0-9]+}/publication")
    public CourseView publish(@PathParam("id") long id) {
        authoring.publish(caller, id);
        return courses.view(id, caller);
    }

    @POST
    @Path("{id: [0-9]+}/modules")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addModule(@PathParam("id") long id, @NotNull ModuleRequest request) {
        CourseModule module = authoring.addModule(caller, id, request.title());
        return Response.status(201).entity(Map.of("id", module.id(), "title", module.title(), "position", module.position())).build();
    }

    @PUT
    @Path("{id: [0-9]+}/syllabus")
    @Consumes(MediaType.APPLICATION_JSON)
    public CourseView reorder(@PathParam("id") long id, @NotNull CourseAuthoring.OrderRequest request) {
        authoring.reorder(caller, id, request);
        return courses.view(id, caller);
    }

    @POST
    @Path("{id: [0-9]+}/runs")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addRun(@PathParam("id") long id, @NotNull CourseAuthoring.RunRequest request) {
        CourseRun run = authoring.addRun(caller, id, request);
        return Response.status(201).entity(new CourseView.Run(run.id(), run.title(), run.startsAt(), run.endsAt(),
                run.isOpen(OffsetDateTime.now()))).build();
    }

    @GET
    @Path("{id: [0-9]+}/assignments")
    public List<AssignmentView> assignments(@PathParam("id") long id) {
        courses.visible(id, caller);
        caller.requireAuthenticated();
        return learning.assignments(id).stream().map(AssignmentView::of).toList();
    }

    @POST
    @Path("{id: [0-9]+}/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assign(@PathParam("id") long id, @NotNull AssignmentRequest request) {
        return Response.status(201).entity(AssignmentView.of(learning.assign(caller, id, request.group(), request.dueAt()))).build();
    }
}
