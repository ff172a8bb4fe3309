package vn.trithuc.content.text;

import java.util.Arrays;
import java.util.List;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

/**
 * Differences between two revisions' text for people: line rows for the side-by-side view, each
 * with word-level changes marked inside ({@code <del>}/{@code <ins>}, HTML-escaped otherwise),
 * from java-diff-utils.
 */
public final class TextDiff {

    /**
     * One row of a diff.
     *
     * @param change {@code equal}, {@code insert}, {@code delete} or {@code change}
     * @param before the old line as safe HTML with deleted words in {@code <del>}
     * @param after  the new line as safe HTML with inserted words in {@code <ins>}
     */
    public record Row(String change, String before, String after) {
    }

    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .mergeOriginalRevised(false)
            .oldTag(open -> open ? "<del>" : "</del>")
            .newTag(open -> open ? "<ins>" : "</ins>")
            .build();

    private TextDiff() {
    }

    public static List<Row> rows(String before, String after) {
        List<DiffRow> rows = GENERATOR.generateDiffRows(lines(before), lines(after));
        return rows.stream()
                .map(r -> new Row(r.getTag().name().toLowerCase(), r.getOldLine(), r.getNewLine()))
                .toList();
    }

    private static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return Arrays.asList(body.split("\n", -1));
    }
}
