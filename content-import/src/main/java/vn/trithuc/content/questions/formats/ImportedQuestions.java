package vn.trithuc.content.questions.formats;

import java.util.List;

import vn.trithuc.content.questions.Question;

/**
 * What a question file held: the questions mapped (with their name and category as the file
 * gives them) and the items that could not be, each with the reason.
 */
public record ImportedQuestions(List<Item> items, List<Skipped> skipped) {

    /** A question read from a file; {@code line} is where it starts (1-based, 0 when unknown). */
    public record Item(String name, String category, Question question, int line) {
    }

    /** An item that was not imported: its name or first words, its line, and why. */
    public record Skipped(String item, int line, String reason) {
    }

    public ImportedQuestions {
        items = List.copyOf(items);
        skipped = List.copyOf(skipped);
    }
}
