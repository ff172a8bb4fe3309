package vn.trithuc.learning.bank;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.trithuc.content.questions.Question;
import vn.trithuc.content.questions.formats.Aiken;
import vn.trithuc.content.questions.formats.Gift;
import vn.trithuc.content.questions.formats.ImportedQuestions;
import vn.trithuc.content.questions.formats.MoodleXml;
import vn.trithuc.content.questions.formats.Qti;
import vn.trithuc.content.questions.formats.QuestionFileException;
import vn.trithuc.learning.quiz.QuestionJson;
import vn.trithuc.web.problem.ProblemException;
import vn.trithuc.web.security.Caller;
import vn.trithuc.web.security.Role;

/**
 * Question banks: instructors and exam administrators see them; their owners (and
 * administrators) change them. Every change of a question's content is a new version; imports are
 * all-or-nothing per file unless the caller accepts the partial result.
 */
@ApplicationScoped
@Transactional
public class Banks {

    /** Largest question file accepted. */
    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    /** A bank as listed. */
    public record BankView(long id, String title, String description, String owner, long questions) {
    }

    /** A question as its bank shows it: filing, current version, and the question with its key. */
    public record QuestionView(long id, long bankId, String name, String category, List<String> tags, String difficulty,
                               int version, String type, JsonObject question) {
    }

    /** A question to add or change: its filing and the question itself (JSON, with its key). */
    public record QuestionRequest(String name, String category, List<String> tags, String difficulty, JsonObject question) {
    }

    /** What an import did: how many questions came in, and the items that did not, with the reason. */
    public record ImportResult(int imported, List<Skipped> skipped) {
    }

    /** An item not imported. */
    public record Skipped(String item, int line, String reason) {
    }

    @PersistenceContext(unitName = "learning")
    EntityManager em;

