package vn.trithuc.knowledge.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import vn.trithuc.web.problem.ProblemException;
import vn.trithuc.web.security.Caller;
import vn.trithuc.web.security.Role;

/**
 * {@code POST /api/admin/spaces/{space}/articles} with JSON lines ({@code application/x-ndjson}),
 * one {@code {title, markdown, language}} a line — the open-data dump format — streamed, imported a
 * hundred at a time: {@code {imported, skipped:[{title, reason}]}} (the first 1,000 skipped).
 */
@Path("api/admin/spaces/{space: [a-z]+}/articles")
public class BulkImportResource {

    static final int BATCH = 100;
    static final int MAX_REPORTED = 1000;

    /** What an import did. */
    public record Report(int imported, int skippedCount, List<BulkImport.Skipped> skipped) {
    }

    @Inject
    BulkImport bulk;

    @Inject
    Caller caller;

    @POST
    @Consumes({"application/x-ndjson", "application/jsonl", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    public Report importLines(@PathParam("space") String space, InputStream body) throws IOException {
        caller.require(Role.ADMIN);
        int imported = 0;
        int skippedCount = 0;
        List<BulkImport.Skipped> skipped = new ArrayList<>();
        List<BulkImport.Item> batch = new ArrayList<>(BATCH);
        int lineNumber = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try (JsonReader reader = Json.createReader(new StringReader(line))) {
                    JsonObject o = reader.readObject();
                    batch.add(new BulkImport.Item(o.getString("title", null), o.getString("markdown", null),
                            o.getString("language", null)));
                } catch (JsonException | ClassCastException e) {
                    skippedCount++;
                    if (skipped.size() < MAX_REPORTED) {
                        skipped.add(new BulkImport.Skipped("line " + lineNumber, "not a JSON object"));
                    }
                }
                if (batch.size() == BATCH) {
                    BulkImport.Outcome outcome = bulk.importBatch(space, batch, caller);
                    imported += outcome.imported();
                    skippedCount += outcome.skipped().size();
                    outcome.skipped().stream().limit(Math.max(0, MAX_REPORTED - skipped.size())).forEach(skipped::add);
                    batch = new ArrayList<>(BATCH);
                }
            }
        }
        if (!batch.isEmpty()) {
            BulkImport.Outcome outcome = bulk.importBatch(space, batch, caller);
            imported += outcome.imported();
            skippedCount += outcome.skipped().size();
            outcome.skipped().stream().limit(Math.max(0, MAX_REPORTED - skipped.size())).forEach(skipped::add);
        }
        if (lineNumber == 0) {
            throw new ProblemException("empty-import", 400, "Nothing to import", "Send JSON lines: {title, markdown} a line.");
        }
        return new Report(imported, skippedCount, skipped);
    }
}
