package vn.trithuc.knowledge.platform;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.hibernate.search.mapper.orm.Search;

import vn.trithuc.knowledge.space.Space;
import vn.trithuc.web.security.Caller;
import vn.trithuc.web.security.Role;

/** System facts for administrators. */
@ApplicationScoped
public class SystemService {

    @PersistenceContext(unitName = "knowledge")
    EntityManager em;

    @Inject
    KnowledgeSchema schema;

    @Transactional(Transactional.TxType.SUPPORTS)
    public SystemStatus status(Caller caller) {
        caller.require(Role.ADMIN);
        String database;
        try (Connection connection = schema.dataSource().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            database = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            database = "unavailable: " + e.getMessage();
        }
        Object version = em.createNativeQuery("select max(version) from " + KnowledgeSchema.SCHEMA
                + ".flyway_schema_history where success = true").getSingleResult();
        long spaces = em.createQuery("select count(s) from Space s", Long.class).getSingleResult();
        long indexed = Search.session(em).search(Space.class).where(f -> f.matchAll()).fetchTotalHitCount();
        return new SystemStatus("knowledge-web", database, String.valueOf(version), spaces, indexed);
    }
}
