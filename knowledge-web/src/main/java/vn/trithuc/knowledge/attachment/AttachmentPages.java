package vn.trithuc.knowledge.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.trithuc.knowledge.article.ArticleService;
import vn.trithuc.knowledge.space.SpaceService;
import vn.trithuc.web.page.Languages;
import vn.trithuc.web.page.Page;
import vn.trithuc.web.problem.ProblemException;
import vn.trithuc.web.security.Caller;

/**
 * The attachments page of an article, {@code /wiki/{space}/{slug}/attachments}: the files with the
 * Markdown to embed each, and an upload form that works without JavaScript (a separate page, so an
 * upload never loses text being edited). The multipart form carries its CSRF token in the query
 * string, where the CSRF filter can read it without parsing the upload.
 */
@Path("wiki/{space: [a-z]+}/{slug: [^/]+}/attachments")
@Produces(MediaType.TEXT_HTML)
public class AttachmentPages {

    @Inject
    AttachmentService attachments;

    @Inject
    ArticleService articles;

    @Inject
    SpaceService spaces;

    @Inject
    Caller caller;

    @Context
    HttpServletRequest request;

    @GET
    public Page page(@PathParam("space") String space, @PathParam("slug") String slug,
                     @QueryParam("uploaded") Long uploaded) {
        return Page.of("attachments", Map.of("space", spaces.get(space, Languages.of(request)),
                "article", articles.read(space, slug), "attachments", attachments.list(space, slug),
                "uploaded", uploaded == null ? 0L : uploaded, "maxBytes", AttachmentService.MAX_BYTES));
    }

    /** An attachment by its file name: where {@code attachment:name} links in an article's text lead. */
    @GET
    @Path("{name}")
    @Produces(MediaType.WILDCARD)
    public Response named(@PathParam("space") String space, @PathParam("slug") String slug, @PathParam("name") String name) {
        return Response.seeOther(URI.create(attachments.named(space, slug, name).url())).build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("space") String space, @PathParam("slug") String slug,
                           @FormParam("file") EntityPart file) throws IOException {
        if (file == null || file.getFileName().orElse("").isBlank()) {
            throw new ProblemException("file-missing", 400, "No file", "Choose a file to upload.");
        }
        byte[] content;
        try (InputStream in = file.getContent()) {
            content = in.readNBytes(AttachmentService.MAX_BYTES + 1);
        }
        AttachmentService.AttachmentView view = attachments.upload(space, slug, file.getFileName().orElse(file.getName()),
                content, caller);
        return Response.seeOther(URI.create("/wiki/" + space + "/" + slug + "/attachments?uploaded=" + view.id())).build();
    }
}
