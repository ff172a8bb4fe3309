package vn.trithuc.content.wiki;

import java.util.Objects;

/**
 * One {@code [[…]]} link as written.
 *
 * @param space the space named before a colon ({@code [[medical:Sốt xuất huyết]]}), or {@code null}
 *              for the linking article's own space
 * @param title the target page title as written
 * @param label the text shown, the title when no {@code |label} was given
 */
public record WikiLink(String space, String title, String label) {

    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[^a-z0-9]+");
    /** The longest article name. */
    public static final int MAX_SLUG = 200;

    public WikiLink {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(label, "label");
    }

    /**
     * The article name a title is published under: marks dropped, {@code đ} → {@code d}, lower
     * case, words joined by hyphens ({@code Hà Nội} → {@code ha-noi}). A title written in another
     * script, with no Latin letter ({@code ハノイ旧市街}, {@code 하노이}, {@code Москва}), keeps its
     * own letters, lower case, as MediaWiki keeps such titles in its addresses
     * ({@code ハノイ旧市街}, {@code москва}); other Latin letters fold to ASCII ({@code ß} →
     * {@code ss}). Empty when the title has no letter or digit at all.
     */
    public static String slug(String title) {
        String latin = SEPARATORS.matcher(asciiFold(vn.trithuc.content.text.Folding.fold(title))).replaceAll("-")
                .replaceAll("^-+|-+$", "");
        String slug = hasLatinLetter(title) || !hasLetter(title) ? latin : otherScript(title);
        if (slug.codePointCount(0, slug.length()) <= MAX_SLUG) {
            return slug;
        }
        return slug.substring(0, slug.offsetByCodePoints(0, MAX_SLUG)).replaceAll("-+$", "");
    }

    /** Latin letters that no mark removal turns into ASCII ({@code ß}, {@code æ}, {@code ø}, {@code ł}…). */
    private static final java.util.Map<Character, String> LATIN_EXTRA = java.util.Map.ofEntries(
            java.util.Map.entry('ß', "ss"), java.util.Map.entry('æ', "ae"), java.util.Map.entry('œ', "oe"),
            java.util.Map.entry('ø', "o"), java.util.Map.entry('ł', "l"), java.util.Map.entry('ð', "d"),
            java.util.Map.entry('þ', "th"), java.util.Map.entry('ı', "i"), java.util.Map.entry('ħ', "h"),
            java.util.Map.entry('ŋ', "ng"), java.util.Map.entry('ŧ', "t"), java.util.Map.entry('ſ', "s"));

    private static String asciiFold(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            String ascii = LATIN_EXTRA.get(c);
            out.append(ascii == null ? String.valueOf(c) : ascii);
        }
        return out.toString();
    }

    private static boolean hasLatinLetter(String title) {
        return title.codePoints().anyMatch(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    private static boolean hasLetter(String title) {
        return title.codePoints().anyMatch(Character::isLetter);
    }

    /** Letters, marks and digits kept as written (NFC, lower case), anything else a hyphen. */
    private static String otherScript(String title) {
        String text = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT);
        StringBuilder slug = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int c = text.codePointAt(i);
            int type = Character.getType(c);
            boolean kept = Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
            if (!kept) {
                gap = true;
                continue;
            }
            if (gap && slug.length() > 0) {
                slug.append('-');
            }
            gap = false;
            slug.appendCodePoint(c);
        }
        return slug.toString();
    }
}
