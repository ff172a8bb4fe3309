package vn.trithuc.content.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeChunk;
import org.eclipse.jgit.merge.MergeResult;

/**
 * Three-way merge of article text, line by line, with JGit's merge algorithm (histogram diff):
 * the base the editor started from, the newer head saved meanwhile, and the editor's text.
 */
public final class TextMerge {

    /** One region where the head and the editor changed the same lines differently. */
    public record Conflict(int baseStartLine, String base, String theirs, String yours) {
    }

    /** A merge: the merged text when clean, otherwise the conflicts. */
    public record Result(String merged, List<Conflict> conflicts) {
        public boolean isClean() {
            return conflicts.isEmpty();
        }
    }

    private static final MergeAlgorithm ALGORITHM =
            new MergeAlgorithm(DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM));

    private TextMerge() {
    }

    public static Result merge(String base, String theirs, String yours) {
        List<RawText> sequences = List.of(raw(base), raw(theirs), raw(yours));
        MergeResult<RawText> result = ALGORITHM.merge(RawTextComparator.DEFAULT, sequences.get(0), sequences.get(1),
                sequences.get(2));
        StringBuilder merged = new StringBuilder();
        List<Conflict> conflicts = new ArrayList<>();
        List<MergeChunk> pending = new ArrayList<>();
        for (MergeChunk chunk : result) {
            if (chunk.getConflictState() == MergeChunk.ConflictState.NO_CONFLICT) {
                flushConflict(pending, sequences, conflicts);
                append(merged, sequences.get(chunk.getSequenceIndex()), chunk.getBegin(), chunk.getEnd());
            } else {
                pending.add(chunk);
            }
        }
        flushConflict(pending, sequences, conflicts);
        if (!conflicts.isEmpty()) {
            return new Result(null, List.copyOf(conflicts));
        }
        String text = merged.toString();
        boolean endsWithNewline = yours.endsWith("\n") || theirs.endsWith("\n");
        if (!endsWithNewline && text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        return new Result(text, List.of());
    }

    /** JGit reports a conflict as a run of chunks: (base,) ours, theirs. */
    private static void flushConflict(List<MergeChunk> chunks, List<RawText> sequences, List<Conflict> conflicts) {
        if (chunks.isEmpty()) {
            return;
        }
        StringBuilder base = new StringBuilder();
        StringBuilder theirs = new StringBuilder();
        StringBuilder yours = new StringBuilder();
        int baseStart = -1;
        for (MergeChunk chunk : chunks) {
            StringBuilder target = switch (chunk.getSequenceIndex()) {
                case 0 -> base;
                case 1 -> theirs;
                default -> yours;
            };
            if (chunk.getSequenceIndex() == 0 && baseStart < 0) {
                baseStart = chunk.getBegin();
            }
            append(target, sequences.get(chunk.getSequenceIndex()), chunk.getBegin(), chunk.getEnd());
        }
        conflicts.add(new Conflict(baseStart + 1, base.toString(), theirs.toString(), yours.toString()));
        chunks.clear();
    }

    private static void append(StringBuilder out, RawText text, int begin, int end) {
        for (int line = begin; line < end; line++) {
            out.append(text.getString(line)).append('\n');
        }
    }

    private static RawText raw(String text) {
        return new RawText(text.getBytes(StandardCharsets.UTF_8));
    }
}
