package vn.trithuc.knowledge.search;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.engine.backend.index.IndexManager;
import org.hibernate.search.mapper.orm.Search;

import vn.trithuc.knowledge.article.Article;
import vn.trithuc.web.page.Page;
import vn.trithuc.web.problem.ProblemException;
import vn.trithuc.web.security.Caller;
import vn.trithuc.web.security.Role;

/**
 * Administrators' view of the search index: documents and size, and the mass reindex as a
 * Jakarta Batch job — {@code POST /api/admin/search/reindex} (202 with the execution),
 * {@code GET /api/admin/search/reindex/{id}} (status and progress), and the page
 * {@code /admin/search} with a progress bar.
 */
@Path("")
public class IndexAdminResource {

    static final String JOB = "reindex-knowledge";

    /** A reindex execution as the API shows it. */
    public record Reindex(long id, String status, long done, long total, OffsetDateTime startedAt, OffsetDateTime endedAt) {
    }

    /** The index now. */
    public record IndexStatus(long documents, long sizeBytes, List<Reindex> recent) {
    }

    @PersistenceContext(unitName = "knowledge")
    EntityManager em;

    @Inject
    ReindexProgress progress;

    @Inject
    Caller caller;

    @POST
    @Path("api/admin/search/reindex")
    @Produces(MediaType.APPLICATION_JSON)
    public Response start() {
        caller.require(Role.ADMIN);
        long id = BatchRuntime.getJobOperator().start(JOB, new Properties());
        return Response.accepted(reindex(id)).location(URI.create("/api/admin/search/reindex/" + id)).build();
    }

    @GET
    @Path("api/admin/search/reindex/{id: [0-9]+}")
    @Produces(MediaType.APPLICATION_JSON)
    public Reindex get(@PathParam("id") long id) {
        caller.require(Role.ADMIN);
        return reindex(id);
    }

    @GET
    @Path("api/admin/search")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public IndexStatus status() {
        caller.require(Role.ADMIN);
        return indexStatus();
    }

    @GET
    @Path("admin/search")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public Page page() {
        caller.require(Role.ADMIN);
        return Page.of("admin-search", Map.of("index", indexStatus()));
    }

    @POST
    @Path("admin/search/reindex")
    public Response startFromPage() {
        start();
        return Response.seeOther(URI.create("/admin/search")).build();
    }

    /** Runs in the caller's transaction (the resource methods'). */
    IndexStatus indexStatus() {
        long documents = Search.session(em).search(Article.class).where(f -> f.matchAll()).fetchTotalHitCount();
        long size = sizeInBytes(Search.mapping(em.getEntityManagerFactory()).indexedEntity(Article.class).indexManager());
        List<Reindex> recent;
        try {
            JobOperator operator = BatchRuntime.getJobOperator();
            recent = operator.getJobInstances(JOB, 0, 5).stream()
                    .flatMap(instance -> operator.getJobExecutions(instance).stream())
                    .map(e -> reindex(e.getExecutionId())).toList();
        } catch (NoSuchJobException never) {
            recent = List.of();
        }
        return new IndexStatus(documents, size, recent);
    }

    /** The index's size on disk: Lucene's files, or the primary shards' store on Elasticsearch/OpenSearch. */
    static long sizeInBytes(IndexManager index) {
        if (index instanceof LuceneIndexManager lucene) {
            return lucene.computeSizeInBytes();
        }
        ElasticsearchIndexManager remote = index.unwrap(ElasticsearchIndexManager.class);
        try {
            var response = remote.backend().client(RestClient.class)
                    .performRequest(new Request("GET", "/" + remote.descriptor().readName() + "/_stats/store"));
            try (var body = new java.io.InputStreamReader(response.getEntity().getContent(), java.nio.charset.StandardCharsets.UTF_8)) {
                JsonObject stats = JsonParser.parseReader(body).getAsJsonObject();
                return stats.getAsJsonObject("_all").getAsJsonObject("primaries").getAsJsonObject("store")
                        .get("size_in_bytes").getAsLong();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot read the index statistics from the search cluster", e);
        }
    }

    private Reindex reindex(long id) {
        try {
            JobExecution execution = BatchRuntime.getJobOperator().getJobExecution(id);
            if (!JOB.equals(execution.getJobName())) {
                throw ProblemException.notFound("Reindex " + id);
            }
            ReindexProgress.Counts counts = progress.of(id);
            return new Reindex(id, execution.getBatchStatus().name(), counts.done(), counts.total(),
                    time(execution.getStartTime()), time(execution.getEndTime()));
        } catch (NoSuchJobExecutionException e) {
            throw ProblemException.notFound("Reindex " + id);
        }
    }

    private static OffsetDateTime time(java.util.Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
    }
}
