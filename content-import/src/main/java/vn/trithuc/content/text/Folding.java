package vn.trithuc.content.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese without its marks: lower case, tone and vowel marks removed, {@code đ} → {@code d}
 * ({@code Đồng Xuân} → {@code dong xuan}). The one folding of the platform: slugs, search analysis
 * and snippets all use it, so an article's name and its search terms never disagree.
 */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {
    }

    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd');
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }
}
