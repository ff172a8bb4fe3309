package vn.trithuc.content.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.trithuc.content.text.Folding;

/**
 * Text for the index and snippets for results: the plain text of an article's sanitised HTML, its
 * headings, and a highlighted passage around the words a query matched — matched by their folded
 * form, so {@code ha noi} highlights <i>Hà Nội</i>.
 */
public final class SearchText {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    private SearchText() {
    }

    /** The text of sanitised HTML: tags dropped (as word breaks), entities decoded, spaces collapsed. */
    public static String plainText(String html) {
        String text = TAG.matcher(html).replaceAll(" ");
        Matcher entity = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (entity.find()) {
            entity.appendReplacement(out, Matcher.quoteReplacement(decode(entity.group(1))));
        }
        entity.appendTail(out);
        return SPACES.matcher(out).replaceAll(" ").strip();
    }

    /** The Markdown headings of a text, one a line. */
    public static String headings(String markdown) {
        StringBuilder out = new StringBuilder();
        Matcher heading = HEADING.matcher(markdown);
        while (heading.find()) {
            out.append(heading.group(1)).append('\n');
        }
        return out.toString();
    }

    /**
     * About {@code length} characters of {@code text} around the first word the query matched,
     * HTML-escaped, with every matched word in {@code <mark>}; the start of the text when nothing
     * matched.
     */
    public static String snippet(String text, String query, int length) {
        return snippet(text, terms(query), length);
    }

    /** The folded terms of a query, the words a snippet marks. */
    public static Set<String> terms(String query) {
        return new HashSet<>(VietnameseAnalysis.terms(VietnameseAnalysis.folded(), "q", query));
    }

    /**
     * The same with the query's folded terms given (once per search rather than once per hit).
     * Only words of a length some term could fold from are folded, and the scan stops at the end of
     * the passage shown.
     */
    public static String snippet(String text, Set<String> wanted, int length) {
        int shortest = Integer.MAX_VALUE;
        int longest = 0;
        for (String term : wanted) {
            shortest = Math.min(shortest, term.length());
            longest = Math.max(longest, term.length());
        }
        List<int[]> matches = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        int stop = Integer.MAX_VALUE;
        while (word.find() && word.start() < stop) {
            int size = word.end() - word.start();
            // a syllable written with combining marks is a few characters longer than its folded form
            if (size >= shortest && size <= longest + 4 && wanted.contains(Folding.fold(word.group()))) {
                if (matches.isEmpty()) {
                    stop = word.start() + length;
                }
                matches.add(new int[] {word.start(), word.end()});
            }
        }
        int start = matches.isEmpty() ? 0 : Math.max(0, matches.get(0)[0] - length / 4);
        if (start > 0) {
            int space = text.indexOf(' ', start);
            start = space < 0 || space > matches.get(0)[0] ? start : space + 1;
        }
        int end = Math.min(text.length(), start + length);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        StringBuilder out = new StringBuilder(length + 64);
        if (start > 0) {
            out.append("… ");
        }
        int at = start;
        for (int[] m : matches) {
            if (m[0] < start || m[1] > end) {
                continue;
            }
            escape(out, text, at, m[0]);
            out.append("<mark>");
            escape(out, text, m[0], m[1]);
            out.append("</mark>");
            at = m[1];
        }
        escape(out, text, at, end);
        if (end < text.length()) {
            out.append(" …");
        }
        return out.toString();
    }

    private static void escape(StringBuilder out, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    private static String decode(String entity) {
        return switch (entity) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> {
                int code = entity.startsWith("#x") ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1));
                yield Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : " ";
            }
        };
    }
}
