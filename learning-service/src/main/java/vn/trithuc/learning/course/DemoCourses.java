package vn.trithuc.learning.course;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

/**
 * Demo courses for the run command ({@code TRITHUC_DEMO_CONTENT=true}), loaded on the first start
 * only: a marker row in {@code demo_content} records that they were, so courses an administrator
 * later removes do not come back.
 */
@ApplicationScoped
public class DemoCourses {

    static final String ITEM = "courses";
    private static final Logger LOG = Logger.getLogger(DemoCourses.class);

    @PersistenceContext(unitName = "learning")
    EntityManager em;

    /** Loads the demo courses unless they were loaded before; returns how many were added. */
    @Transactional
    public int loadOnce() {
        long loaded = ((Number) em.createNativeQuery("select count(*) from learning.demo_content where item = ?1")
                .setParameter(1, ITEM).getSingleResult()).longValue();
        if (loaded > 0) {
            return 0;
        }
        OffsetDateTime now = OffsetDateTime.now();
        int count = 0;
        for (JsonObject item : read().getValuesAs(JsonObject.class)) {
            Course course = new Course(item.getString("title"), item.getString("summary"),
                    Course.Audience.valueOf(item.getString("audience")), item.getString("topic"), item.getString("level"),
                    item.getString("language"), item.getInt("estimatedHours"), item.getString("instructor"));
            course.publish(now);
            em.persist(course);
            count++;
        }
        em.createNativeQuery("insert into learning.demo_content (item, loaded_at) values (?1, ?2)")
                .setParameter(1, ITEM).setParameter(2, now).executeUpdate();
        LOG.infof("Loaded %d demo courses", count);
        return count;
    }

    private static JsonArray read() {
        try (InputStream in = DemoCourses.class.getResourceAsStream("/demo/courses.json");
             JsonReader reader = Json.createReader(in)) {
            return reader.readArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
