package vn.trithuc.knowledge.attachment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.trithuc.content.files.FileCheck;
import vn.trithuc.knowledge.article.Article;
import vn.trithuc.knowledge.article.ArticleService;
import vn.trithuc.web.Settings;
import vn.trithuc.web.problem.ProblemException;
import vn.trithuc.web.security.Caller;
import vn.trithuc.web.security.Role;

/** Uploading, listing and serving attachments. */
@ApplicationScoped
public class AttachmentService {

    /** {@code TRITHUC_MAX_ATTACHMENT_BYTES}: largest file accepted, 10 MB by default. */
    public static final int MAX_BYTES = Integer.parseInt(Settings.env("TRITHUC_MAX_ATTACHMENT_BYTES", "10485760"));

    /** An attachment as listed; {@code url} serves the file. */
    public record AttachmentView(long id, String filename, String mediaType, int size, String sha256, String uploadedBy,
                                 OffsetDateTime uploadedAt, String url) {
        static AttachmentView of(Attachment a) {
            return new AttachmentView(a.id(), a.filename(), a.mediaType(), a.sizeBytes(), a.sha256(), a.uploadedBy(),
                    a.uploadedAt(), "/attachments/" + a.id() + "/" + java.net.URLEncoder.encode(a.filename(),
                    java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
    }

    /** A file to serve. */
    public record FileContent(String filename, String mediaType, byte[] bytes, String sha256) {
    }

    private final FileCheck check = new FileCheck();

    @Inject
    ArticleService articles;

    @jakarta.inject.Inject
    vn.trithuc.knowledge.block.Blocks blocks;

    @PersistenceContext(unitName = "knowledge")
    EntityManager em;

    @Transactional
    public AttachmentView upload(String space, String slug, String filename, byte[] content, Caller caller) {
        caller.require(Role.CONTRIBUTOR);
        blocks.requireNotBlocked(caller);
        return attach(articles.visible(space, slug), filename, content, caller);
    }

    /**
     * Attaches a file to an article, e.g. one being imported in the same transaction (and so not
     * visible yet when it waits for review). The caller's rights are checked by the caller.
     */
    @Transactional
    public AttachmentView attach(Article article, String filename, byte[] content, Caller caller) {
        if (content.length > MAX_BYTES) {
            throw ProblemException.payloadTooLarge(MAX_BYTES);
        }
        if (content.length == 0) {
            throw new ProblemException("empty-file", 400, "Empty file", "The file has no content.");
        }
        String name = cleanName(filename);
        FileCheck.Result result = check.check(content, name);
        if (!result.accepted()) {
            throw new ProblemException(result.refusal(), 415, "File refused", result.detail(),
                    Map.of("detectedType", result.mediaType()));
        }
        Attachment attachment = new Attachment(article.id(), name, result.mediaType(), content, sha256(content),
                caller.username(), OffsetDateTime.now(ZoneOffset.UTC));
        em.persist(attachment);
        return AttachmentView.of(attachment);
    }

    @Transactional
    public List<AttachmentView> list(String space, String slug) {
        Article article = articles.visible(space, slug);
        return em.createNamedQuery(Attachment.OF_ARTICLE, Attachment.class).setParameter("article", article.id())
                .getResultStream().map(AttachmentView::of).toList();
    }

    /** The article's newest attachment with this file name ({@code attachment:name} links lead here). */
    @Transactional
    public AttachmentView named(String space, String slug, String filename) {
        Article article = articles.visible(space, slug);
        String name = cleanName(filename);
        return em.createNamedQuery(Attachment.OF_ARTICLE, Attachment.class).setParameter("article", article.id())
                .getResultStream().filter(a -> a.filename().equals(name)).reduce((first, second) -> second)
                .map(AttachmentView::of)
                .orElseThrow(() -> ProblemException.notFound("The attachment " + name + " of " + space + "/" + slug));
    }

    @Transactional
    public FileContent file(long id) {
        Attachment attachment = em.find(Attachment.class, id);
        if (attachment == null) {
            throw ProblemException.notFound("Attachment " + id);
        }
        return new FileContent(attachment.filename(), attachment.mediaType(), attachment.content(), attachment.sha256());
    }

    /** A file name without folders or control characters, at most 255 characters. */
    static String cleanName(String filename) {
        String name = filename == null ? "" : filename;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
        if (name.isEmpty() || name.startsWith(".")) {
            name = "tep" + name;
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
