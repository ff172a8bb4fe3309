package vn.trithuc.content.questions.formats;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** A question file of any supported format, recognised by its content rather than its name. */
public final class QuestionFiles {

    private QuestionFiles() {
    }

    /** The format by content: zip → QTI package; XML by its root; text with ANSWER: lines → Aiken; otherwise GIFT. */
    public static ImportedQuestions read(String name, byte[] content) {
        if (content.length > 4 && content[0] == 'P' && content[1] == 'K') {
            return Qti.readPackage(new ByteArrayInputStream(content), name);
        }
        String text = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "");
        String head = text.stripLeading();
        if (head.startsWith("<")) {
            if (head.contains("<quiz")) {
                return MoodleXml.read(new ByteArrayInputStream(content), name);
            }
            if (head.contains("assessmentItem")) {
                return Qti.readItem(new ByteArrayInputStream(content), name);
            }
            if (head.contains("assessmentTest")) {
                throw new QuestionFileException(name, 0, "a QTI test refers to item files: send the content package (zip) instead");
            }
            throw new QuestionFileException(name, 0, "XML that is neither Moodle XML nor QTI 2.1");
        }
        boolean aiken = text.lines().anyMatch(l -> l.strip().toUpperCase(Locale.ROOT).startsWith("ANSWER:")) && !text.contains("{");
        return aiken ? Aiken.read(text, name) : Gift.read(text, name);
    }
}
