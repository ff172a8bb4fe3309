package vn.trithuc.content.mediawiki;

import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a MediaWiki export ({@code Special:Export}, {@code dumpBackup.php}) as a stream: the site
 * information, then each page and each of its revisions in order, without holding more than one
 * revision in memory. Schemas 0.8 to 0.11 are read, including multi-content revisions (0.11:
 * the main slot is the revision's {@code <text>}; other slots are reported, not imported).
 * <p>
 * The XML parser takes no DTD and no external entity. A malformed or truncated file stops with a
 * {@link DumpException} naming the file, line and column.
 */
public final class MediaWikiDump {

    static final Set<String> VERSIONS = Set.of("0.8", "0.9", "0.10", "0.11");

    /** The wiki the dump came from: its name, base address and namespace names by number. */
    public record SiteInfo(String name, String base, Map<Integer, String> namespaces) {

        /** The namespace prefix of a title ({@code Thể loại:X} → 14), or 0 for the main namespace. */
        public int namespaceOf(String title) {
            int colon = title.indexOf(':');
            if (colon > 0) {
                String prefix = title.substring(0, colon).strip();
                for (Map.Entry<Integer, String> ns : namespaces.entrySet()) {
                    if (ns.getKey() != 0 && ns.getValue().equalsIgnoreCase(prefix)) {
                        return ns.getKey();
                    }
                }
            }
            return 0;
        }
    }

    /** Who made a revision: a user name, or an IP address for an anonymous edit; both null when hidden. */
    public record Contributor(String username, Long id, String ip) {

        /** How the revision shows its author here: the user name, the IP address, or "(ẩn)" when hidden. */
        public String display() {
            return username != null ? username : ip != null ? ip : "(ẩn)";
        }

        public boolean anonymous() {
            return username == null;
        }
    }

    /** A page as it starts: title, namespace, id, where it redirects to, and its position in the dump (from 0). */
    public record PageHeader(String title, int ns, long id, String redirect, long position) {
    }

    /** One revision; {@code text} is null when the revision's text was deleted (suppressed). */
    public record Revision(long id, Long parentId, Instant timestamp, Contributor contributor, String comment, boolean minor,
                           String model, String format, String text, String sha1, int otherSlots) {
    }

    /** What the reader calls, in dump order. */
    public interface Handler {

        default void siteInfo(SiteInfo site) {
        }

        /** @return false to skip this page's revisions (e.g. already imported) */
        default boolean pageStart(PageHeader page) {
            return true;
        }

        void revision(PageHeader page, Revision revision);

        default void pageEnd(PageHeader page) {
        }
    }

    private MediaWikiDump() {
    }

    /** Reads the whole dump. */
    public static void read(InputStream in, String file, Handler handler) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(in, "UTF-8");
            new Reading(xml, file, handler).run();
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String reason = e.getMessage() == null ? "malformed XML" : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col]:\\[\\d+,\\d+]\\s*Message: ", "");
            throw new DumpException(file, at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber(), reason.strip());
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing more to read
                }
            }
        }
    }

    /** One pass over the stream. */
    private static final class Reading {

        private final XMLStreamReader xml;
        private final String file;
        private final Handler handler;
        private long position;

        Reading(XMLStreamReader xml, String file, Handler handler) {
            this.xml = xml;
            this.file = file;
            this.handler = handler;
        }

        void run() throws XMLStreamException {
            xml.nextTag();
            if (!"mediawiki".equals(xml.getLocalName())) {
                throw error("not a MediaWiki export: the root element is <" + xml.getLocalName() + ">");
            }
            String version = xml.getAttributeValue(null, "version");
            if (version == null || !VERSIONS.contains(version)) {
                throw error("export schema version " + version + " is not supported (0.8 to 0.11 are)");
            }
            while (next() == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "siteinfo" -> handler.siteInfo(siteInfo());
                    case "page" -> page();
                    default -> skip();
                }
            }
            // end of <mediawiki>
        }

        private SiteInfo siteInfo() throws XMLStreamException {
            String name = null;
            String base = null;
            Map<Integer, String> namespaces = new LinkedHashMap<>();
            while (next() == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "sitename" -> name = text();
                    case "base" -> base = text();
                    case "namespaces" -> {
                        while (next() == XMLStreamConstants.START_ELEMENT) {
                            String key = xml.getAttributeValue(null, "key");
                            String value = text();
                            try {
                                namespaces.put(Integer.parseInt(key), value.strip());
                            } catch (NumberFormatException e) {
                                throw error("namespace key \"" + key + "\" is not a number");
                            }
                        }
                    }
                    default -> skip();
                }
            }
            return new SiteInfo(name, base, namespaces);
        }

        private void page() throws XMLStreamException {
            String title = null;
            int ns = 0;
            long id = 0;
            String redirect = null;
            PageHeader header = null;
            boolean wanted = true;
            while (next() == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "title" -> title = text().strip();
                    case "ns" -> ns = (int) number(text());
                    case "id" -> id = number(text());
                    case "redirect" -> {
                        redirect = xml.getAttributeValue(null, "title");
                        skip();
                    }
                    case "revision", "upload" -> {
                        if (header == null) {
                            header = header(title, ns, id, redirect);
                            wanted = handler.pageStart(header);
                        }
                        if ("revision".equals(xml.getLocalName()) && wanted) {
                            handler.revision(header, revision());
                        } else {
                            skip();
                        }
                    }
                    default -> skip();
                }
            }
            if (header == null) {
                header = header(title, ns, id, redirect);
                handler.pageStart(header);
            }
            handler.pageEnd(header);
            position++;
        }

        private PageHeader header(String title, int ns, long id, String redirect) throws XMLStreamException {
            if (title == null || title.isBlank()) {
                throw error("a page has no title");
            }
            return new PageHeader(title, ns, id, redirect, position);
        }

        private Revision revision() throws XMLStreamException {
            long id = 0;
            Long parent = null;
            Instant timestamp = null;
            Contributor contributor = new Contributor(null, null, null);
            String comment = null;
            boolean minor = false;
            String model = "wikitext";
            String format = "text/x-wiki";
            String text = null;
            String sha1 = null;
            int otherSlots = 0;
            while (next() == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "id" -> id = number(text());
                    case "parentid" -> parent = number(text());
                    case "timestamp" -> {
                        String value = text().strip();
                        try {
                            timestamp = Instant.parse(value);
                        } catch (DateTimeParseException e) {
                            throw error("the timestamp \"" + value + "\" is not ISO 8601");
                        }
                    }
                    case "contributor" -> contributor = contributor();
                    case "comment" -> comment = xml.getAttributeValue(null, "deleted") != null ? skipAndNull() : text();
                    case "minor" -> {
                        minor = true;
                        skip();
                    }
                    case "model" -> model = text().strip();
                    case "format" -> format = text().strip();
                    case "text" -> text = xml.getAttributeValue(null, "deleted") != null ? skipAndNull() : text();
                    case "sha1" -> sha1 = text().strip();
                    case "content" -> {
                        otherSlots++;
                        skip();
                    }
                    default -> skip();
                }
            }
            if (timestamp == null) {
                throw error("revision " + id + " has no timestamp");
            }
            return new Revision(id, parent, timestamp, contributor, comment, minor, model, format, text, sha1, otherSlots);
        }

        private Contributor contributor() throws XMLStreamException {
            if (xml.getAttributeValue(null, "deleted") != null) {
                skip();
                return new Contributor(null, null, null);
            }
            String username = null;
            Long id = null;
            String ip = null;
            while (next() == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "username" -> username = text().strip();
                    case "id" -> id = number(text());
                    case "ip" -> ip = text().strip();
                    default -> skip();
                }
            }
            return new Contributor(username, id, ip);
        }

        /** The next start or end tag, skipping text, comments and whitespace between elements. */
        private int next() throws XMLStreamException {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
                    return event;
                }
            }
            throw error("the file ends before the export does (truncated?)");
        }

        private String text() throws XMLStreamException {
            try {
                return xml.getElementText();
            } catch (XMLStreamException e) {
                if (e.getMessage() != null && e.getMessage().contains("START_ELEMENT")) {
                    throw error("<" + xml.getLocalName() + "> was expected to hold text only");
                }
                throw e;
            }
        }

        private String skipAndNull() throws XMLStreamException {
            skip();
            return null;
        }

        /** Skips the current element with everything inside it. */
        private void skip() throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                if (!xml.hasNext()) {
                    throw error("the file ends inside <" + xml.getLocalName() + "> (truncated?)");
                }
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        private long number(String text) throws XMLStreamException {
            try {
                return Long.parseLong(text.strip());
            } catch (NumberFormatException e) {
                throw error("\"" + text.strip() + "\" is not a number");
            }
        }

        private DumpException error(String reason) {
            Location at = xml.getLocation();
            return new DumpException(file, at.getLineNumber(), at.getColumnNumber(), reason);
        }
    }
}
