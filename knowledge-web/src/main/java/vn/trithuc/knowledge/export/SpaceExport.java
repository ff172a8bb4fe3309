package vn.trithuc.knowledge.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.trithuc.content.markdown.MarkdownRenderer;
import vn.trithuc.content.mediawiki.MarkdownWikitext;
import vn.trithuc.content.mediawiki.MediaWikiExport;
import vn.trithuc.knowledge.article.Article;
import vn.trithuc.knowledge.article.Revision;
import vn.trithuc.knowledge.article.RevisionStatus;
import vn.trithuc.knowledge.space.Space;
import vn.trithuc.web.problem.ProblemException;

/**
 * A space as a MediaWiki export with its full public history: every published revision that is
 * not hidden, oldest first, with its author, time and summary, the text converted to wikitext;
 * redirects as redirects. What readers cannot see (pending or rejected medical edits, hidden
 * revisions) does not leave. Streams article by article.
 */
@ApplicationScoped
public class SpaceExport {

    static final Map<Integer, String> NAMESPACES = Map.of(0, "", 6, "Tập tin", 14, "Thể loại");

    @PersistenceContext(unitName = "knowledge")
    EntityManager em;

    private final MarkdownWikitext wikitext = new MarkdownWikitext(new MarkdownRenderer());

    public Space space(String key) {
        Space space = key == null ? null : em.find(Space.class, key);
        if (space == null) {
            throw ProblemException.notFound("The space " + key);
        }
        return space;
    }

    /** Writes the export of {@code spaceKey} to {@code out}; {@code base} is the space's address. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void mediaWiki(String spaceKey, String base, OutputStream out) {
        Space space = space(spaceKey);
        try (MediaWikiExport export = new MediaWikiExport(out, "Tri Thức — " + space.name(Locale.forLanguageTag("vi")), base, NAMESPACES)) {
            List<Long> ids = em.createQuery("select a.id from Article a where a.spaceKey = :s order by a.id", Long.class)
                    .setParameter("s", spaceKey).getResultList();
            for (Long id : ids) {
                Article article = em.find(Article.class, id);
                if (article.redirectTo() != null) {
                    Article target = em.createNamedQuery(Article.BY_SLUG, Article.class).setParameter("space", spaceKey)
                            .setParameter("slug", article.redirectTo()).getResultStream().findFirst().orElse(null);
                    String title = target == null ? article.redirectTo() : target.title();
                    export.page(article.title(), article.id(), title, List.of(new MediaWikiExport.Rev(-article.id(), null,
                            article.updatedAt().toInstant(), "Tri Thức", "Đổi hướng", false, "#REDIRECT [[" + title + "]]")));
                } else if (article.isVisible()) {
                    List<MediaWikiExport.Rev> revisions = new ArrayList<>();
                    Long parent = null;
                    for (Revision r : em.createQuery("select r from Revision r where r.article.id = :a and r.status = :p and r.hiddenBy is null "
                            + "order by r.createdAt, r.id", Revision.class).setParameter("a", id).setParameter("p", RevisionStatus.PUBLISHED)
                            .getResultList()) {
                        revisions.add(new MediaWikiExport.Rev(r.id(), parent, r.createdAt().toInstant(), r.author(), r.summary(), false,
                                wikitext.convert(r.markdown())));
                        parent = r.id();
                    }
                    if (!revisions.isEmpty()) {
                        export.page(article.title(), article.id(), null, revisions);
                    }
                }
                em.clear(); // one article's history in memory at a time
            }
        }
    }
}