    public QuestionBank create(Caller caller, String title, String description) {
        caller.require(Role.INSTRUCTOR);
        if (title == null || title.isBlank() || title.length() > 300) {
            throw new ProblemException("invalid-title", 400, "Title required", "A bank has a title of up to 300 characters.");
        }
        QuestionBank bank = new QuestionBank(title.strip(), description == null || description.isBlank() ? null : description.strip(),
                caller.username());
        em.persist(bank);
        return bank;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BankView> list(Caller caller) {
        mayRead(caller);
        List<BankView> views = new ArrayList<>();
        for (QuestionBank b : em.createQuery("select b from QuestionBank b order by b.title", QuestionBank.class).getResultList()) {
            views.add(view(b));
        }
        return views;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BankView bank(Caller caller, long bankId) {
        mayRead(caller);
        return view(find(bankId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QuestionView> questions(Caller caller, long bankId, String category, String tag, String difficulty) {
        mayRead(caller);
        find(bankId);
        List<QuestionView> views = new ArrayList<>();
        for (BankQuestion q : em.createQuery("select q from BankQuestion q where q.bankId = :b and q.retired = false order by q.category, q.id",
                BankQuestion.class).setParameter("b", bankId).getResultList()) {
            if ((category == null || category.isBlank() || q.category().equals(category.strip()))
                    && (tag == null || tag.isBlank() || q.tags().contains(tag.strip()))
                    && (difficulty == null || difficulty.isBlank() || q.difficulty().name().equalsIgnoreCase(difficulty.strip()))) {
                views.add(view(q));
            }
        }
        return views;
    }

    public QuestionView add(Caller caller, long bankId, QuestionRequest request) {
        QuestionBank bank = editable(caller, bankId);
        Question question = question(request);
        BankQuestion q = new BankQuestion(bank.id(), name(request, question), category(request.category()), request.tags(),
                difficulty(request.difficulty()));
        em.persist(q);
        em.flush();
        version(q, question, caller);
        return view(q);
    }

    /** Refiles a question and, when its content changed, writes a new version. */
    public QuestionView update(Caller caller, long questionId, QuestionRequest request) {
        BankQuestion q = current(questionId);
        editable(caller, q.bankId());
        Question question = question(request);
        q.file(name(request, question), category(request.category()), request.tags(), difficulty(request.difficulty()));
        Question before = QuestionJson.read(json(currentVersion(q).body())).get(0);
        if (!before.equals(question)) {
            version(q, question, caller);
        }
        return view(q);
    }

    public void retire(Caller caller, long questionId) {
        BankQuestion q = current(questionId);
        editable(caller, q.bankId());
        q.retire();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QuestionVersion> versions(Caller caller, long questionId) {
        mayRead(caller);
        current(questionId);
        return em.createQuery("select v from QuestionVersion v where v.questionId = :q order by v.number desc", QuestionVersion.class)
                .setParameter("q", questionId).getResultList();
    }

    /**
     * Imports a question file (GIFT, Aiken, Moodle XML, QTI 2.1 item or content package) into a
     * bank: every question or none, unless {@code acceptPartial}; a file that cannot be read is a
     * 400 naming the file and line, items that cannot be mapped a 422 listing them.
     */
    public ImportResult importFile(Caller caller, long bankId, String filename, byte[] content, boolean acceptPartial) {
        QuestionBank bank = editable(caller, bankId);
        if (content.length > MAX_FILE_BYTES) {
            throw ProblemException.payloadTooLarge(MAX_FILE_BYTES);
        }
        String name = filename == null || filename.isBlank() ? "questions" : filename.strip();
        ImportedQuestions read;
        try {
            read = read(name, content);
        } catch (QuestionFileException e) {
            throw new ProblemException("invalid-question-file", 400, "Question file not readable", e.getMessage(),
                    Map.of("file", name, "line", e.line()));
        }
        List<Skipped> skipped = read.skipped().stream().map(s -> new Skipped(s.item(), s.line(), s.reason())).toList();
        if (!skipped.isEmpty() && !acceptPartial) {
            throw new ProblemException("questions-not-mapped", 422, "Some questions cannot be imported",
                    skipped.size() + " of " + (skipped.size() + read.items().size()) + " items in " + name
                            + " have no equivalent here; nothing was imported. Send acceptPartial=true to import the others.",
                    Map.of("imported", 0, "skipped", skipped));
        }
        if (read.items().isEmpty()) {
            throw new ProblemException("no-questions", 422, "No questions", name + " holds no question.", Map.of("imported", 0, "skipped", skipped));
        }
        for (ImportedQuestions.Item item : read.items()) {
            BankQuestion q = new BankQuestion(bank.id(), shorten(item.name() == null ? item.question().prompt() : item.name()),
                    item.category() == null || item.category().isBlank() ? name : shorten(item.category()), List.of(),
                    BankQuestion.Difficulty.MEDIUM);
            em.persist(q);
            em.flush();
            version(q, item.question(), caller);
        }
        return new ImportResult(read.items().size(), skipped);
    }

    static ImportedQuestions read(String name, byte[] content) {
        return vn.trithuc.content.questions.formats.QuestionFiles.read(name, content);
    }

    /** The bank as GIFT (questions GIFT cannot carry are listed in a comment at the top) or as a QTI 2.1 package. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] export(Caller caller, long bankId, String format) {
        mayRead(caller);
        QuestionBank bank = find(bankId);
        List<ImportedQuestions.Item> items = new ArrayList<>();
        for (QuestionView v : questions(caller, bank.id(), null, null, null)) {
            items.add(new ImportedQuestions.Item(v.name(), v.category(), QuestionJson.read(Json.createArrayBuilder().add(v.question()).build()).get(0), 0));
        }
        if ("qti".equalsIgnoreCase(format)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                Qti.writePackage(items, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
        if (format == null || format.isBlank() || "gift".equalsIgnoreCase(format)) {
            List<ImportedQuestions.Skipped> left = new ArrayList<>();
            String gift = Gift.write(items, left);
            StringBuilder out = new StringBuilder("// " + bank.title() + " — Tri Thức\n");
            left.forEach(s -> out.append("// not in GIFT: ").append(s.item()).append(" (").append(s.reason()).append(")\n"));
            return out.append('\n').append(gift).toString().getBytes(StandardCharsets.UTF_8);
        }
        throw new ProblemException("invalid-format", 400, "Unknown format", "format is gift or qti.");
    }

    // --- helpers

    private void version(BankQuestion q, Question question, Caller caller) {
        int number = q.currentVersion() + 1;
        em.persist(new QuestionVersion(q.id(), number, question.type().key(), QuestionJson.write(List.of(question), true).get(0).toString(),
                caller.username()));
        q.versioned(number);
    }

    private QuestionVersion currentVersion(BankQuestion q) {
        return em.createQuery("select v from QuestionVersion v where v.questionId = :q and v.number = :n", QuestionVersion.class)
                .setParameter("q", q.id()).setParameter("n", q.currentVersion()).getSingleResult();
    }

    private QuestionView view(BankQuestion q) {
        QuestionVersion v = currentVersion(q);
        JsonObject body;
        try (JsonReader reader = Json.createReader(new StringReader(v.body()))) {
            body = reader.readObject();
        }
        return new QuestionView(q.id(), q.bankId(), q.name(), q.category(), q.tags(), q.difficulty().name().toLowerCase(Locale.ROOT),
                v.number(), v.type(), body);
    }

    private BankView view(QuestionBank b) {
        long count = em.createQuery("select count(q) from BankQuestion q where q.bankId = :b and q.retired = false", Long.class)
                .setParameter("b", b.id()).getSingleResult();
        return new BankView(b.id(), b.title(), b.description(), b.owner(), count);
    }

    private static Question question(QuestionRequest request) {
        if (request == null || request.question() == null) {
            throw new ProblemException("invalid-question", 400, "Question required", "Send question: {type, prompt, options, key}.");
        }
        return QuestionJson.read(Json.createArrayBuilder().add(request.question()).build()).get(0);
    }

    private static String json(String body) {
        return "[" + body + "]";
    }

    private static String name(QuestionRequest request, Question question) {
        return shorten(request.name() == null || request.name().isBlank() ? question.prompt() : request.name());
    }

    private static String category(String category) {
        return category == null || category.isBlank() ? "Chung" : shorten(category);
    }

    private static BankQuestion.Difficulty difficulty(String value) {
        if (value == null || value.isBlank()) {
            return BankQuestion.Difficulty.MEDIUM;
        }
        try {
            return BankQuestion.Difficulty.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException("invalid-difficulty", 400, "Unknown difficulty", "difficulty is easy, medium or hard.");
        }
    }

    private static String shorten(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() <= 300 ? t : t.substring(0, 299) + "…";
    }

    private static void mayRead(Caller caller) {
        caller.requireAuthenticated();
        if (!caller.hasRole(Role.INSTRUCTOR) && !caller.hasRole(Role.EXAM_ADMIN)) {
            throw ProblemException.forbidden(Role.INSTRUCTOR);
        }
    }

    private QuestionBank editable(Caller caller, long bankId) {
        caller.require(Role.INSTRUCTOR);
        QuestionBank bank = find(bankId);
        if (!caller.hasRole(Role.ADMIN) && !bank.owner().equals(caller.username())) {
            throw new ProblemException("not-bank-owner", 403, "Not your bank", "Only the bank's owner or an administrator changes it.");
        }
        return bank;
    }

    private QuestionBank find(long bankId) {
        QuestionBank bank = em.find(QuestionBank.class, bankId);
        if (bank == null) {
            throw ProblemException.notFound("The question bank " + bankId);
        }
        return bank;
    }

    private BankQuestion current(long questionId) {
        BankQuestion q = em.find(BankQuestion.class, questionId);
        if (q == null || q.retired()) {
            throw ProblemException.notFound("The question " + questionId);
        }
        return q;
    }
}
