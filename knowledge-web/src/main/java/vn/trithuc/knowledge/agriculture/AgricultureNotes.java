package vn.trithuc.knowledge.agriculture;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.trithuc.web.problem.ProblemException;
import vn.trithuc.web.security.Caller;
import vn.trithuc.web.security.Role;

/** Structured fields, verification and browsing of agriculture notes. */
@ApplicationScoped
public class AgricultureNotes {

    public static final String SPACE = "agriculture";

    /** A note in the browse list. */
    public record NoteEntry(String slug, String title, String crop, String pest, String district, boolean verified) {
    }

    /** Browse result: the notes matching the filters and the counts per crop and per district. */
    public record Browse(List<NoteEntry> notes, Map<String, Long> crops, Map<String, Long> districts) {
    }

    @PersistenceContext(unitName = "knowledge")
    EntityManager em;

    @jakarta.inject.Inject
    vn.trithuc.knowledge.article.ArticleService articles;

    /** Stores the fields sent with a save (joins the caller's transaction). */
    @Transactional
    public void update(long articleId, AgriFields fields) {
        AgriNote note = em.find(AgriNote.class, articleId);
        if (note == null) {
            note = new AgriNote(articleId);
            em.persist(note);
        }
        note.update(fields);
    }

    @Transactional
    public AgriView view(long articleId, long currentRevision) {
        AgriNote note = em.find(AgriNote.class, articleId);
        return note == null ? null : note.view(currentRevision);
    }

    /** An expert vouches for the revision of a note that readers see now. */
    @Transactional
    public void verify(String slug, Caller caller) {
        caller.require(Role.AGRI_EXPERT);
        vn.trithuc.knowledge.article.Article article = articles.visible(SPACE, slug);
        AgriNote note = em.find(AgriNote.class, article.id());
        if (note == null) {
            note = new AgriNote(article.id());
            em.persist(note);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        note.verify(caller.username(), article.current().id(), now);
        article.touch(now);
    }

    @Transactional
    public Browse browse(String crop, String district) {
        String filter = " from AgriNote n, Article a where n.articleId = a.id and a.currentRevision is not null"
                + (crop == null || crop.isBlank() ? "" : " and lower(n.crop) = lower(:crop)")
                + (district == null || district.isBlank() ? "" : " and lower(n.district) = lower(:district)");
        var query = em.createQuery("select n, a" + filter + " order by a.title", Object[].class).setMaxResults(500);
        if (crop != null && !crop.isBlank()) {
            query.setParameter("crop", crop.strip());
        }
        if (district != null && !district.isBlank()) {
            query.setParameter("district", district.strip());
        }
        List<NoteEntry> notes = query.getResultStream().map(row -> {
            AgriNote n = (AgriNote) row[0];
            vn.trithuc.knowledge.article.Article a = (vn.trithuc.knowledge.article.Article) row[1];
            AgriView v = n.view(a.current().id());
            return new NoteEntry(a.slug(), a.title(), v.crop(), v.pest(), v.district(), v.verified());
        }).toList();
        return new Browse(notes, counts("crop"), counts("district"));
    }

    private Map<String, Long> counts(String field) {
        if (!field.equals("crop") && !field.equals("district")) {
            throw new ProblemException("invalid-facet", 400, "Invalid facet", "Unknown facet " + field);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        em.createQuery("select n." + field + ", count(n) from AgriNote n, Article a where n.articleId = a.id "
                        + "and a.currentRevision is not null and n." + field + " is not null group by n." + field
                        + " order by count(n) desc, n." + field, Object[].class)
                .setMaxResults(100).getResultStream().forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }
}
