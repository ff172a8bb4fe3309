package vn.trithuc.knowledge.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;

import vn.trithuc.web.files.Uploads;
import vn.trithuc.content.documents.DocumentConverter;
import vn.trithuc.knowledge.space.SpaceService;
import vn.trithuc.web.page.Languages;
import vn.trithuc.web.page.Page;
import vn.trithuc.web.page.Messages;
import vn.trithuc.web.problem.ProblemException;
import vn.trithuc.web.security.Caller;
import vn.trithuc.web.security.Role;

/**
 * {@code /wiki/{space}/import}: upload one or more documents (works without JavaScript; with it a
 * progress bar follows the upload), then a report line per file: the article it became, its
 * images and warnings, or why it was refused. Each file is imported on its own, all or nothing.
 */
@Path("wiki/{space: [a-z]+}/import")
@Produces(MediaType.TEXT_HTML)
public class DocumentImportPages {

    /** One line of the report. */
    public record Line(String file, DocumentImport.Imported imported, String error) {
    }

    @Inject
    DocumentImport imports;

    @Inject
    SpaceService spaces;

    @Inject
    Caller caller;

    @Context
    HttpServletRequest request;

    @GET
    public Page form(@PathParam("space") String space) {
        caller.require(Role.CONTRIBUTOR);
        return page(space, List.of());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Page upload(@PathParam("space") String space, List<EntityPart> parts) throws IOException {
        caller.require(Role.CONTRIBUTOR);
        List<Line> report = new ArrayList<>();
        for (EntityPart part : parts) {
            if (!"file".equals(part.getName()) || part.getFileName().orElse("").isBlank()) {
                continue;
            }
            String file = part.getFileName().get();
            try {
                report.add(new Line(file, imports.importFile(space, file, Uploads.document(part), null, caller), null));
            } catch (ProblemException e) {
                report.add(new Line(file, null, explain(e)));
            }
        }
        if (report.isEmpty()) {
            throw new ProblemException("file-missing", 400, "No file", "Choose one or more documents to import.");
        }
        return page(space, report);
    }

    /** The reason in the reader's language where the bundle has it ({@code import.error.<reason>}), else the problem's detail. */
    private String explain(ProblemException e) {
        Messages messages = Messages.of(Languages.of(request), DocumentImportPages.class.getClassLoader());
        Object reason = e.extensions().getOrDefault("reason", e.typeName());
        String key = "import.error." + reason;
        return messages.has(key) ? messages.get(key) : e.detail() == null ? e.title() : e.detail();
    }

    private Page page(String space, List<Line> report) {
        return Page.of("import", Map.of("space", spaces.get(space, Languages.of(request)), "report", report,
                "formats", String.join(", ", new java.util.LinkedHashSet<>(DocumentConverter.SUPPORTED.values())),
                "maxMegabytes", DocumentConverter.Limits.DEFAULT.maxBytes() >> 20));
    }
}
