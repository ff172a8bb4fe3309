package vn.trithuc.knowledge.recent;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes recent changes as an Atom 1.0 feed (RFC 4287) with the JDK's StAX writer, which escapes text. */
final class AtomFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    static String write(String title, String selfUrl, String siteUrl, List<RecentChange> changes) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", selfUrl);
            element(xml, "title", title);
            element(xml, "updated", time(changes.isEmpty() ? OffsetDateTime.now(ZoneOffset.UTC) : changes.get(0).timestamp()));
            link(xml, "self", selfUrl);
            link(xml, "alternate", siteUrl);
            for (RecentChange change : changes) {
                String articleUrl = siteUrl + "wiki/" + change.space() + "/" + change.slug();
                String url = change.parentRevision() == null ? articleUrl
                        : articleUrl + "/diff?from=" + change.parentRevision() + "&to=" + change.revision();
                xml.writeStartElement("entry");
                element(xml, "id", articleUrl + "#r" + change.revision());
                element(xml, "title", change.title());
                element(xml, "updated", time(change.timestamp()));
                link(xml, "alternate", url);
                xml.writeStartElement("author");
                element(xml, "name", change.author());
                xml.writeEndElement();
                element(xml, "summary", (change.summary().isBlank() ? "" : change.summary() + " ")
                        + "(" + (change.sizeDelta() >= 0 ? "+" : "") + change.sizeDelta() + ")");
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the Atom feed", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }

    private static String time(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
