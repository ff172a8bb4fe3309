package vn.trithuc.content.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * Who wrote each line: walks an article's revisions from the oldest, carrying every line's origin
 * through each revision's line diff (java-diff-utils); changed and inserted lines belong to the
 * revision that wrote them.
 *
 * @param <R> the revision type; {@link #of} only needs its text
 */
public final class Blame<R> {

    /** A line of the newest text and the revision that last changed it. */
    public record Line<R>(int number, String text, R origin) {
    }

    private Blame() {
    }

    /** Revisions oldest first, with a function giving each one's text. */
    public static <R> List<Line<R>> of(List<R> revisions, java.util.function.Function<R, String> text) {
        List<String> lines = List.of();
        List<R> origins = List.of();
        for (R revision : revisions) {
            List<String> next = split(text.apply(revision));
            Patch<String> patch = DiffUtils.diff(lines, next);
            List<R> nextOrigins = new ArrayList<>(next.size());
            int source = 0;
            for (AbstractDelta<String> delta : patch.getDeltas()) {
                int start = delta.getSource().getPosition();
                while (source < start) {
                    nextOrigins.add(origins.get(source++));
                }
                source += delta.getSource().size();
                for (int i = 0; i < delta.getTarget().size(); i++) {
                    nextOrigins.add(revision);
                }
            }
            while (source < origins.size()) {
                nextOrigins.add(origins.get(source++));
            }
            lines = next;
            origins = nextOrigins;
        }
        List<Line<R>> result = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            result.add(new Line<>(i + 1, lines.get(i), origins.get(i)));
        }
        return result;
    }

    private static List<String> split(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return Arrays.asList(body.split("\n", -1));
    }
}
