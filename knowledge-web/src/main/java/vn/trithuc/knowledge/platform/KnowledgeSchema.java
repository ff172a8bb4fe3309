package vn.trithuc.knowledge.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.jboss.logging.Logger;

import vn.trithuc.knowledge.article.DemoArticles;
import vn.trithuc.knowledge.search.ArticleIndexBinder;
import vn.trithuc.web.Settings;
import vn.trithuc.web.platform.SchemaMigration;

/**
 * Migrates the {@code knowledge} schema when the application starts, then indexes what the
 * migrations wrote directly (rows inserted by SQL bypass Hibernate Search's listeners) when the
 * index is empty — on the first start, or after the index folder was deleted.
 */
@ApplicationScoped
public class KnowledgeSchema {

    public static final String SCHEMA = "knowledge";

    @Resource(lookup = "java:jboss/datasources/TriThucDS")
    DataSource dataSource;

    @PersistenceUnit(unitName = "knowledge")
    EntityManagerFactory entityManagerFactory;

    private static final Logger LOG = Logger.getLogger(KnowledgeSchema.class);

    @Inject
    DemoArticles demoArticles;

    private volatile boolean migrated;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) throws InterruptedException {
        SchemaMigration.migrate(dataSource, SCHEMA, KnowledgeSchema.class.getClassLoader());
        migrated = true;
        indexIfEmpty();
        if (Boolean.parseBoolean(Settings.env("TRITHUC_DEMO_CONTENT", "false"))) {
            demoArticles.loadOnce();
        }
    }

    private void indexIfEmpty() throws InterruptedException {
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        try (var em = entityManagerFactory.createEntityManager()) {
            long indexed = Search.session(em).search(mapping.allIndexedEntities().stream()
                    .map(e -> e.javaClass()).toList()).where(f -> f.matchAll()).fetchTotalHitCount();
            int built = ((Number) em.createNativeQuery("select version from " + SCHEMA + ".search_index_version where id = 1")
                    .getSingleResult()).intValue();
            if (indexed == 0 || built != ArticleIndexBinder.VERSION) {
                LOG.infof("The knowledge search index is %s; indexing the database",
                        indexed == 0 ? "empty" : "from an older layout (" + built + ", now " + ArticleIndexBinder.VERSION + ")");
                mapping.scope(Object.class).massIndexer().threadsToLoadObjects(1).purgeAllOnStart(true).startAndWait();
            }
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("update " + SCHEMA
                     + ".search_index_version set version = ? where id = 1")) {
            update.setInt(1, ArticleIndexBinder.VERSION);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the search index version", e);
        }
    }

    public boolean isMigrated() {
        return migrated;
    }

    DataSource dataSource() {
        return dataSource;
    }
}
