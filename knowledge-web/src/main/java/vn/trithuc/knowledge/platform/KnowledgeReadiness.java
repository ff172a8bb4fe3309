package vn.trithuc.knowledge.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.hibernate.search.mapper.orm.Search;

import vn.trithuc.knowledge.space.Space;
import vn.trithuc.web.platform.DatabaseReadiness;

/**
 * Readiness of the knowledge context, served at {@code /health/ready}: its database and schema,
 * and its search index (a real query against the Lucene backend).
 */
public class KnowledgeReadiness {

    /** Database reachable and schema migrated. */
    @Readiness
    @ApplicationScoped
    public static class Database implements HealthCheck {

        @Inject
        KnowledgeSchema schema;

        @Override
        public HealthCheckResponse call() {
            return DatabaseReadiness.check("knowledge-database", schema.dataSource(), KnowledgeSchema.SCHEMA,
                    schema.isMigrated());
        }
    }

    /** The search index answers queries. */
    @Readiness
    @ApplicationScoped
    public static class Index implements HealthCheck {

        @PersistenceContext(unitName = "knowledge")
        EntityManager em;

        @Override
        public HealthCheckResponse call() {
            try {
                long spaces = Search.session(em).search(Space.class).where(f -> f.matchAll()).fetchTotalHitCount();
                long articles = Search.session(em).search(vn.trithuc.knowledge.article.Article.class)
                        .where(f -> f.matchAll()).fetchTotalHitCount();
                return HealthCheckResponse.named("knowledge-index").up().withData("spaceDocuments", spaces)
                        .withData("articleDocuments", articles).build();
            } catch (RuntimeException e) {
                return HealthCheckResponse.named("knowledge-index").down().withData("error", String.valueOf(e.getMessage()))
                        .build();
            }
        }
    }
}
