package vn.trithuc.learning.course;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import vn.trithuc.learning.progress.CourseAssignment;
import vn.trithuc.learning.quiz.QuestionJson;

/**
 * Demo courses for the run command ({@code TRITHUC_DEMO_CONTENT=true}), loaded on the first start
 * only: marker rows in {@code demo_content} record what was loaded (the catalogue, then the
 * courses' modules, lessons and group assignments), so what an administrator later removes does
 * not come back, and a data folder from before the lessons existed gets them once.
 */
@ApplicationScoped
public class DemoCourses {

    static final String ITEM = "courses";
    static final String STRUCTURE = "course-structure";
    static final String QUIZZES = "lesson-quizzes";
    private static final Logger LOG = Logger.getLogger(DemoCourses.class);

    @PersistenceContext(unitName = "learning")
    EntityManager em;

    @Inject
    LessonRenderer renderer;

    /** Loads the demo courses unless they were loaded before; returns how many were added. */
    @Transactional
    public int loadOnce() {
        OffsetDateTime now = OffsetDateTime.now();
        int count = 0;
        if (!loaded(ITEM)) {
            for (JsonObject item : read().getValuesAs(JsonObject.class)) {
                Course course = new Course(item.getString("title"), item.getString("summary"),
                        Course.Audience.valueOf(item.getString("audience")), item.getString("topic"), item.getString("level"),
                        item.getString("language"), item.getInt("estimatedHours"), item.getString("instructor"));
                course.authoredBy(item.getString("author", "giangvien"));
                course.publish(now);
                em.persist(course);
                count++;
            }
            mark(ITEM, now);
            LOG.infof("Loaded %d demo courses", count);
        }
        if (!loaded(STRUCTURE)) {
            em.flush();
            int lessons = 0;
            for (JsonObject item : read().getValuesAs(JsonObject.class)) {
                Course course = em.createQuery("select c from Course c where c.title = :t", Course.class)
                        .setParameter("t", item.getString("title")).getResultStream().findFirst().orElse(null);
                if (course == null || hasModules(course.id())) {
                    continue;
                }
                course.describe(course.title(), item.getString("summary"), item.getString("description", null), course.audience(),
                        course.topic(), course.level(), course.language(), course.estimatedHours(), course.instructor(),
                        item.containsKey("certificateMonths") ? item.getInt("certificateMonths") : null);
                int position = 0;
                for (JsonObject m : item.getJsonArray("modules").getValuesAs(JsonObject.class)) {
                    CourseModule module = new CourseModule(course.id(), m.getString("title"), position++);
                    em.persist(module);
                    int lessonPosition = 0;
                    for (JsonObject l : m.getJsonArray("lessons").getValuesAs(JsonObject.class)) {
                        String markdown = lesson(l.getString("file"));
                        Lesson lesson = new Lesson(course.id(), module.id(), lessonPosition++);
                        lesson.write(l.getString("title"), markdown, renderer.render(markdown), null, null, null, l.getInt("minutes"));
                        em.persist(lesson);
                        lessons++;
                    }
                }
                if (item.containsKey("assignments")) {
                    for (JsonObject a : item.getJsonArray("assignments").getValuesAs(JsonObject.class)) {
                        em.persist(new CourseAssignment(course.id(), a.getString("group"), now.plusDays(a.getInt("dueInDays")), "quantri"));
                    }
                }
            }
            mark(STRUCTURE, now);
            LOG.infof("Loaded %d demo lessons", lessons);
        }
        if (!loaded(QUIZZES)) {
            em.flush();
            int quizzes = 0;
            for (JsonObject item : read().getValuesAs(JsonObject.class)) {
                for (JsonObject m : item.getJsonArray("modules").getValuesAs(JsonObject.class)) {
                    for (JsonObject l : m.getJsonArray("lessons").getValuesAs(JsonObject.class)) {
                        if (!l.containsKey("quiz")) {
                            continue;
                        }
                        for (Lesson lesson : em.createQuery("select l from Lesson l, Course c where l.courseId = c.id and c.title = :course "
                                        + "and l.title = :title and l.quiz is null", Lesson.class)
                                .setParameter("course", item.getString("title")).setParameter("title", l.getString("title")).getResultList()) {
                            lesson.quiz(QuestionJson.write(QuestionJson.read(l.getJsonArray("quiz")), true).toString());
                            quizzes++;
                        }
                    }
                }
            }
            mark(QUIZZES, now);
            LOG.infof("Loaded %d demo practice quizzes", quizzes);
        }
        return count;
    }

    private boolean loaded(String item) {
        return ((Number) em.createNativeQuery("select count(*) from learning.demo_content where item = ?1")
                .setParameter(1, item).getSingleResult()).longValue() > 0;
    }

    private void mark(String item, OffsetDateTime at) {
        em.createNativeQuery("insert into learning.demo_content (item, loaded_at) values (?1, ?2)")
                .setParameter(1, item).setParameter(2, at).executeUpdate();
    }

    private boolean hasModules(long courseId) {
        return !em.createQuery("select m.id from CourseModule m where m.courseId = :c", Long.class).setParameter("c", courseId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    private static String lesson(String file) {
        try (InputStream in = DemoCourses.class.getResourceAsStream("/demo/lessons/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Demo lesson " + file + " missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
