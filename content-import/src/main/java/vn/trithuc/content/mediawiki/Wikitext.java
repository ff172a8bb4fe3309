package vn.trithuc.content.mediawiki;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wikitext → Markdown for the constructs articles use most: headings, bold and italic, internal
 * links (kept as this wiki's {@code [[Title|label]]} links), categories (as {@code [[Thể loại:…]]}
 * tags, which the wiki renderer collects), external links, lists, tables (GFM), references
 * (footnotes), images and files (attachment links, listed for the importer), and templates, kept
 * as readable text rather than dropped. Redirects ({@code #REDIRECT [[…]]} and the localised
 * {@code #đổi [[…]]}) are recognised. Anything unknown passes through as text.
 */
public final class Wikitext {

    /** The converted page: Markdown, its categories, the redirect target if it is a redirect, and the files it shows. */
    public record Converted(String markdown, List<String> categories, String redirect, List<String> files) {
    }

    /** Redirect magic words: English and Vietnamese, as MediaWiki accepts them (case-insensitive). */
    static final Pattern REDIRECT = Pattern.compile("^\\s*#(?:redirect|đổi|chuyển|đổi hướng)\\s*:?\\s*\\[\\[([^\\]|#]+)(?:#[^\\]|]*)?(?:\\|[^\\]]*)?]]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<String> FILE_PREFIXES = Set.of("file", "image", "tập tin", "hình", "tập_tin", "media", "phương tiện");
    private static final Set<String> CATEGORY_PREFIXES = Set.of("category", "thể loại", "thể_loại");
    private static final Set<String> FILE_OPTIONS = Set.of("thumb", "thumbnail", "frame", "framed", "frameless", "left", "right", "center",
            "centre", "none", "upright", "border", "nhỏ", "trái", "phải", "giữa", "baseline", "middle", "sub", "super", "top", "bottom");
    private static final Pattern HEADING = Pattern.compile("^(={1,6})\\s*(.+?)\\s*\\1\\s*$");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern REF = Pattern.compile("<ref(\\s[^>]*?)?(?:/>|>(.*?)</ref\\s*>)", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern REF_NAME = Pattern.compile("name\\s*=\\s*\"?([^\"/>]+?)\"?\\s*(?:/|$|group)", Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCES = Pattern.compile("<references\\s*/>|<references>.*?</references>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern KEEP = Pattern.compile("<(nowiki|pre|math|code|syntaxhighlight|source)(\\s[^>]*)?>(.*?)</\\1>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern EXTERNAL = Pattern.compile("\\[((?:https?|ftp)://[^\\s\\]]+)(?:\\s+([^\\]]*))?]");
    private static final Pattern MAGIC = Pattern.compile("__[A-ZÀ-Ỹ_]+__");
    private static final Pattern DROP_TAGS = Pattern.compile("</?(?:div|span|font|center|poem|onlyinclude|includeonly|noinclude|gallery)(\\s[^>]*)?>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern KEPT = Pattern.compile("\u0000(\\d+)\u0000");
    private static final Pattern LIST_ITEM = Pattern.compile("^([*#:;]+)\\s*(.*)$");
    private static final Pattern CATEGORY_LINK = Pattern.compile("\\[\\[\\s*(?i:category|thể loại)\\s*:\\s*([^\\]|]+)");
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");
    private static final Pattern RULE = Pattern.compile("-{4,}");
    private static final Pattern TRAILING_BREAK = Pattern.compile("<br\\s*/?>\\s*$", Pattern.CASE_INSENSITIVE);

    private final MediaWikiDump.SiteInfo site;

    /** A converter for a wiki's namespace names ({@code null}: English and Vietnamese names only). */
    public Wikitext(MediaWikiDump.SiteInfo site) {
        this.site = site;
    }

    public Converted convert(String wikitext) {
        String text = wikitext == null ? "" : wikitext.replace("\r\n", "\n");
        Matcher redirect = REDIRECT.matcher(text);
        if (redirect.find()) {
            String target = redirect.group(1).strip().replace('_', ' ');
            List<String> categories = new ArrayList<>();
            collectCategories(text, categories);
            return new Converted("", categories, target, List.of());
        }
        Context context = new Context();
        // each pass below is skipped when the text cannot hold what it looks for: most of a page is prose
        text = text.contains("<!--") ? COMMENT.matcher(text).replaceAll("") : text;
        text = protect(text, context);
        text = references(text, context);
        text = templates(text, context);
        text = tables(text, context);
        text = links(text, context);
        text = text.contains("__") ? MAGIC.matcher(text).replaceAll("") : text;
        text = text.indexOf('<') >= 0 ? DROP_TAGS.matcher(text).replaceAll("") : text;
        text = lines(text);
        text = restore(text, context);
        StringBuilder out = new StringBuilder(text.strip());
        if (!context.notes.isEmpty()) {
            out.append("\n\n");
            int n = 1;
            for (String note : context.notes) {
                out.append("[^").append(n++).append("]: ").append(restore(note, context).replace('\n', ' ').strip()).append('\n');
            }
        }
        for (String category : context.categories) {
            out.append(out.charAt(out.length() - 1) == '\n' ? "" : "\n").append("\n[[Thể loại:").append(category).append("]]");
        }
        String markdown = out.indexOf("\n\n\n") >= 0 ? BLANK_LINES.matcher(out).replaceAll("\n\n") : out.toString();
        return new Converted(markdown.strip() + "\n", List.copyOf(context.categories), null,
                List.copyOf(context.files));
    }

    /** State of one conversion. */
    private static final class Context {
        final List<String> kept = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        final Map<String, Integer> named = new LinkedHashMap<>();
        final Set<String> categories = new LinkedHashSet<>();
        final Set<String> files = new LinkedHashSet<>();
    }

    // --- verbatim parts: nowiki, pre, math, code

    private static String protect(String text, Context context) {
        if (text.indexOf('<') < 0) {
            return text;
        }
        Matcher m = KEEP.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String tag = m.group(1).toLowerCase(Locale.ROOT);
            String body = m.group(3);
            String kept = switch (tag) {
                case "nowiki" -> escape(body);
                case "math" -> "`" + body.strip() + "`";
                case "code" -> "`" + body + "`";
                default -> "\n```\n" + body.replaceAll("^\\n+|\\n+$", "") + "\n```\n";
            };
            context.kept.add(kept);
            m.appendReplacement(out, Matcher.quoteReplacement("\u0000" + (context.kept.size() - 1) + "\u0000"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Markdown made here (tables, boxes) kept away from the line pass, which would read a leading "*" as a list. */
    private static String keep(Context context, String markdown) {
        context.kept.add(markdown);
        return "\u0000" + (context.kept.size() - 1) + "\u0000";
    }

    private static String restore(String text, Context context) {
        String result = text;
        for (int round = 0; round < 5 && result.indexOf('\u0000') >= 0; round++) { // kept parts may hold kept parts
            Matcher m = KEPT.matcher(result);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(context.kept.get(Integer.parseInt(m.group(1)))));
            }
            m.appendTail(out);
            result = out.toString();
        }
        return result;
    }

    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]#<>|])", "\\\\$1");
    }

    // --- references → footnotes

    private String references(String text, Context context) {
        if (text.indexOf('<') < 0) {
            return text;
        }
        text = REFERENCES.matcher(text).replaceAll("");
        Matcher m = REF.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String attributes = m.group(1) == null ? "" : m.group(1);
            String body = m.group(2);
            Matcher name = REF_NAME.matcher(attributes.strip() + " ");
            String key = name.find() ? name.group(1).strip() : null;
            int number;
            if (key != null && context.named.containsKey(key)) {
                number = context.named.get(key);
                if (body != null && !body.isBlank() && context.notes.get(number - 1).isBlank()) {
                    context.notes.set(number - 1, inline(body, context));
                }
            } else {
                context.notes.add(body == null ? "" : inline(body, context));
                number = context.notes.size();
                if (key != null) {
                    context.named.put(key, number);
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement("[^" + number + "]"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A fragment converted on its own (a reference's text, a table cell). */
    private String inline(String fragment, Context context) {
        String text = templates(fragment, context);
        text = links(text, context);
        return emphasis(text.indexOf('<') >= 0 ? BREAK.matcher(text).replaceAll(" ") : text).strip();
    }

    // --- templates → readable text

    private String templates(String text, Context context) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int start = text.indexOf("{{", i);
            if (start < 0) {
                out.append(text, i, text.length());
                break;
            }
            out.append(text, i, start);
            int end = matching(text, start, "{{", "}}");
            if (end < 0) {
                out.append(text, start, text.length());
                break;
            }
            String inner = text.substring(start + 2, end);
            boolean block = (start == 0 || text.charAt(start - 1) == '\n') && inner.contains("\n");
            String readable = template(inner, block, context);
            out.append(readable.isEmpty() ? "" : keep(context, readable));
            i = end + 2;
        }
        return out.toString();
    }

    /** One template call as text: well-known inline templates by their meaning, others as their name and values. */
    private String template(String inner, boolean block, Context context) {
        List<String> parts = split(inner, '|');
        String name = parts.get(0).strip().replace('_', ' ');
        String key = name.toLowerCase(Locale.ROOT);
        List<String> positional = new ArrayList<>();
        Map<String, String> named = new LinkedHashMap<>();
        for (String part : parts.subList(1, parts.size())) {
            int eq = part.indexOf('=');
            if (eq > 0 && !part.substring(0, eq).contains("[") && !part.substring(0, eq).contains("{")) {
                named.put(part.substring(0, eq).strip(), templates(part.substring(eq + 1), context).strip());
            } else {
                positional.add(templates(part, context).strip());
            }
        }
        if (key.startsWith("#") || key.startsWith("defaultsort") || key.equals("tham khảo") || key.equals("reflist")
                || key.equals("references") || key.startsWith("sơ khai") || key.endsWith("stub") || key.equals("toc")) {
            return "";
        }
        if (key.startsWith("chú thích") || key.startsWith("cite")) {
            String title = named.getOrDefault("title", named.getOrDefault("tựa đề", named.getOrDefault("tiêu đề", "")));
            String url = named.getOrDefault("url", "");
            String by = named.getOrDefault("author", named.getOrDefault("tác giả", named.getOrDefault("last", "")));
            String where = named.getOrDefault("publisher", named.getOrDefault("nhà xuất bản", named.getOrDefault("website",
                    named.getOrDefault("work", ""))));
            StringBuilder cite = new StringBuilder();
            if (!by.isBlank()) {
                cite.append(by).append(". ");
            }
            cite.append(url.isBlank() || title.isBlank() ? title : "[" + title + "](" + url + ")");
            if (!where.isBlank()) {
                cite.append(". ").append(where);
            }
            return cite.toString().strip();
        }
        switch (key) {
            case "lang", "lang-en", "lang-fr", "lang-zh", "nihongo", "transl" -> {
                return positional.isEmpty() ? "" : positional.get(positional.size() - 1);
            }
            case "nowrap", "nobr", "small", "big", "nowrap begin", "nobold", "noitalic", "sub", "sup", "abbr", "chữ nhỏ" -> {
                return positional.isEmpty() ? "" : positional.get(0);
            }
            case "convert", "đổi" -> {
                return positional.size() >= 2 ? positional.get(0) + " " + positional.get(1) : String.join(" ", positional);
            }
            case "main", "chính", "xem thêm", "see also", "further" -> {
                return positional.isEmpty() ? "" : "*" + (key.equals("main") || key.equals("chính") ? "Bài chính" : "Xem thêm") + ": "
                        + String.join(", ", positional.stream().map(p -> "[[" + p + "]]").toList()) + "*";
            }
            default -> {
            }
        }
        if (block || named.size() > 2) {
            // an infobox or a navigation box: its fields as a short list
            StringBuilder box = new StringBuilder("\n\n> **").append(name).append("**\n");
            for (String p : positional) {
                if (!p.isBlank()) {
                    box.append(">\n> ").append(p.replace("\n", " ")).append('\n');
                }
            }
            for (Map.Entry<String, String> field : named.entrySet()) {
                if (!field.getValue().isBlank()) {
                    box.append(">\n> ").append(field.getKey()).append(": ").append(field.getValue().replace("\n", " ")).append('\n');
                }
            }
            return box.append('\n').toString();
        }
        if (positional.isEmpty() && named.isEmpty()) {
            return "";
        }
        List<String> values = new ArrayList<>(positional);
        values.addAll(named.values());
        return String.join(" ", values.stream().filter(v -> !v.isBlank()).toList());
    }

    // --- tables → GFM tables

    private String tables(String text, Context context) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (true) {
            int start = text.indexOf("{|", i);
            if (start < 0) {
                out.append(text, i, text.length());
                break;
            }
            int end = matching(text, start, "{|", "|}");
            if (end < 0) {
                out.append(text, i, text.length());
                break;
            }
            out.append(text, i, start);
            out.append(keep(context, table(text.substring(start + 2, end), context)));
            i = end + 2;
        }
        return out.toString();
    }

    private String table(String body, Context context) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        boolean headerRow = false;
        boolean firstRowHeader = false;
        String caption = null;
        StringBuilder cell = null;
        String[] lines = body.split("\n");
        for (int l = 1; l < lines.length; l++) { // line 0 holds the table's attributes
            String line = lines[l].strip();
            if (line.startsWith("|+")) {
                caption = cellText(line.substring(2), context);
            } else if (line.startsWith("|-")) {
                if (cell != null) {
                    row.add(cellText(cell.toString(), context));
                    cell = null;
                }
                if (!row.isEmpty()) {
                    rows.add(row);
                    if (rows.size() == 1) {
                        firstRowHeader = headerRow;
                    }
                }
                row = new ArrayList<>();
                headerRow = false;
            } else if (line.startsWith("!") || line.startsWith("|")) {
                if (cell != null) {
                    row.add(cellText(cell.toString(), context));
                    cell = null;
                }
                boolean header = line.startsWith("!");
                headerRow |= header && row.isEmpty();
                String cells = line.substring(1);
                List<String> parts = header ? splitCells(cells, "!!") : splitCells(cells, "||");
                for (int p = 0; p < parts.size() - 1; p++) {
                    row.add(cellText(parts.get(p), context));
                }
                cell = new StringBuilder(parts.get(parts.size() - 1));
            } else if (cell != null) {
                cell.append(' ').append(line);
            }
        }
        if (cell != null) {
            row.add(cellText(cell.toString(), context));
        }
        if (!row.isEmpty()) {
            rows.add(row);
            if (rows.size() == 1) {
                firstRowHeader = headerRow;
            }
        }
        if (rows.isEmpty()) {
            return "";
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        StringBuilder out = new StringBuilder("\n\n");
        if (caption != null && !caption.isBlank()) {
            out.append("**").append(caption).append("**\n\n");
        }
        List<String> header = firstRowHeader ? rows.remove(0) : new ArrayList<>(java.util.Collections.nCopies(columns, " "));
        appendRow(out, header, columns);
        out.append('|').append(" --- |".repeat(columns)).append('\n');
        for (List<String> r : rows) {
            appendRow(out, r, columns);
        }
        return out.append('\n').toString();
    }

    private static void appendRow(StringBuilder out, List<String> row, int columns) {
        out.append('|');
        for (int c = 0; c < columns; c++) {
            out.append(' ').append(c < row.size() ? row.get(c).replace("|", "\\|") : "").append(" |");
        }
        out.append('\n');
    }

    /** A cell's content without its attributes ({@code style="…" | text}). */
    private String cellText(String cell, Context context) {
        List<String> parts = split(cell, '|');
        String content = parts.size() > 1 && parts.get(0).contains("=") && !parts.get(0).contains("[[") ? String.join("|", parts.subList(1, parts.size()))
                : cell;
        return inline(content, context).replace("\n", " ");
    }

    private static List<String> splitCells(String line, String separator) {
        List<String> cells = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.startsWith("[[", i) || line.startsWith("{{", i)) {
                depth++;
                i++;
            } else if ((line.startsWith("]]", i) || line.startsWith("}}", i)) && depth > 0) {
                depth--;
                i++;
            } else if (depth == 0 && line.startsWith(separator, i)) {
                cells.add(line.substring(from, i));
                from = i + separator.length();
                i += separator.length() - 1;
            }
        }
        cells.add(line.substring(from));
        return cells;
    }

    // --- links: internal, categories, files, external

    private String links(String text, Context context) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (true) {
            int start = text.indexOf("[[", i);
            if (start < 0) {
                out.append(text, i, text.length());
                break;
            }
            int end = matching(text, start, "[[", "]]");
            if (end < 0) {
                out.append(text, i, text.length());
                break;
            }
            out.append(text, i, start);
            int after = end + 2;
            // a link trail: letters right after the link belong to its label ([[nhà]]s → nhàs)
            int trail = after;
            while (trail < text.length() && Character.isLetter(text.charAt(trail))) {
                trail++;
            }
            out.append(link(text.substring(start + 2, end), text.substring(after, trail), context));
            i = trail;
        }
        return external(out.toString());
    }

    private String link(String inner, String trail, Context context) {
        List<String> parts = split(inner, '|');
        String target = parts.get(0).strip().replace('_', ' ');
        boolean leadingColon = target.startsWith(":");
        if (leadingColon) {
            target = target.substring(1).strip();
        }
        int colon = target.indexOf(':');
        String prefix = colon > 0 ? target.substring(0, colon).strip().toLowerCase(Locale.ROOT) : "";
        int ns = site == null ? 0 : site.namespaceOf(target);
        if (!leadingColon && (CATEGORY_PREFIXES.contains(prefix) || ns == 14)) {
            context.categories.add(target.substring(colon + 1).strip());
            return "";
        }
        if (!leadingColon && (FILE_PREFIXES.contains(prefix) || ns == 6 || ns == -2)) {
            String name = target.substring(colon + 1).strip();
            context.files.add(name);
            String caption = "";
            for (String option : parts.subList(1, parts.size())) {
                String o = option.strip();
                if (!FILE_OPTIONS.contains(o.toLowerCase(Locale.ROOT)) && !o.matches("(?i)\\d*x?\\d+ ?px") && !o.matches("(?i)(alt|link|upright|page|lang)=.*")) {
                    caption = links(o, context);
                }
            }
            String label = caption.isBlank() ? name : caption;
            boolean image = name.toLowerCase(Locale.ROOT).matches(".*\\.(png|jpe?g|gif|svg|webp)$");
            return (image ? "!" : "") + "[" + label.replace("]", "\\]") + "](attachment:" + name.replace(" ", "%20").replace(")", "%29") + ")"
                    + (image && !caption.isBlank() ? keep(context, "\n*" + caption + "*") : "");
        }
        String label = parts.size() > 1 ? String.join("|", parts.subList(1, parts.size())).strip() : target;
        if (label.isEmpty()) {
            // the pipe trick: [[Hà Nội (thành phố)|]] shows "Hà Nội"
            label = target.replaceAll("\\s*\\(.*\\)$", "").replaceFirst("^[^:]*:", "");
        }
        label += trail;
        if (ns != 0 && site != null || (!prefix.isEmpty() && isOtherNamespace(prefix))) {
            return label; // talk, user, template pages: not articles here
        }
        return label.equals(target) ? "[[" + target + "]]" : "[[" + target + "|" + label + "]]";
    }

    private static boolean isOtherNamespace(String prefix) {
        return Set.of("thành viên", "user", "thảo luận", "talk", "bản mẫu", "template", "wikipedia", "trợ giúp", "help", "đặc biệt",
                "special", "mediawiki", "cổng thông tin", "portal").contains(prefix);
    }

    private static String external(String text) {
        if (text.indexOf('[') < 0) {
            return text;
        }
        Matcher m = EXTERNAL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String url = m.group(1);
            String label = m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(label == null || label.isBlank() ? "<" + url + ">"
                    : "[" + label.strip().replace("]", "\\]") + "](" + url.replace(")", "%29") + ")"));
        }
        m.appendTail(out);
        return out.toString();
    }

    // --- line by line: headings, lists, definition lists, indentation, rules, emphasis

    private static String lines(String text) {
        StringBuilder out = new StringBuilder();
        boolean inList = false;
        for (String raw : text.split("\n", -1)) {
            // a <br /> ending a line is a Markdown hard break ("  " before the line's own newline);
            // one inside a line breaks it there
            String line = raw.indexOf('<') < 0 ? raw : BREAK.matcher(TRAILING_BREAK.matcher(raw).replaceAll("  ")).replaceAll("  \n");
            String stripped = line.strip();
            Matcher heading = stripped.startsWith("=") ? HEADING.matcher(stripped) : null;
            if (heading != null && heading.matches()) {
                out.append("\n").append("#".repeat(heading.group(1).length())).append(' ').append(emphasis(heading.group(2))).append("\n\n");
                inList = false;
                continue;
            }
            if (stripped.startsWith("----") && RULE.matcher(stripped).matches()) {
                out.append("\n---\n\n");
                inList = false;
                continue;
            }
            Matcher list = !line.isEmpty() && "*#:;".indexOf(line.charAt(0)) >= 0 ? LIST_ITEM.matcher(line) : null;
            if (list != null && list.matches()) {
                String marks = list.group(1);
                String content = emphasis(list.group(2));
                char last = marks.charAt(marks.length() - 1);
                String indent = "  ".repeat(Math.max(0, marks.length() - 1));
                if (!inList) {
                    out.append('\n');
                }
                switch (last) {
                    case '*' -> out.append(indent).append("- ").append(content).append('\n');
                    case '#' -> out.append(indent).append("1. ").append(content).append('\n');
                    case ';' -> {
                        int colon = content.indexOf(" : ");
                        out.append(indent).append("- **").append(colon > 0 ? content.substring(0, colon).strip() : content.strip()).append("**")
                                .append(colon > 0 ? " — " + content.substring(colon + 3).strip() : "").append('\n');
                    }
                    default -> out.append(marks.chars().allMatch(c -> c == ':') ? "> ".repeat(1) : indent + "  ").append(content).append('\n');
                }
                inList = true;
                continue;
            }
            if (inList && !line.isBlank()) {
                out.append('\n');
            }
            inList = false;
            out.append(emphasis(line)).append('\n');
        }
        return out.toString();
    }

    /** {@code '''''x'''''}, {@code '''x'''} and {@code ''x''} as Markdown emphasis. */
    static String emphasis(String line) {
        if (!line.contains("''")) {
            return line;
        }
        return ITALIC.matcher(BOLD.matcher(BOLD_ITALIC.matcher(line).replaceAll("***$1***")).replaceAll("**$1**")).replaceAll("*$1*");
    }

    private static final Pattern BOLD_ITALIC = Pattern.compile("'''''(.+?)'''''");
    private static final Pattern BOLD = Pattern.compile("'''(.+?)'''");
    private static final Pattern ITALIC = Pattern.compile("''(.+?)''");

    private static void collectCategories(String text, List<String> categories) {
        Matcher m = CATEGORY_LINK.matcher(text);
        while (m.find()) {
            categories.add(m.group(1).strip());
        }
    }

    // --- helpers

    /** The index of the closing mark matching the opening at {@code start}, or -1. */
    static int matching(String text, int start, String open, String close) {
        int depth = 0;
        int i = start;
        while (i < text.length()) {
            if (text.startsWith(open, i)) {
                depth++;
                i += open.length();
            } else if (text.startsWith(close, i)) {
                depth--;
                if (depth == 0) {
                    return i;
                }
                i += close.length();
            } else {
                i++;
            }
        }
        return -1;
    }

    /** Splits on {@code separator} outside nested links and templates. */
    static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '[' || c == '{') && i + 1 < text.length() && text.charAt(i + 1) == c) {
                depth++;
                i++;
            } else if ((c == ']' || c == '}') && i + 1 < text.length() && text.charAt(i + 1) == c && depth > 0) {
                depth--;
                i++;
            } else if (c == separator && depth == 0) {
                parts.add(text.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(text.substring(from));
        return parts;
    }
}
