package vn.trithuc.learning.course;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.trithuc.web.files.Uploads;
import vn.trithuc.content.documents.DocumentConverter;
import vn.trithuc.content.documents.DocumentException;
import vn.trithuc.web.problem.ProblemException;
import vn.trithuc.web.security.Caller;

/** {@code /learn/api/modules/{id}}: renaming and retiring a module, adding lessons to it, written or from a document (course authors). */
@Path("api/modules/{id: [0-9]+}")
@Produces(MediaType.APPLICATION_JSON)
public class StructureResource {

    private static final DocumentConverter CONVERTER = new DocumentConverter();
    /** An image linking to a document's embedded file: {@code ![alt](attachment:name)}. */
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\(attachment:([^)\\s]+)\\)");

    @Inject
    CourseAuthoring authoring;

    @Inject
    Caller caller;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> rename(@PathParam("id") long id, @NotNull CourseResource.ModuleRequest request) {
        CourseModule module = authoring.renameModule(caller, id, request.title());
        return Map.of("id", module.id(), "title", module.title(), "position", module.position());
    }

    @DELETE
    public Response retire(@PathParam("id") long id) {
        authoring.retireModule(caller, id);
        return Response.noContent().build();
    }

    /**
     * A lesson from a document (multipart {@code file}, optional {@code title}): PDF, Word,
     * PowerPoint, OpenDocument, RTF, HTML or EPUB to Markdown. Lessons keep no files, so images
     * are left out and listed in {@code warnings}.
     */
    @POST
    @Path("lessons/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importLesson(@PathParam("id") long id, @FormParam("file") EntityPart file,
                                 @FormParam("title") EntityPart titlePart) throws IOException {
        if (file == null) {
            throw new ProblemException("file-missing", 400, "No file", "Send the document in the multipart field 'file'.");
        }
        caller.require(vn.trithuc.web.security.Role.INSTRUCTOR);
        String name = file.getFileName().orElse(file.getName());
        DocumentConverter.Document document;
        try {
            document = CONVERTER.convert(Uploads.document(file), name);
        } catch (DocumentException e) {
            throw Uploads.problem(e);
        }
        List<String> warnings = new ArrayList<>(document.warnings());
        Matcher image = IMAGE.matcher(document.markdown());
        String markdown = image.replaceAll(match -> {
            warnings.add("Image " + match.group(2) + " left out: lessons keep no files; link it from the knowledge base.");
            return Matcher.quoteReplacement(match.group(1));
        });
        int words = markdown.split("\\s+").length;
        String title = Uploads.text(titlePart);
        String chosen = title == null || title.isBlank() ? document.title() : title.strip();
        Lesson lesson = authoring.addLesson(caller, id, new CourseAuthoring.LessonRequest(chosen, markdown, null, null, null,
                Math.max(1, words / 200), null, null));
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("id", lesson.id());
        body.put("moduleId", lesson.moduleId());
        body.put("title", lesson.title());
        body.put("position", lesson.position());
        body.put("format", DocumentConverter.SUPPORTED.get(document.mediaType()));
        body.put("characters", markdown.length());
        body.put("warnings", warnings);
        return Response.status(201).entity(body).build();
    }

    @POST
    @Path("lessons")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addLesson(@PathParam("id") long id, @NotNull CourseAuthoring.LessonRequest request) {
        Lesson lesson = authoring.addLesson(caller, id, request);
        return Response.status(201).entity(Map.of("id", lesson.id(), "moduleId", lesson.moduleId(), "title", lesson.title(),
                "position", lesson.position())).build();
    }
}
