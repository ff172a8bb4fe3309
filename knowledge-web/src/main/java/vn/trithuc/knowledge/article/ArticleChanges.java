package vn.trithuc.knowledge.article;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Entity listener of {@link Article}: whatever changed an article row (a revision, an approval, a
 * rename, protection, a verification, a translation group), readers' cached stamps of its address
 * are forgotten, so no code path can forget to do it.
 */
public class ArticleChanges {

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Article article) {
        CDI.current().select(StampCache.class).get().invalidate(article.spaceKey(), article.slug());
    }
}
