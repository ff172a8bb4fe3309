package vn.trithuc.content.mediawiki;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

import vn.trithuc.content.markdown.MarkdownRenderer;

/**
 * This wiki's Markdown → MediaWiki wikitext, for exports MediaWiki can import: headings,
 * emphasis, {@code [[wiki links]]} and category tags (already MediaWiki's syntax), links, lists,
 * quotes, code, tables ({@code {| class="wikitable"}), footnotes ({@code <ref>} with
 * {@code <references />}), images ({@code attachment:} links as {@code [[File:…]]}). Text that
 * MediaWiki would read as markup is wrapped in {@code <nowiki>}.
 */
public final class MarkdownWikitext {

    private final MarkdownRenderer markdown;

    public MarkdownWikitext(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    public String convert(String source) {
        Node document = markdown.parse(source == null ? "" : source);
        Map<String, Node> notes = new LinkedHashMap<>();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof FootnoteDefinition d) {
                notes.put(d.getLabel(), d);
            }
        }
        Writer writer = new Writer(notes);
        writer.blocks(document, "");
        String text = writer.out.toString().replaceAll("\n{3,}", "\n\n").strip();
        if (writer.usedNotes) {
            text += "\n\n<references />";
        }
        return text + "\n";
    }

    /** Walks the tree; {@code prefix} is the list markers of the enclosing items ("*#"). */
    private static final class Writer {
        final StringBuilder out = new StringBuilder();
        final Map<String, Node> notes;
        final List<String> referenced = new ArrayList<>();
        boolean usedNotes;

        Writer(Map<String, Node> notes) {
            this.notes = notes;
        }

        void blocks(Node parent, String prefix) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                block(n, prefix);
            }
        }

        void block(Node n, String prefix) {
            if (n instanceof Heading h) {
                String marks = "=".repeat(Math.max(1, Math.min(6, h.getLevel())));
                out.append('\n').append(marks).append(' ').append(inline(h)).append(' ').append(marks).append("\n\n");
            } else if (n instanceof Paragraph p) {
                out.append(inline(p)).append("\n\n");
            } else if (n instanceof BulletList || n instanceof OrderedList) {
                char mark = n instanceof BulletList ? '*' : '#';
                for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem) {
                        listItem(item, prefix + mark);
                    }
                }
                if (prefix.isEmpty()) {
                    out.append('\n');
                }
            } else if (n instanceof BlockQuote) {
                out.append("<blockquote>");
                Writer inner = new Writer(notes);
                inner.blocks(n, "");
                out.append(inner.out.toString().strip()).append("</blockquote>\n\n");
                usedNotes |= inner.usedNotes;
            } else if (n instanceof FencedCodeBlock code) {
                out.append("<pre>").append(escapeXml(code.getLiteral().stripTrailing())).append("</pre>\n\n");
            } else if (n instanceof IndentedCodeBlock code) {
                out.append("<pre>").append(escapeXml(code.getLiteral().stripTrailing())).append("</pre>\n\n");
            } else if (n instanceof ThematicBreak) {
                out.append("----\n\n");
            } else if (n instanceof HtmlBlock html) {
                out.append(html.getLiteral()).append('\n');
            } else if (n instanceof TableBlock) {
                table(n);
            } else if (n instanceof FootnoteDefinition) {
                // written where it is referenced, as <ref>
            } else if (n instanceof CustomBlock) {
                blocks(n, prefix);
            }
        }

        void listItem(Node item, String prefix) {
            boolean first = true;
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof BulletList || child instanceof OrderedList) {
                    block(child, prefix);
                } else if (child instanceof Paragraph p) {
                    out.append(first ? prefix + " " : prefix.replaceAll(".$", ":") + " ").append(inline(p)).append('\n');
                    first = false;
                } else {
                    Writer inner = new Writer(notes);
                    inner.block(child, "");
                    out.append(prefix.replaceAll(".$", ":")).append(' ').append(inner.out.toString().strip().replace("\n", " ")).append('\n');
                    first = false;
                }
            }
            if (first) {
                out.append(prefix).append('\n');
            }
        }

        void table(Node table) {
            out.append("{| class=\"wikitable\"\n");
            for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
                boolean head = section instanceof TableHead;
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    if (!(row instanceof TableRow)) {
                        continue;
                    }
                    out.append("|-\n");
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell c) {
                            out.append(head || c.isHeader() ? "! " : "| ").append(inline(c)).append('\n');
                        }
                    }
                }
            }
            out.append("|}\n\n");
        }

        String inline(Node parent) {
            StringBuilder text = new StringBuilder();
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                text.append(inlineNode(n));
            }
            return text.toString();
        }

        String inlineNode(Node n) {
            if (n instanceof Text t) {
                return text(t.getLiteral());
            } else if (n instanceof StrongEmphasis) {
                return "'''" + inline(n) + "'''";
            } else if (n instanceof Emphasis) {
                return "''" + inline(n) + "''";
            } else if (n instanceof Code c) {
                return "<code><nowiki>" + c.getLiteral() + "</nowiki></code>";
            } else if (n instanceof SoftLineBreak) {
                return "\n";
            } else if (n instanceof HardLineBreak) {
                return "<br />\n";
            } else if (n instanceof HtmlInline html) {
                return html.getLiteral();
            } else if (n instanceof Image image) {
                String dest = image.getDestination();
                String alt = inline(image);
                if (dest.startsWith("attachment:")) {
                    String name = java.net.URLDecoder.decode(dest.substring("attachment:".length()), java.nio.charset.StandardCharsets.UTF_8);
                    return "[[File:" + name + (alt.isBlank() ? "" : "|thumb|" + alt) + "]]";
                }
                return "[" + dest + " " + (alt.isBlank() ? dest : alt) + "]";
            } else if (n instanceof Link link) {
                String dest = link.getDestination();
                String label = inline(link);
                if (dest.startsWith("attachment:")) {
                    String name = java.net.URLDecoder.decode(dest.substring("attachment:".length()), java.nio.charset.StandardCharsets.UTF_8);
                    return "[[Media:" + name + "|" + label + "]]";
                }
                if (dest.matches("(?i)(https?|ftp|mailto):.*")) {
                    return label.equals(dest) ? dest : "[" + dest + " " + label + "]";
                }
                return label;
            } else if (n instanceof Strikethrough) {
                return "<s>" + inline(n) + "</s>";
            } else if (n instanceof FootnoteReference ref) {
                Node definition = notes.get(ref.getLabel());
                usedNotes = true;
                String name = "fn-" + ref.getLabel().replaceAll("[^\\p{L}\\p{N}_-]", "");
                if (referenced.contains(ref.getLabel()) || definition == null) {
                    return "<ref name=\"" + name + "\" />";
                }
                referenced.add(ref.getLabel());
                StringBuilder body = new StringBuilder();
                for (Node child = definition.getFirstChild(); child != null; child = child.getNext()) {
                    body.append(child instanceof Paragraph p ? inline(p) : inlineNode(child)).append(' ');
                }
                return "<ref name=\"" + name + "\">" + body.toString().strip() + "</ref>";
            } else if (n instanceof CustomNode) {
                return inline(n);
            }
            return inline(n);
        }

        /** Plain text as wikitext: wiki links and category tags pass (same syntax); markup MediaWiki would read is neutralised. */
        static String text(String literal) {
            if (literal.contains("''") || literal.contains("{{") || literal.contains("~~~") || literal.contains("__")
                    || literal.matches("(?s)^[*#:;=].*") || literal.contains("{|")) {
                return "<nowiki>" + literal + "</nowiki>";
            }
            return literal;
        }
    }

    static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
