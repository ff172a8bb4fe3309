package vn.trithuc.learning.bank;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.trithuc.web.problem.ProblemException;
import vn.trithuc.web.security.Caller;

/**
 * {@code /learn/api/question-banks}: banks, their questions (filtered by category, tag,
 * difficulty), imports ({@code POST {id}/imports}, multipart {@code file}: GIFT, Aiken, Moodle XML,
 * QTI 2.1 item or package → {@code {imported, skipped: [{item, reason}]}}) and exports
 * ({@code GET {id}/export?format=gift|qti}).
 */
@Path("api/question-banks")
@Produces(MediaType.APPLICATION_JSON)
public class BankResource {

    /** A new bank. */
    public record BankRequest(String title, String description) {
    }

    @Inject
    Banks banks;

    @Inject
    Caller caller;

    @GET
    public List<Banks.BankView> list() {
        return banks.list(caller);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull BankRequest request) {
        QuestionBank bank = banks.create(caller, request.title(), request.description());
        return Response.created(URI.create("api/question-banks/" + bank.id())).entity(banks.bank(caller, bank.id())).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    public Banks.BankView bank(@PathParam("id") long id) {
        return banks.bank(caller, id);
    }

    @GET
    @Path("{id: [0-9]+}/questions")
    public List<Banks.QuestionView> questions(@PathParam("id") long id, @QueryParam("category") String category,
                                              @QueryParam("tag") String tag, @QueryParam("difficulty") String difficulty) {
        return banks.questions(caller, id, category, tag, difficulty);
    }

    @POST
    @Path("{id: [0-9]+}/questions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("id") long id, @NotNull Banks.QuestionRequest request) {
        Banks.QuestionView view = banks.add(caller, id, request);
        return Response.created(URI.create("api/questions/" + view.id())).entity(view).build();
    }

    @POST
    @Path("{id: [0-9]+}/imports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Banks.ImportResult importFile(@PathParam("id") long id, @FormParam("file") EntityPart file,
                                         @QueryParam("acceptPartial") boolean acceptPartial) throws IOException {
        if (file == null) {
            throw new ProblemException("file-missing", 400, "No file", "Send the question file in the multipart field 'file'.");
        }
        byte[] content;
        try (InputStream in = file.getContent()) {
            content = in.readNBytes(Banks.MAX_FILE_BYTES + 1);
        }
        return banks.importFile(caller, id, file.getFileName().orElse(file.getName()), content, acceptPartial);
    }

    @GET
    @Path("{id: [0-9]+}/export")
    @Produces({"application/zip", "text/plain"})
    public Response export(@PathParam("id") long id, @QueryParam("format") String format) {
        boolean qti = "qti".equalsIgnoreCase(format);
        byte[] bytes = banks.export(caller, id, format);
        return Response.ok(bytes, qti ? "application/zip" : "text/plain; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"ngan-hang-" + id + (qti ? "-qti.zip" : ".gift.txt") + "\"").build();
    }
}
