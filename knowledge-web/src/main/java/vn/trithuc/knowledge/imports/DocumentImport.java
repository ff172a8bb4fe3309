package vn.trithuc.knowledge.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.trithuc.web.files.Uploads;
import vn.trithuc.content.documents.DocumentConverter;
import vn.trithuc.content.documents.DocumentException;
import vn.trithuc.knowledge.article.ArticleService;
import vn.trithuc.knowledge.article.ArticleViews;
import vn.trithuc.knowledge.article.SaveRequest;
import vn.trithuc.knowledge.article.Slug;
import vn.trithuc.knowledge.attachment.AttachmentService;
import vn.trithuc.web.problem.ProblemException;
import vn.trithuc.web.security.Caller;
import vn.trithuc.web.security.Role;

/**
 * A document becomes an article: converted to Markdown (outside any transaction, it may take
 * seconds), then the article and its images saved in one transaction, so a failure leaves
 * nothing behind. The article is a new one (an existing title is refused rather than
 * overwritten); it follows the space's rules like any edit (a medical article waits for a doctor).
 */
@ApplicationScoped
public class DocumentImport {

    /** What one imported file became. */
    public record Imported(String file, String space, String slug, String title, String url, long revision, String status,
                           String mediaType, String format, String language, String author, int characters,
                           List<String> attachments, List<String> warnings) {
    }

    private final DocumentConverter converter = new DocumentConverter();

    @Inject
    ArticleService articles;

    @Inject
    AttachmentService attachments;

    @Inject
    DocumentImport self;

    /** Converts and saves one file; a bad file is a problem with the converter's specific code. */
    public Imported importFile(String space, String filename, byte[] content, String title, Caller caller) {
        caller.require(Role.CONTRIBUTOR);
        DocumentConverter.Document document;
        try {
            document = converter.convert(content, filename);
        } catch (DocumentException e) {
            throw Uploads.problem(e);
        }
        return self.save(space, filename, document, title, caller);
    }

    @Transactional
    public Imported save(String space, String filename, DocumentConverter.Document document, String title, Caller caller) {
        String chosen = title == null || title.isBlank() ? document.title() : title.strip();
        if (chosen.length() > 255) {
            chosen = chosen.substring(0, 255).strip();
        }
        Slug slug = Slug.fromTitle(chosen);
        if (articles.exists(space, slug.value())) {
            throw new ProblemException("article-exists", 409, "Article exists",
                    "An article titled '" + chosen + "' already exists in this space; give the import another title.",
                    Map.of("file", filename, "slug", slug.value()));
        }
        String language = document.language() != null && document.language().matches("[a-z]{2,3}") ? document.language() : null;
        ArticleViews.Saved saved = articles.save(space, slug.value(), new SaveRequest(chosen, document.markdown(),
                "Nhập từ tệp " + filename, null, language, null, null), caller);
        List<String> names = new ArrayList<>();
        for (DocumentConverter.Attachment image : document.attachments()) {
            names.add(attachments.attach(articles.byAddress(space, slug.value()), image.name(), image.bytes(), caller).filename());
        }
        ArticleViews.ArticleView article = saved.article();
        return new Imported(filename, space, slug.value(), chosen, "/wiki/" + space + "/" + slug.value(), article.revision(),
                article.status(), document.mediaType(), DocumentConverter.SUPPORTED.get(document.mediaType()),
                document.language(), document.author(), document.markdown().length(), names, document.warnings());
    }
}
