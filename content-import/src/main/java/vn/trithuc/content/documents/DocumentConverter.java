package vn.trithuc.content.documents;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.ToXMLContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import com.vladsch.flexmark.html2md.converter.ExtensionConversion;
import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;

import vn.trithuc.content.files.FileCheck;

/**
 * Office documents, PDF, RTF, HTML and EPUB to a Markdown article: Apache Tika parses the file to
 * XHTML, a clean-up pass removes page furniture (headers, footers, slide masters) and turns Word's
 * list paragraphs into lists, and flexmark's HTML-to-Markdown converter writes the Markdown
 * (headings, lists, tables, links, emphasis). Embedded images become attachments, linked as
 * {@code attachment:name}; title, author and language (Tika's metadata, else language detection)
 * come along. Thread-safe.
 *
 * <p>Limits: the file's size, its page count, the amount of text, the parse time (the parse runs
 * on its own thread and is abandoned after the timeout), the number and size of images; Tika's
 * zip-bomb guard and its XML readers without external entities (no XXE) stay on. Encrypted
 * documents and programs are refused with a clear message.
 */
public final class DocumentConverter {

    /** Limits of one conversion. */
    public record Limits(long maxBytes, int maxPages, int maxCharacters, Duration timeout, int maxImages, long maxImageBytes) {

        /** 20 MB, 300 pages, 2 million characters, 60 s, 50 images of up to 5 MB. */
        public static final Limits DEFAULT = new Limits(20L << 20, 300, 2_000_000, Duration.ofSeconds(60), 50, 5L << 20);
    }

    /** An embedded image, to store as an attachment of the article. */
    public record Attachment(String name, String mediaType, byte[] bytes) {
    }

    /** The converted document. */
    public record Document(String title, String author, String language, String mediaType, String markdown,
                           List<Attachment> attachments, List<String> warnings) {
    }

    /** The document types converted. */
    public static final Map<String, String> SUPPORTED;

    static {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("application/pdf", "PDF");
        types.put("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX");
        types.put("application/msword", "DOC");
        types.put("application/vnd.oasis.opendocument.text", "ODT");
        types.put("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PPTX");
        types.put("application/vnd.ms-powerpoint", "PPT");
        types.put("application/vnd.oasis.opendocument.presentation", "ODP");
        types.put("application/rtf", "RTF");
        types.put("text/html", "HTML");
        types.put("application/xhtml+xml", "XHTML");
        types.put("application/epub+zip", "EPUB");
        types.put("text/plain", "text");
        types.put("text/markdown", "Markdown");
        SUPPORTED = Collections.unmodifiableMap(types);
    }

