package vn.trithuc.content.questions;

import java.util.Locale;

/** The kinds of question, with the names the API and the file formats use. */
public enum QuestionType {
    /** One correct option. */
    SINGLE_CHOICE,
    /** Several correct options; partial credit. */
    MULTIPLE_CHOICE,
    /** True or false. */
    TRUE_FALSE,
    /** A typed word or phrase against accepted answers. */
    SHORT_ANSWER,
    /** A number within a tolerance. */
    NUMERIC,
    /** Each item on the left matched with one on the right; partial credit. */
    MATCHING,
    /** Items put in order; partial credit by position. */
    ORDERING,
    /** Gaps in a text, each with accepted answers; partial credit. */
    FILL_IN_BLANKS,
    /** A free text graded by hand with a rubric. */
    ESSAY;

    /** {@code SINGLE_CHOICE} → {@code single-choice}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The type for a key ({@code single-choice}) or a name; {@code null} when unknown. */
    public static QuestionType of(String key) {
        if (key == null) {
            return null;
        }
        try {
            return valueOf(key.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Graded by the machine (all but essays). */
    public boolean automatic() {
        return this != ESSAY;
    }
}
