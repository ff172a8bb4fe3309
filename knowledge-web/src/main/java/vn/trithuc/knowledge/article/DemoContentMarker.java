package vn.trithuc.knowledge.article;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Records which demo content sets were loaded ({@code knowledge.demo_content}). */
@ApplicationScoped
public class DemoContentMarker {

    @PersistenceContext(unitName = "knowledge")
    EntityManager em;

    @Transactional
    public boolean isLoaded(String item) {
        return ((Number) em.createNativeQuery("select count(*) from knowledge.demo_content where item = ?1")
                .setParameter(1, item).getSingleResult()).longValue() > 0;
    }

    @Transactional
    public void markLoaded(String item) {
        em.createNativeQuery("insert into knowledge.demo_content (item, loaded_at) values (?1, ?2)")
                .setParameter(1, item).setParameter(2, OffsetDateTime.now()).executeUpdate();
    }
}
