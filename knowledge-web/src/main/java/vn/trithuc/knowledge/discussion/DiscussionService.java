package vn.trithuc.knowledge.discussion;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.trithuc.content.markdown.MarkdownRenderer;
import vn.trithuc.knowledge.article.Article;
import vn.trithuc.knowledge.article.ArticleService;
import vn.trithuc.web.problem.ProblemException;
import vn.trithuc.web.security.Caller;
import vn.trithuc.web.security.Role;

/** Reading and writing an article's discussion. Anyone reads; contributors post. */
@ApplicationScoped
public class DiscussionService {

    public static final int MAX_POST_CHARS = 20_000;

    /** A post as shown. */
    public record Post(long id, Long replyTo, String author, OffsetDateTime timestamp, String markdown, String html) {
        static Post of(DiscussionPost p) {
            return new Post(p.id(), p.replyTo(), p.author(), p.createdAt(), p.markdown(), p.html());
        }
    }

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Inject
    ArticleService articles;

    @jakarta.inject.Inject
    vn.trithuc.knowledge.block.Blocks blocks;

    @PersistenceContext(unitName = "knowledge")
    EntityManager em;

    @Transactional
    public List<Post> thread(String space, String slug) {
        Article article = articles.visible(space, slug);
        return em.createNamedQuery(DiscussionPost.OF_ARTICLE, DiscussionPost.class).setParameter("article", article.id())
                .getResultStream().map(Post::of).toList();
    }

    @Transactional
    public Post post(String space, String slug, String text, Long replyTo, Caller caller) {
        caller.require(Role.CONTRIBUTOR);
        blocks.requireNotBlocked(caller);
        Article article = articles.visible(space, slug);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > MAX_POST_CHARS) {
            throw new ProblemException("invalid-post", 400, "Invalid post",
                    "A post has between 1 and " + MAX_POST_CHARS + " characters.");
        }
        if (replyTo != null) {
            DiscussionPost parent = em.find(DiscussionPost.class, replyTo);
            if (parent == null || !parent.articleId().equals(article.id())) {
                throw ProblemException.notFound("Post " + replyTo + " in this discussion");
            }
        }
        DiscussionPost post = new DiscussionPost(article.id(), replyTo, caller.username(), OffsetDateTime.now(ZoneOffset.UTC),
                body, markdown.render(body));
        em.persist(post);
        return Post.of(post);
    }
}
