package vn.trithuc.content.mediawiki;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a MediaWiki export (schema 0.11, as {@code Special:Export} does) page by page, so that a
 * whole space with its history streams out without being held in memory. MediaWiki imports it
 * with {@code importDump.php} or {@code Special:Import}; {@link MediaWikiDump} reads it back.
 */
public final class MediaWikiExport implements AutoCloseable {

    static final String NS = "http://www.mediawiki.org/xml/export-0.11/";

    /** A revision to write: the author is a user name, or an IP address for anonymous edits. */
    public record Rev(long id, Long parentId, Instant timestamp, String author, String comment, boolean minor, String wikitext) {
    }

    private final XMLStreamWriter xml;

    private final Map<Integer, String> namespaces;

    /** Starts the export: the root element and the site information (namespaces as Vietnamese Wikipedia names them). */
    public MediaWikiExport(OutputStream out, String siteName, String base, Map<Integer, String> namespaces) {
        this.namespaces = Map.copyOf(namespaces);
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("mediawiki");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            xml.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation", NS + " http://www.mediawiki.org/xml/export-0.11.xsd");
            xml.writeAttribute("version", "0.11");
            xml.writeAttribute("xml:lang", "vi");
            xml.writeCharacters("\n  ");
            xml.writeStartElement("siteinfo");
            element("sitename", siteName);
            element("dbname", "trithuc");
            element("base", base);
            element("generator", "Tri Thức");
            element("case", "first-letter");
            xml.writeStartElement("namespaces");
            for (Map.Entry<Integer, String> ns : namespaces.entrySet()) {
                xml.writeStartElement("namespace");
                xml.writeAttribute("key", String.valueOf(ns.getKey()));
                xml.writeAttribute("case", "first-letter");
                xml.writeCharacters(ns.getValue());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot start the export", e);
        }
    }

    /** The namespace a title's prefix names ({@code Talk:X} → 1 when the site has it), else 0. */
    private int namespaceOf(String title) {
        int colon = title.indexOf(':');
        if (colon > 0) {
            String prefix = title.substring(0, colon).strip();
            for (Map.Entry<Integer, String> ns : namespaces.entrySet()) {
                if (ns.getKey() != 0 && ns.getValue() != null && ns.getValue().equalsIgnoreCase(prefix)) {
                    return ns.getKey();
                }
            }
        }
        return 0;
    }

    /** One page with its revisions, oldest first; {@code redirect} is the target title of a redirect page. */
    public void page(String title, long id, String redirect, List<Rev> revisions) {
        try {
            xml.writeCharacters("\n  ");
            xml.writeStartElement("page");
            element("title", title);
            element("ns", String.valueOf(namespaceOf(title)));
            element("id", String.valueOf(id));
            if (redirect != null) {
                xml.writeEmptyElement("redirect");
                xml.writeAttribute("title", redirect);
            }
            for (Rev rev : revisions) {
                xml.writeStartElement("revision");
                element("id", String.valueOf(rev.id()));
                if (rev.parentId() != null) {
                    element("parentid", String.valueOf(rev.parentId()));
                }
                element("timestamp", rev.timestamp().truncatedTo(ChronoUnit.SECONDS).toString());
                xml.writeStartElement("contributor");
                if (rev.author() != null && rev.author().matches("[0-9.]+|[0-9a-fA-F:]+:[0-9a-fA-F:]*")) {
                    element("ip", rev.author());
                } else {
                    element("username", rev.author() == null ? "Tri Thức" : rev.author());
                }
                xml.writeEndElement();
                if (rev.minor()) {
                    xml.writeEmptyElement("minor");
                }
                if (rev.comment() != null && !rev.comment().isBlank()) {
                    element("comment", rev.comment());
                }
                element("model", "wikitext");
                element("format", "text/x-wiki");
                String text = rev.wikitext() == null ? "" : rev.wikitext();
                xml.writeStartElement("text");
                xml.writeAttribute("bytes", String.valueOf(text.getBytes(StandardCharsets.UTF_8).length));
                xml.writeAttribute("sha1", sha1(text));
                xml.writeAttribute("xml:space", "preserve");
                xml.writeCharacters(text);
                xml.writeEndElement();
                element("sha1", sha1(text));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the page " + title, e);
        }
    }

    @Override
    public void close() {
        try {
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot finish the export", e);
        }
    }

    private void element(String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value == null ? "" : value);
        xml.writeEndElement();
    }

    /** MediaWiki's revision hash: SHA-1 in base 36, 31 characters. */
    static String sha1(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            String base36 = new BigInteger(1, digest).toString(36);
            return "0".repeat(Math.max(0, 31 - base36.length())) + base36;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