    private static final Set<String> PROGRAMS = FileCheck.EXECUTABLE;
    private static final Set<String> FURNITURE = Set.of("header", "footer", "slide-master-content", "slide-notes",
            "embedded", "package-entry", "slide-layout", "slide-master");
    private static final Pattern BULLET = Pattern.compile("^\\s*[·•◦▪‣●○■\\-–]\\s+(.*)$", Pattern.DOTALL);
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,3}|[a-zA-Z])[.)]\\s+(.*)$", Pattern.DOTALL);
    private static final ExecutorService PARSERS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "document-parser");
        thread.setDaemon(true);
        return thread;
    });

    private final Limits limits;
    private final AutoDetectParser parser;
    private final Detector detector;
    private final FlexmarkHtmlConverter html2md;
    private volatile LanguageDetector languages;

    public DocumentConverter() {
        this(Limits.DEFAULT);
    }

    public DocumentConverter(Limits limits) {
        this.limits = limits;
        TikaConfig config = TikaConfig.getDefaultConfig();
        this.parser = new AutoDetectParser(config);
        this.detector = config.getDetector();
        MutableDataSet options = new MutableDataSet();
        options.set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false);
        options.set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false);
        options.set(FlexmarkHtmlConverter.OUTPUT_UNKNOWN_TAGS, false);
        options.set(FlexmarkHtmlConverter.MAX_BLANK_LINES, 1);
        options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false);
        options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false);
        options.set(FlexmarkHtmlConverter.DIV_AS_PARAGRAPH, true);
        // only what the site's CommonMark renderer reads: no ++inserted++, ^sup^ or ~sub~ syntax
        options.set(FlexmarkHtmlConverter.EXT_INLINE_INS, ExtensionConversion.TEXT);
        options.set(FlexmarkHtmlConverter.EXT_INLINE_SUB, ExtensionConversion.TEXT);
        options.set(FlexmarkHtmlConverter.EXT_INLINE_SUP, ExtensionConversion.TEXT);
        this.html2md = FlexmarkHtmlConverter.builder(options).build();
    }

    /** The media type of the bytes (the name helps tell zip-based formats apart). */
    public String detect(byte[] content, String filename) {
        Metadata metadata = new Metadata();
        if (filename != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, filename);
        }
        try (TikaInputStream in = TikaInputStream.get(content)) {
            return detector.detect(in, metadata).getBaseType().toString();
        } catch (IOException e) {
            throw new DocumentException("malformed", filename, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Converts one document, or fails with a {@link DocumentException} that says why. */
    public Document convert(byte[] content, String filename) {
        String file = filename == null || filename.isBlank() ? "document" : filename;
        if (content.length == 0) {
            throw new DocumentException("empty", file, "the file is empty.");
        }
        if (content.length > limits.maxBytes()) {
            throw new DocumentException("too-large", file, "the file has " + content.length + " bytes; at most "
                    + limits.maxBytes() + " are accepted.");
        }
        String type = detect(content, file);
        if (PROGRAMS.contains(type) && !type.equals("text/html") && !type.equals("application/xhtml+xml")) {
            throw new DocumentException("executable", file, "this is a program (" + type + "), not a document.");
        }
        if (!SUPPORTED.containsKey(type)) {
            throw new DocumentException("unsupported-type", file, "files of type " + type
                    + " cannot be converted; supported: " + String.join(", ", SUPPORTED.values()) + ".");
        }
        Images images = new Images(limits);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file);
        String xhtml = parse(content, file, metadata, images);
        String pages = metadata.get(PagedText.N_PAGES);
        if (pages != null && Integer.parseInt(pages) > limits.maxPages()) {
            throw new DocumentException("too-many-pages", file, "the document has " + pages + " pages; at most "
                    + limits.maxPages() + " are accepted.");
        }
        List<String> warnings = new ArrayList<>(images.warnings);
        org.jsoup.nodes.Document html = Jsoup.parse(xhtml);
        Element body = html.body();
        clean(body);
        if (type.equals("application/pdf")) {
            joinLines(body);
        }
        String title = title(metadata, body, file);
        List<Attachment> attachments = linkImages(body, images, warnings);
        String markdown = html2md.convert(body.html()).replaceAll("\n{3,}", "\n\n").strip() + "\n";
        if (markdown.isBlank()) {
            throw new DocumentException("empty", file, "the document has no text (a scan? text in images is not read).");
        }
        String author = metadata.get(TikaCoreProperties.CREATOR);
        return new Document(title, author == null || author.isBlank() ? null : author.strip(),
                language(metadata, body.text()), type, markdown, attachments, warnings);
    }

    private String parse(byte[] content, String file, Metadata metadata, Images images) {
        ToXMLContentHandler xml = new ToXMLContentHandler();
        ContentHandler limited = new WriteOutContentHandler(xml, limits.maxCharacters());
        ParseContext context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, images);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setExtractInlineImages(true);
        pdf.setExtractUniqueInlineImagesOnly(true);
        context.set(PDFParserConfig.class, pdf);
        Future<?> parsing = PARSERS.submit(() -> {
            try (TikaInputStream in = TikaInputStream.get(content)) {
                parser.parse(in, limited, metadata, context);
            }
            return null;
        });
        try {
            parsing.get(limits.timeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parsing.cancel(true);
            throw new DocumentException("timeout", file, "reading the document took longer than "
                    + limits.timeout().toSeconds() + " s.");
        } catch (InterruptedException e) {
            parsing.cancel(true);
            Thread.currentThread().interrupt();
            throw new DocumentException("timeout", file, "the conversion was interrupted.");
        } catch (ExecutionException e) {
            throw failure(file, e.getCause());
        }
        return xml.toString();
    }

    private DocumentException failure(String file, Throwable cause) {
        if (cause instanceof EncryptedDocumentException) {
            return new DocumentException("encrypted", file, "the document is protected by a password; "
                    + "save it without the password and try again.", cause);
        }
        if (WriteLimitReachedException.isWriteLimitReached(cause)) {
            return new DocumentException("too-long", file, "the document has more than " + limits.maxCharacters()
                    + " characters of text.", cause);
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (chainMentions(cause, "zip bomb")) {
            return new DocumentException("zip-bomb", file, "the file expands to far more than it holds "
                    + "(a zip bomb?); it was not read.", cause);
        }
        if (cause instanceof TikaException || cause instanceof SAXException || cause instanceof IOException
                || cause instanceof RuntimeException) {
            return new DocumentException("malformed", file, "the document cannot be read: " + message, cause);
        }
        return new DocumentException("malformed", file, "the document cannot be read: " + message, cause);
    }

    private static boolean chainMentions(Throwable error, String words) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(words)) {
                return true;
            }
            if (t instanceof SAXException sax && sax.getException() != null && sax.getException() != t.getCause()
                    && chainMentions(sax.getException(), words)) {
                return true;
            }
        }
        return false;
    }

    /** Removes page furniture and empty paragraphs; turns list-like paragraphs into lists. */
    private static void clean(Element body) {
        for (Element element : new ArrayList<>(body.select("div, p"))) {
            for (String name : element.classNames()) {
                if (FURNITURE.contains(name)) {
                    element.remove();
                    break;
                }
            }
        }
        body.select("a[name]:not([href])").unwrap();
        body.select("meta, title, script, style").remove();
        for (Element p : new ArrayList<>(body.select("p"))) {
            if (p.text().isBlank() && p.select("img").isEmpty()) {
                p.remove();
            }
        }
        // Word lists arrive as paragraphs ("· Bullet 1", "1) Number 1") of the list paragraph style
        List<Element> run = new ArrayList<>();
        for (Element p : new ArrayList<>(body.select("p"))) {
            boolean listed = p.hasClass("list_Paragraph") || p.className().toLowerCase(Locale.ROOT).contains("list");
            if (listed && (BULLET.matcher(p.text()).matches() || NUMBERED.matcher(p.text()).matches())) {
                if (!run.isEmpty() && run.get(run.size() - 1).nextElementSibling() != p) {
                    makeList(run);
                }
                run.add(p);
            } else if (!run.isEmpty()) {
                makeList(run);
            }
        }
        makeList(run);
        // a Markdown table needs a header row: the first row becomes it when the document has none
        for (Element table : body.select("table")) {
            if (table.selectFirst("th") == null) {
                Element first = table.selectFirst("tr");
                if (first != null) {
                    first.select("> td").tagName("th");
                }
            }
        }
        body.select("s, strike").tagName("del");
        // links inside the file (bookmarks, other chapters of an EPUB) lead nowhere here
        for (Element link : new ArrayList<>(body.select("a[href]"))) {
            if (!link.attr("href").matches("(?i)^(https?:|mailto:).*")) {
                link.unwrap();
            }
        }
    }

    /**
     * PDF text comes a line at a time: a line that does not end a sentence continues into the next
     * when that one starts in lower case or the line is full (at least three quarters of the
     * page's longest line, so it was wrapped); short lines (headings, dates) stay on their own.
     */
    private static void joinLines(Element body) {
        for (Element page : body.select("div.page")) {
            int longest = page.select("> p").stream().mapToInt(p -> p.text().strip().length()).max().orElse(0);
            Element previous = null;
            for (Element p : new ArrayList<>(page.select("> p"))) {
                String text = p.text().strip();
                if (previous != null) {
                    String before = previous.text().strip();
                    boolean ends = before.matches(".*[.!?:;]$");
                    boolean continues = !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
                    if (!ends && (continues || before.length() >= longest * 3 / 4)) {
                        previous.appendText(" ");
                        for (Node child : new ArrayList<>(p.childNodes())) {
                            previous.appendChild(child);
                        }
                        p.remove();
                        continue;
                    }
                }
                previous = p;
            }
        }
    }

    private static void makeList(List<Element> run) {
        if (run.isEmpty()) {
            return;
        }
        boolean numbered = NUMBERED.matcher(run.get(0).text()).matches();
        Element list = new Element(numbered ? "ol" : "ul");
        run.get(0).before(list);
        for (Element p : run) {
            Element item = list.appendElement("li");
            for (Node child : new ArrayList<>(p.childNodes())) {
                item.appendChild(child);
            }
            stripMarker(item, numbered ? NUMBERED : BULLET);
            p.remove();
        }
        run.clear();
    }

    private static void stripMarker(Element item, Pattern marker) {
        for (Node child : item.childNodes()) {
            if (child instanceof TextNode text && !text.isBlank()) {
                Matcher matcher = marker.matcher(text.getWholeText());
                if (matcher.matches()) {
                    text.text(matcher.group(matcher.groupCount()));
                }
                return;
            }
        }
    }

    /** The title from the metadata, else the document's title heading, else the file name. */
    private static String title(Metadata metadata, Element body, String file) {
        Element titled = body.selectFirst("h1.title, p.title");
        String title = metadata.get(TikaCoreProperties.TITLE);
        if (titled != null) {
            if (title == null || title.isBlank()) {
                title = titled.text();
            }
            if (titled.text().strip().equals(title.strip())) {
                titled.remove();
            }
        }
        if (title == null || title.isBlank()) {
            Element first = body.selectFirst("h1");
            title = first == null ? null : first.text();
        }
        if (title == null || title.isBlank()) {
            String name = file.replaceAll(".*[/\\\\]", "");
            title = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        }
        return title.strip().replaceAll("\\s+", " ");
    }

    /** Points images at the attachments they become; images that were not extracted are dropped with a warning. */
    private static List<Attachment> linkImages(Element body, Images images, List<String> warnings) {
        Map<String, Attachment> byName = new LinkedHashMap<>();
        for (Attachment image : images.found) {
            byName.putIfAbsent(image.name(), image);
        }
        List<Attachment> used = new ArrayList<>();
        for (Element img : new ArrayList<>(body.select("img"))) {
            String src = img.attr("src");
            String name = baseName(src.startsWith("embedded:") ? src.substring("embedded:".length()) : src);
            Attachment image = byName.get(name);
            if (image == null) {
                warnings.add("Image " + src + " is not in the file and was left out.");
                img.remove();
                continue;
            }
            img.attr("src", "attachment:" + name.replace(" ", "%20"));
            if (!img.hasAttr("alt") || img.attr("alt").isBlank()) {
                img.attr("alt", name);
            }
            if (!used.contains(image)) {
                used.add(image);
            }
        }
        return used;
    }

    private String language(Metadata metadata, String text) {
        String declared = metadata.get(TikaCoreProperties.LANGUAGE);
        if (declared != null && !declared.isBlank()) {
            return declared.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        }
        if (text.isBlank()) {
            return null;
        }
        LanguageResult result = detector().detect(text.length() > 20_000 ? text.substring(0, 20_000) : text);
        return result.isReasonablyCertain() ? result.getLanguage() : null;
    }

    private LanguageDetector detector() {
        LanguageDetector detector = languages;
        if (detector == null) {
            synchronized (this) {
                if (languages == null) {
                    languages = new OptimaizeLangDetector().loadModels();
                }
                detector = languages;
            }
        }
        return detector;
    }

    static String baseName(String path) {
        String name = path.replaceAll(".*[/\\\\]", "");
        return name.isBlank() ? "image" : name;
    }

    /** Collects embedded images (within limits) instead of parsing embedded documents into the text. */
    private static final class Images implements EmbeddedDocumentExtractor {

        private final Limits limits;
        final List<Attachment> found = Collections.synchronizedList(new ArrayList<>());
        final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

        Images(Limits limits) {
            this.limits = limits;
        }

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            String type = metadata.get(org.apache.tika.metadata.HttpHeaders.CONTENT_TYPE);
            String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
            return (type != null && type.startsWith("image/")) || (name != null && name.matches("(?i).*\\.(png|jpe?g|gif|webp)$"));
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
                throws IOException {
            String name = baseName(String.valueOf(metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY)));
            if (found.size() >= limits.maxImages()) {
                warnings.add("Image " + name + " left out: at most " + limits.maxImages() + " images are kept.");
                return;
            }
            byte[] bytes = stream.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxImageBytes() + 1));
            if (bytes.length > limits.maxImageBytes()) {
                warnings.add("Image " + name + " left out: larger than " + limits.maxImageBytes() + " bytes.");
                return;
            }
            String type = metadata.get(org.apache.tika.metadata.HttpHeaders.CONTENT_TYPE);
            found.add(new Attachment(name, type == null ? "application/octet-stream" : MediaType.parse(type).getBaseType().toString(),
                    bytes));
        }
    }
}
