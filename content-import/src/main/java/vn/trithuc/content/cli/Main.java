package vn.trithuc.content.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.trithuc.content.documents.DocumentConverter;
import vn.trithuc.content.documents.DocumentException;
import vn.trithuc.content.mediawiki.DumpException;
import vn.trithuc.content.mediawiki.MediaWikiDump;
import vn.trithuc.content.mediawiki.Wikitext;
import vn.trithuc.content.questions.formats.Gift;
import vn.trithuc.content.questions.formats.ImportedQuestions;
import vn.trithuc.content.questions.formats.Qti;
import vn.trithuc.content.questions.formats.QuestionFileException;
import vn.trithuc.content.questions.formats.QuestionFiles;
import vn.trithuc.content.wiki.WikiLink;

/**
 * {@code java -jar content-import.jar convert FILE [--to gift|qti] [-o OUT]}: converts a file
 * offline, as the platform's import would read it.
 * <ul>
 * <li>question files (GIFT, Aiken, Moodle XML, a QTI 2.1 item or content package) → GIFT on
 * standard output, or a QTI 2.1 package ({@code --to qti -o bank.zip}); items that cannot be
 * carried over are listed on standard error with their line;</li>
 * <li>a MediaWiki export → one Markdown file per page (its latest revision, with the title,
 * author, time, categories and redirect in a front-matter block) in the folder {@code -o DIR};</li>
 * <li>a document (PDF, DOCX, DOC, ODT, PPTX, RTF, HTML, EPUB) → Markdown with a front-matter block
 * (title, author, language) on standard output or in {@code -o FILE.md}, its images beside it.</li>
 * </ul>
 * Exit status: 0 converted, 1 the file could not be read (the message names file and position),
 * 2 wrong usage or a format this command does not convert.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || !"convert".equals(args[0])) {
            err.println("Usage: java -jar content-import.jar convert FILE [--to gift|qti] [-o OUT]");
            err.println("  FILE: GIFT, Aiken, Moodle XML, QTI 2.1 (item .xml or package .zip), a MediaWiki export (.xml),");
            err.println("        or a document: PDF, DOCX, DOC, ODT, PPTX, RTF, HTML, EPUB (→ Markdown)");
            return 2;
        }
        Path file = Path.of(args[1]);
        String to = "gift";
        Path output = null;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--to" -> to = i + 1 < args.length ? args[++i] : "";
                case "-o", "--out" -> output = i + 1 < args.length ? Path.of(args[++i]) : null;
                default -> {
                    err.println("✖ Unknown option " + args[i]);
                    return 2;
                }
            }
        }
        if (!Files.isRegularFile(file)) {
            err.println("✖ " + file + ": no such file");
            return 2;
        }
        try {
            if (isMediaWiki(file)) {
                return mediaWiki(file, output == null ? Path.of(file.getFileName() + ".markdown") : output, out);
            }
            if (isDocument(file)) {
                return document(file, output, out, err);
            }
            return questions(file, to, output, out, err);
        } catch (QuestionFileException | DumpException | DocumentException e) {
            err.println("✖ " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("✖ " + file + ": " + e.getMessage());
            return 1;
        }
    }

    private static boolean isDocument(Path file) throws IOException {
        String type = new DocumentConverter().detect(Files.readAllBytes(file), file.getFileName().toString());
        if (vn.trithuc.content.files.FileCheck.EXECUTABLE.contains(type) && !type.startsWith("text/html")
                && !type.equals("application/xhtml+xml")) {
            throw new DocumentException("executable", file.getFileName().toString(), "this is a program (" + type
                    + "), not a document or question file.");
        }
        return DocumentConverter.SUPPORTED.containsKey(type) && !type.startsWith("text/plain") && !type.equals("text/markdown");
    }

    private static int document(Path file, Path output, PrintStream out, PrintStream err) throws IOException {
        DocumentConverter.Document doc = new DocumentConverter().convert(Files.readAllBytes(file), file.getFileName().toString());
        StringBuilder markdown = new StringBuilder("---\ntitle: ").append(yaml(doc.title())).append('\n');
        if (doc.author() != null) {
            markdown.append("author: ").append(yaml(doc.author())).append('\n');
        }
        if (doc.language() != null) {
            markdown.append("language: ").append(yaml(doc.language())).append('\n');
        }
        markdown.append("source: ").append(yaml(file.getFileName() + " (" + DocumentConverter.SUPPORTED.get(doc.mediaType()) + ")"))
                .append("\n---\n\n").append(doc.markdown());
        doc.warnings().forEach(w -> err.println("  " + w));
        if (output == null) {
            out.print(markdown);
            if (!doc.attachments().isEmpty()) {
                err.println("  " + doc.attachments().size() + " image(s) not written: give -o FILE.md to keep them beside it");
            }
        } else {
            Files.writeString(output, markdown, StandardCharsets.UTF_8);
            Path folder = output.toAbsolutePath().getParent();
            for (DocumentConverter.Attachment image : doc.attachments()) {
                Files.write(folder.resolve(image.name()), image.bytes());
            }
        }
        err.println("✔ " + doc.title() + ": " + doc.markdown().length() + " characters of Markdown, "
                + doc.attachments().size() + " image(s)" + (output == null ? "" : " → " + output));
        return 0;
    }

    private static boolean isMediaWiki(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            return head.contains("<mediawiki");
        }
    }

    private static int questions(Path file, String to, Path output, PrintStream out, PrintStream err) throws IOException {
        String name = file.getFileName().toString();
        ImportedQuestions read = QuestionFiles.read(name, Files.readAllBytes(file));
        read.skipped().forEach(s -> err.println("  not converted: " + s.item() + (s.line() > 0 ? " (line " + s.line() + ")" : "") + " — " + s.reason()));
        switch (to) {
            case "gift" -> {
                List<ImportedQuestions.Skipped> left = new ArrayList<>();
                String gift = Gift.write(read.items(), left);
                left.forEach(s -> err.println("  not in GIFT: " + s.item() + " — " + s.reason()));
                if (output == null) {
                    out.print(gift);
                } else {
                    Files.writeString(output, gift, StandardCharsets.UTF_8);
                }
            }
            case "qti" -> {
                if (output == null) {
                    err.println("✖ A QTI package is a zip file: give it a name with -o bank.zip");
                    return 2;
                }
                try (OutputStream zip = Files.newOutputStream(output)) {
                    Qti.writePackage(read.items(), zip);
                }
            }
            default -> {
                err.println("✖ --to is gift or qti");
                return 2;
            }
        }
        err.println("✔ " + read.items().size() + " question(s) converted, " + read.skipped().size() + " not"
                + (output == null ? "" : " → " + output));
        return 0;
    }

    private static int mediaWiki(Path file, Path folder, PrintStream out) throws IOException {
        Files.createDirectories(folder);
        Map<String, String> written = new LinkedHashMap<>();
        int[] counts = new int[3]; // pages, revisions, redirects
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            MediaWikiDump.read(in, file.getFileName().toString(), new MediaWikiDump.Handler() {
                Wikitext wikitext = new Wikitext(null);
                MediaWikiDump.Revision latest;

                @Override
                public void siteInfo(MediaWikiDump.SiteInfo site) {
                    wikitext = new Wikitext(site);
                }

                @Override
                public boolean pageStart(MediaWikiDump.PageHeader page) {
                    latest = null;
                    return true;
                }

                @Override
                public void revision(MediaWikiDump.PageHeader page, MediaWikiDump.Revision revision) {
                    counts[1]++;
                    if (latest == null || !revision.timestamp().isBefore(latest.timestamp())) {
                        latest = revision;
                    }
                }

                @Override
                public void pageEnd(MediaWikiDump.PageHeader page) {
                    counts[0]++;
                    if (latest == null || latest.text() == null) {
                        return;
                    }
                    Wikitext.Converted c = wikitext.convert(latest.text());
                    String redirect = c.redirect() != null ? c.redirect() : page.redirect();
                    counts[2] += redirect != null ? 1 : 0;
                    StringBuilder md = new StringBuilder("---\n");
                    md.append("title: ").append(yaml(page.title())).append('\n');
                    md.append("author: ").append(yaml(latest.contributor().display())).append('\n');
                    md.append("time: ").append(latest.timestamp()).append('\n');
                    if (redirect != null) {
                        md.append("redirect: ").append(yaml(redirect)).append('\n');
                    }
                    if (!c.categories().isEmpty()) {
                        md.append("categories: [").append(String.join(", ", c.categories().stream().map(Main::yaml).toList())).append("]\n");
                    }
                    md.append("---\n\n").append(c.markdown());
                    String slug = WikiLink.slug(page.title());
                    String fileName = (slug.isBlank() ? "page-" + page.id() : slug) + ".md";
                    if (written.containsKey(fileName)) {
                        fileName = slug + "-" + page.id() + ".md";
                    }
                    written.put(fileName, page.title());
                    try {
                        Files.writeString(folder.resolve(fileName), md.toString(), StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            });
        }
        out.println("✔ " + counts[0] + " page(s), " + counts[1] + " revision(s), " + counts[2] + " redirect(s) → " + folder);
        return 0;
    }

    private static String yaml(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
