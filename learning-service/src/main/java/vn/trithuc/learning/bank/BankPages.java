package vn.trithuc.learning.bank;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import vn.trithuc.web.page.Page;
import vn.trithuc.web.problem.ProblemException;
import vn.trithuc.web.security.Caller;

/**
 * {@code /learn/banks}: the question banks for instructors and exam administrators; a bank's page
 * lists its questions and offers imports (GIFT, Aiken, Moodle XML, QTI) with a per-item report,
 * and exports (GIFT, QTI package).
 */
@Path("banks")
@Produces(MediaType.TEXT_HTML)
public class BankPages {

    @Inject
    Banks banks;

    @Inject
    Caller caller;

    @Context
    UriInfo uriInfo;

    @GET
    public Response list() {
        if (!caller.isAuthenticated()) {
            return signIn("/learn/banks");
        }
        return Response.ok(Page.of("banks", Map.of("banks", banks.list(caller)))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("title") String title, @FormParam("description") String description) {
        QuestionBank bank = banks.create(caller, title, description);
        return Response.seeOther(uriInfo.getBaseUri().resolve("/learn/banks/" + bank.id())).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    public Response bank(@PathParam("id") long id) {
        if (!caller.isAuthenticated()) {
            return signIn("/learn/banks/" + id);
        }
        return Response.ok(Page.of("bank", model(id, null, null))).build();
    }

    /** An upload from the bank page (the multipart form carries its CSRF token in the query). */
    @POST
    @Path("{id: [0-9]+}/imports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importFile(@PathParam("id") long id, @FormParam("file") EntityPart file, @FormParam("acceptPartial") String partial)
            throws IOException {
        if (file == null || file.getFileName().isEmpty()) {
            throw new ProblemException("file-missing", 400, "No file", "Choose a question file to import.");
        }
        byte[] content;
        try (InputStream in = file.getContent()) {
            content = in.readNBytes(Banks.MAX_FILE_BYTES + 1);
        }
        try {
            Banks.ImportResult result = banks.importFile(caller, id, file.getFileName().get(), content, partial != null);
            return Response.ok(Page.of("bank", model(id, result, null))).build();
        } catch (ProblemException e) {
            if (e.status() == 422) {
                return Response.status(422).entity(Page.of("bank", model(id, null, e))).build();
            }
            throw e;
        }
    }

    private Map<String, Object> model(long id, Banks.ImportResult result, ProblemException refused) {
        Map<String, Object> model = new HashMap<>();
        model.put("bank", banks.bank(caller, id));
        model.put("questions", banks.questions(caller, id, null, null, null));
        if (result != null) {
            model.put("result", result);
        }
        if (refused != null) {
            model.put("refused", refused.detail());
            model.put("skipped", refused.extensions().get("skipped"));
        }
        return model;
    }

    private Response signIn(String to) {
        return Response.seeOther(uriInfo.getBaseUri().resolve("/learn/signin?to=" + java.net.URLEncoder.encode(to,
                java.nio.charset.StandardCharsets.UTF_8))).build();
    }
}
