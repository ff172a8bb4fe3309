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

    /** An article as it leaves: what readers see now, with who wrote it. */
    public record Published(long id, String slug, String title, String language, java.time.OffsetDateTime updated, long revision,
                            List<String> authors, List<String> categories, String markdown, List<vn.trithuc.knowledge.attachment.Attachment> files) {
    }

    /** Calls {@code each} for every article readers can see in the space (current published revision), one at a time. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void published(String spaceKey, boolean withFiles, java.util.function.Consumer<Published> each) {
        space(spaceKey);
        List<Long> ids = em.createQuery("select a.id from Article a where a.spaceKey = :s and a.currentRevision is not null order by a.slug",
                Long.class).setParameter("s", spaceKey).getResultList();
        for (Long id : ids) {
            Article article = em.find(Article.class, id);
            Revision current = article.current();
            if (current == null || current.hiddenBy() != null) {
                continue;
            }
            List<String> authors = authors(id);
            List<vn.trithuc.knowledge.attachment.Attachment> files = withFiles
                    ? em.createQuery("select f from Attachment f where f.articleId = :a order by f.filename", vn.trithuc.knowledge.attachment.Attachment.class)
                            .setParameter("a", id).getResultList()
                    : List.of();
            each.accept(new Published(id, article.slug(), article.title(), article.language(), current.createdAt(), current.id(), authors,
                    wiki.scan(current.markdown()).categories(), current.markdown(), files));
            em.clear();
        }
    }

    private final vn.trithuc.content.wiki.WikiMarkdown wiki = new vn.trithuc.content.wiki.WikiMarkdown(new MarkdownRenderer());

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

    /** The space as a zip of Markdown files (front matter: title, language, authors, categories, licence, source) with attachments. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void markdownZip(String spaceKey, String base, OutputStream out) {
        Space space = space(spaceKey);
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out, java.nio.charset.StandardCharsets.UTF_8)) {
            entry(zip, "README.txt", ("Tri Thức — " + space.name(Locale.forLanguageTag("vi")) + "\n" + base + "\n\n" + LICENCE_TEXT + "\n"
                    + "Xuất lúc / exported at " + java.time.OffsetDateTime.now() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            published(spaceKey, true, article -> {
                StringBuilder md = new StringBuilder("---\n");
                md.append("title: ").append(yaml(article.title())).append('\n');
                md.append("language: ").append(article.language()).append('\n');
                md.append("updated: ").append(article.updated()).append('\n');
                md.append("revision: ").append(article.revision()).append('\n');
                md.append("authors: [").append(String.join(", ", article.authors().stream().map(SpaceExport::yaml).toList())).append("]\n");
                if (!article.categories().isEmpty()) {
                    md.append("categories: [").append(String.join(", ", article.categories().stream().map(SpaceExport::yaml).toList())).append("]\n");
                }
                md.append("licence: ").append(LICENCE).append('\n');
                md.append("source: ").append(base).append('/').append(article.slug()).append('\n');
                md.append("---\n\n").append(article.markdown());
                try {
                    entry(zip, article.slug() + ".md", md.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    for (vn.trithuc.knowledge.attachment.Attachment file : article.files()) {
                        entry(zip, "files/" + article.slug() + "/" + file.filename().replaceAll("[/\\\\]", "_"), file.content());
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static final String LICENCE = "CC BY-SA 4.0";
    static final String LICENCE_URL = "https://creativecommons.org/licenses/by-sa/4.0/";
    static final String LICENCE_TEXT = "Nội dung theo giấy phép Creative Commons Ghi công – Chia sẻ tương tự 4.0 (CC BY-SA 4.0): "
            + LICENCE_URL + "\nContent licensed under CC BY-SA 4.0; credit the authors listed with each article.";

    private static void entry(java.util.zip.ZipOutputStream zip, String name, byte[] bytes) throws java.io.IOException {
        zip.putNextEntry(new java.util.zip.ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    static String yaml(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** An article readers can see, as a printable PDF with its authors and the licence. */
    @Transactional(Transactional.TxType.REQUIRED)
    public byte[] pdf(String spaceKey, String slug, String url) {
        Space space = space(spaceKey);
        Article article = em.createNamedQuery(Article.BY_SLUG, Article.class).setParameter("space", spaceKey).setParameter("slug", slug)
                .getResultStream().findFirst().orElse(null);
        if (article == null || !article.isVisible() || article.current().hiddenBy() != null) {
            throw ProblemException.notFound("The article " + spaceKey + "/" + slug);
        }
        Revision current = article.current();
        List<String> authors = authors(article.id());
        String updated = current.createdAt().atZoneSameInstant(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
        return new vn.trithuc.content.pdf.MarkdownPdf(new MarkdownRenderer()).render(new vn.trithuc.content.pdf.MarkdownPdf.Meta(article.title(),
                "Tri Thức — " + space.name(Locale.forLanguageTag("vi")), url, updated, authors,
                "Nội dung theo giấy phép CC BY-SA 4.0 (" + LICENCE_URL + "). Bản in từ " + url), current.markdown());
    }

    /** Who wrote the article's public revisions, sorted. */
    private List<String> authors(long articleId) {
        return em.createQuery("select distinct r.author from Revision r where r.article.id = :a and r.status = :p and r.hiddenBy is null",
                String.class).setParameter("a", articleId).setParameter("p", RevisionStatus.PUBLISHED).getResultList().stream().sorted().toList();
    }
}
