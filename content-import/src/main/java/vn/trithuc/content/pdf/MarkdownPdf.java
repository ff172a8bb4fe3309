package vn.trithuc.content.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import vn.trithuc.content.markdown.MarkdownRenderer;

/**
 * An article as a printable PDF: title, source and authors at the top, the Markdown body
 * (headings, paragraphs with emphasis, lists, quotes, code, tables, footnotes; wiki links as
 * their labels, category tags left out, images as their description) and the licence at the end.
 * Liberation fonts are embedded, so the Vietnamese text prints as written.
 */
public final class MarkdownPdf {

    /** What the page says about the article. */
    public record Meta(String title, String space, String url, String updated, List<String> authors, String licence) {
    }

    private static final BaseFont REGULAR = font("LiberationSans-Regular.ttf");
    private static final BaseFont BOLD = font("LiberationSans-Bold.ttf");
    private static final BaseFont ITALIC = font("LiberationSans-Italic.ttf");
    private static final BaseFont BOLD_ITALIC = font("LiberationSans-BoldItalic.ttf");
    private static final BaseFont MONO = font("LiberationMono-Regular.ttf");
    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[([^\\[\\]|\\n]{1,255})(?:\\|([^\\[\\]\\n]{1,255}))?]]");
    private static final Color MUTED = new Color(0x5a, 0x5a, 0x5a);
    private static final float BODY = 10.5f;

    private final MarkdownRenderer markdown;

    public MarkdownPdf(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    public byte[] render(Meta meta, String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(meta.title());
            document.addAuthor(String.join(", ", meta.authors()));
            document.addCreator("Tri Thức");
            document.open();
            Paragraph title = new Paragraph(meta.title(), new Font(BOLD, 20));
            title.setSpacingAfter(4);
            document.add(title);
            document.add(new Paragraph(meta.space() + " · " + meta.url(), new Font(REGULAR, 8.5f, Font.NORMAL, MUTED)));
            if (meta.updated() != null) {
                document.add(new Paragraph(meta.updated() + (meta.authors().isEmpty() ? "" : " · " + String.join(", ", meta.authors())),
                        new Font(REGULAR, 8.5f, Font.NORMAL, MUTED)));
            }
            Node root = markdown.parse(source == null ? "" : source);
            Writer writer = new Writer(document);
            writer.blocks(root, 0);
            writer.footnotes(root);
            Paragraph licence = new Paragraph(meta.licence(), new Font(REGULAR, 8, Font.NORMAL, MUTED));
            licence.setSpacingBefore(18);
            document.add(licence);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF could not be made", e);
        }
        return out.toByteArray();
    }

    /** Walks the Markdown tree onto the document. */
    private static final class Writer {
        private final Document document;

        Writer(Document document) {
            this.document = document;
        }

        void blocks(Node parent, int depth) throws DocumentException {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                block(n, depth);
            }
        }

        void block(Node n, int depth) throws DocumentException {
            if (n instanceof Heading h) {
                float size = switch (h.getLevel()) {
                    case 1 -> 17;
                    case 2 -> 15;
                    case 3 -> 13;
                    default -> 11.5f;
                };
                Paragraph p = phrase(h, new Font(BOLD, size));
                p.setSpacingBefore(10);
                p.setSpacingAfter(3);
                document.add(p);
            } else if (n instanceof org.commonmark.node.Paragraph) {
                Paragraph p = phrase(n, new Font(REGULAR, BODY));
                p.setIndentationLeft(depth * 14);
                p.setSpacingAfter(5);
                p.setLeading(BODY * 1.45f);
                if (p.getContent().isBlank()) {
                    return; // a paragraph of category tags only
                }
                document.add(p);
            } else if (n instanceof BulletList || n instanceof OrderedList) {
                int number = n instanceof OrderedList ol ? (ol.getMarkerStartNumber() == null ? 1 : ol.getMarkerStartNumber()) : 0;
                for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                    if (!(item instanceof ListItem)) {
                        continue;
                    }
                    String marker = n instanceof OrderedList ? (number++) + ". " : "• ";
                    boolean first = true;
                    for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                        if (child instanceof org.commonmark.node.Paragraph && first) {
                            Paragraph p = phrase(child, new Font(REGULAR, BODY));
                            p.add(0, new Chunk(marker, new Font(REGULAR, BODY)));
                            p.setIndentationLeft((depth + 1) * 14);
                            p.setFirstLineIndent(-10);
                            p.setSpacingAfter(2);
                            document.add(p);
                            first = false;
                        } else {
                            block(child, depth + 1);
                        }
                    }
                }
            } else if (n instanceof BlockQuote) {
                blocks(n, depth + 1);
            } else if (n instanceof FencedCodeBlock code) {
                code(code.getLiteral(), depth);
            } else if (n instanceof IndentedCodeBlock code) {
                code(code.getLiteral(), depth);
            } else if (n instanceof ThematicBreak) {
                document.add(new Paragraph(" "));
            } else if (n instanceof TableBlock) {
                table(n);
            } else if (n instanceof FootnoteDefinition) {
                // printed at the end
            } else {
                blocks(n, depth);
            }
        }

        void code(String literal, int depth) throws DocumentException {
            Paragraph p = new Paragraph(literal.stripTrailing(), new Font(MONO, 9));
            p.setIndentationLeft(depth * 14 + 8);
            p.setSpacingAfter(5);
            document.add(p);
        }

        void table(Node table) throws DocumentException {
            int columns = 0;
            for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    int count = 0;
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        count++;
                    }
                    columns = Math.max(columns, count);
                }
            }
            if (columns == 0) {
                return;
            }
            PdfPTable pdf = new PdfPTable(columns);
            pdf.setWidthPercentage(100);
            pdf.setSpacingBefore(4);
            pdf.setSpacingAfter(8);
            for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
                boolean head = section instanceof TableHead;
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    if (!(row instanceof TableRow)) {
                        continue;
                    }
                    int count = 0;
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell) {
                            PdfPCell c = new PdfPCell(phrase(cell, new Font(head ? BOLD : REGULAR, 9)));
                            c.setPadding(4);
                            if (head) {
                                c.setBackgroundColor(new Color(0xf0, 0xed, 0xe8));
                            }
                            pdf.addCell(c);
                            count++;
                        }
                    }
                    for (; count < columns; count++) {
                        pdf.addCell("");
                    }
                }
            }
            document.add(pdf);
        }

        void footnotes(Node root) throws DocumentException {
            int n = 0;
            for (Node node = root.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof FootnoteDefinition d) {
                    if (n++ == 0) {
                        Paragraph rule = new Paragraph("Chú thích / Notes", new Font(BOLD, 11));
                        rule.setSpacingBefore(12);
                        document.add(rule);
                    }
                    Paragraph p = new Paragraph("", new Font(REGULAR, 9));
                    p.add(new Chunk("[" + d.getLabel() + "] ", new Font(BOLD, 9)));
                    for (Node child = d.getFirstChild(); child != null; child = child.getNext()) {
                        p.add(phrase(child, new Font(REGULAR, 9)));
                    }
                    document.add(p);
                }
            }
        }

        /** The inline content of a node as one paragraph. */
        Paragraph phrase(Node parent, Font font) {
            Paragraph p = new Paragraph();
            p.setFont(font);
            inline(parent, p, font.getSize(), false, false);
            return p;
        }

        void inline(Node parent, Phrase target, float size, boolean bold, boolean italic) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof Text t) {
                    String text = WIKI_LINK.matcher(t.getLiteral()).replaceAll(m -> {
                        String page = m.group(1).strip();
                        if (page.toLowerCase(java.util.Locale.ROOT).matches("(thể loại|the loai|category)\\s*:.*")) {
                            return "";
                        }
                        return java.util.regex.Matcher.quoteReplacement(m.group(2) != null ? m.group(2) : page.replaceFirst("^[a-z]+:", ""));
                    });
                    target.add(new Chunk(text, new Font(bold && italic ? BOLD_ITALIC : bold ? BOLD : italic ? ITALIC : REGULAR, size)));
                } else if (n instanceof StrongEmphasis) {
                    inline(n, target, size, true, italic);
                } else if (n instanceof Emphasis) {
                    inline(n, target, size, bold, true);
                } else if (n instanceof Code c) {
                    target.add(new Chunk(c.getLiteral(), new Font(MONO, size - 1)));
                } else if (n instanceof SoftLineBreak) {
                    target.add(new Chunk(" ", new Font(REGULAR, size)));
                } else if (n instanceof HardLineBreak) {
                    target.add(Chunk.NEWLINE);
                } else if (n instanceof Image image) {
                    Phrase described = new Phrase();
                    inline(image, described, size, bold, true);
                    target.add(new Chunk("[" + (described.getContent().isBlank() ? "hình" : described.getContent()) + "]",
                            new Font(ITALIC, size, Font.NORMAL, MUTED)));
                } else if (n instanceof Link link) {
                    Phrase label = new Phrase();
                    inline(link, label, size, bold, italic);
                    target.addAll(label);
                    String dest = link.getDestination();
                    if (dest.matches("(?i)https?://.*") && !label.getContent().equals(dest)) {
                        target.add(new Chunk(" (" + dest + ")", new Font(REGULAR, size - 2, Font.NORMAL, MUTED)));
                    }
                } else if (n instanceof Strikethrough) {
                    inline(n, target, size, bold, italic);
                } else if (n instanceof FootnoteReference ref) {
                    Chunk mark = new Chunk("[" + ref.getLabel() + "]", new Font(REGULAR, size - 3));
                    mark.setTextRise(size / 3);
                    target.add(mark);
                } else {
                    inline(n, target, size, bold, italic);
                }
            }
        }
    }

    private static BaseFont font(String file) {
        String resource = "/liberation/" + file;
        try (InputStream in = MarkdownPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " missing (openpdf-fonts-extra)");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

}
