package vn.trithuc.learning.exam;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.trithuc.web.problem.ProblemException;
import vn.trithuc.web.security.Caller;
import vn.trithuc.web.security.Role;

/**
 * Pass rates of an exam by organisation-tree group, rolled up by depth: the unit (a department or
 * a ward: {@code /Hà Nội/Sở …/Phòng …}), the district or agency ({@code /Hà Nội/Quận Ba Đình}), the
 * city ({@code /Hà Nội}). Each candidate counts once per group, with their best submitted attempt.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Reports {

    /** Levels of the organisation tree by name. */
    static final Map<String, Integer> LEVELS = Map.of("city", 1, "district", 2, "unit", 3);
    static final String NO_GROUP = "(không thuộc đơn vị)";

    /** One group's figures. */
    public record GroupRate(String group, int candidates, int passed, double passRate, double averageScore) {
    }

    /** The report. */
    public record PassRates(long examId, String title, String groupBy, int candidates, int passed, double passRate,
                            double averageScore, List<GroupRate> groups) {
    }

    @PersistenceContext(unitName = "learning")
    EntityManager em;

    @Inject
    Exams exams;

    @SuppressWarnings("unchecked")
    public PassRates passRates(Caller caller, long examId, String groupBy) {
        mayRead(caller);
        Exam exam = exams.find(examId);
        String by = groupBy == null || groupBy.isBlank() ? "unit" : groupBy.strip();
        Integer depth = LEVELS.get(by);
        if (depth == null) {
            throw new ProblemException("invalid-group-by", 400, "Unknown grouping", "groupBy is unit, district or city.");
        }
        // best submitted attempt per candidate: percent of the maximum, and whether any attempt passed
        Map<String, double[]> best = new LinkedHashMap<>();
        Map<String, String> groupsOf = new LinkedHashMap<>();
        List<Object[]> rows = (List<Object[]>) em.createNativeQuery("select username, learner_groups, score, max_score, passed from learning.attempt "
                + "where exam_id = ?1 and status = 'SUBMITTED'").setParameter(1, examId).getResultList();
        for (Object[] row : rows) {
            String user = (String) row[0];
            double max = row[3] == null ? 0 : ((Number) row[3]).doubleValue();
            double percent = max == 0 || row[2] == null ? 0 : 100 * ((Number) row[2]).doubleValue() / max;
            boolean passed = Boolean.TRUE.equals(row[4]);
            double[] b = best.computeIfAbsent(user, u -> new double[] {0, 0});
            b[0] = Math.max(b[0], percent);
            b[1] = Math.max(b[1], passed ? 1 : 0);
            groupsOf.putIfAbsent(user, row[1] == null ? "" : row[1].toString());
        }
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : groupsOf.entrySet()) {
            Set<String> at = new LinkedHashSet<>();
            for (String path : e.getValue().split("\n")) {
                if (!path.isBlank()) {
                    at.add(level(path.strip(), depth));
                }
            }
            if (at.isEmpty()) {
                at.add(NO_GROUP);
            }
            at.forEach(g -> members.computeIfAbsent(g, k -> new ArrayList<>()).add(e.getKey()));
        }
        List<GroupRate> groups = new ArrayList<>();
        members.forEach((group, users) -> groups.add(rate(group, users, best)));
        groups.sort(Comparator.comparing(GroupRate::group));
        GroupRate total = rate("", new ArrayList<>(best.keySet()), best);
        return new PassRates(exam.id(), exam.title(), by, total.candidates(), total.passed(), total.passRate(), total.averageScore(), groups);
    }

    /** The group at a depth of the tree: {@code /Hà Nội/Quận Ba Đình/UBND Phường Điện Biên} at 2 → {@code /Hà Nội/Quận Ba Đình}. */
    static String level(String path, int depth) {
        String[] parts = path.replaceFirst("^/", "").split("/");
        return "/" + String.join("/", java.util.Arrays.copyOf(parts, Math.min(depth, parts.length)));
    }

    private static GroupRate rate(String group, List<String> users, Map<String, double[]> best) {
        int passed = (int) users.stream().filter(u -> best.get(u)[1] > 0).count();
        double average = users.stream().mapToDouble(u -> best.get(u)[0]).average().orElse(0);
        return new GroupRate(group, users.size(), passed, users.isEmpty() ? 0 : Math.round(1000.0 * passed / users.size()) / 10.0,
                Math.round(average * 10) / 10.0);
    }

    // --- over time, across exams, per question

    /** One period's figures (attempts submitted in it). */
    public record PeriodRate(java.time.LocalDate from, int attempts, int passed, double passRate, double averageScore) {

        /** The period's first day as people here write it. */
        public String label() {
            return from.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        }
    }

    /** An exam's figures over time. */
    public record OverTime(long examId, String title, String period, List<PeriodRate> periods) {
    }

    /** An exam in the overview. */
    public record ExamSummary(long examId, String title, int candidates, int attempts, int passed, double passRate, double averageScore) {
    }

    /** Item analysis of an exam. */
    public record Items(long examId, String title, int attempts, List<ItemAnalysis.QuestionStats> questions) {
    }

    /** Reports count days in the city's time. */
    static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    @SuppressWarnings("unchecked")
    public OverTime overTime(Caller caller, long examId, String period) {
        mayRead(caller);
        Exam exam = exams.find(examId);
        String by = period == null || period.isBlank() ? "week" : period.strip();
        if (!List.of("day", "week", "month").contains(by)) {
            throw new ProblemException("invalid-period", 400, "Unknown period", "period is day, week or month.");
        }
        java.util.TreeMap<java.time.LocalDate, double[]> buckets = new java.util.TreeMap<>(); // {attempts, passed, percent sum}
        List<Object[]> rows = (List<Object[]>) em.createNativeQuery("select submitted_at, score, max_score, passed from learning.attempt "
                + "where exam_id = ?1 and status = 'SUBMITTED'").setParameter(1, examId).getResultList();
        for (Object[] row : rows) {
            java.time.LocalDate day = Attempts.timestamp(row[0]).atZoneSameInstant(ZONE).toLocalDate();
            java.time.LocalDate from = switch (by) {
                case "day" -> day;
                case "week" -> day.with(java.time.DayOfWeek.MONDAY);
                default -> day.withDayOfMonth(1);
            };
            double max = row[2] == null ? 0 : ((Number) row[2]).doubleValue();
            double[] b = buckets.computeIfAbsent(from, f -> new double[3]);
            b[0]++;
            b[1] += Boolean.TRUE.equals(row[3]) ? 1 : 0;
            b[2] += max == 0 || row[1] == null ? 0 : 100 * ((Number) row[1]).doubleValue() / max;
        }
        List<PeriodRate> periods = new ArrayList<>();
        buckets.forEach((from, b) -> periods.add(new PeriodRate(from, (int) b[0], (int) b[1], Math.round(1000.0 * b[1] / b[0]) / 10.0,
                Math.round(10.0 * b[2] / b[0]) / 10.0)));
        return new OverTime(exam.id(), exam.title(), by, periods);
    }

    /** Every exam with its figures, for the reports overview. */
    @SuppressWarnings("unchecked")
    public List<ExamSummary> summary(Caller caller) {
        mayRead(caller);
        List<ExamSummary> result = new ArrayList<>();
        for (Exam exam : em.createQuery("select e from Exam e order by e.createdAt desc", Exam.class).getResultList()) {
            List<Object[]> rows = (List<Object[]>) em.createNativeQuery("select count(*), count(distinct username), "
                    + "sum(case when passed then 1 else 0 end) from learning.attempt where exam_id = ?1 and status = 'SUBMITTED'")
                    .setParameter(1, exam.id()).getResultList();
            Object[] row = rows.get(0);
            PassRates rates = passRates(caller, exam.id(), "city");
            result.add(new ExamSummary(exam.id(), exam.title(), rates.candidates(), ((Number) row[0]).intValue(), rates.passed(),
                    rates.passRate(), rates.averageScore()));
        }
        return result;
    }

    /** Item analysis over the exam's submitted attempts (by question, across its versions; choices as the current version words them). */
    @SuppressWarnings("unchecked")
    public Items items(Caller caller, long examId) {
        mayRead(caller);
        Exam exam = exams.find(examId);
        List<Object[]> rows = (List<Object[]>) em.createNativeQuery("select aq.attempt_id, aq.question_id, aq.points, aq.fraction, "
                + "aq.response, aq.graded from learning.attempt_question aq join learning.attempt a on a.id = aq.attempt_id "
                + "where a.exam_id = ?1 and a.status = 'SUBMITTED'").setParameter(1, examId).getResultList();
        List<ItemAnalysis.Response> responses = new ArrayList<>();
        Set<Long> attempts = new LinkedHashSet<>();
        Set<Long> questionIds = new LinkedHashSet<>();
        for (Object[] row : rows) {
            long attempt = ((Number) row[0]).longValue();
            long question = ((Number) row[1]).longValue();
            boolean graded = Boolean.TRUE.equals(row[5]);
            responses.add(new ItemAnalysis.Response(attempt, question, ((Number) row[2]).doubleValue(),
                    graded ? (row[3] == null ? 0.0 : ((Number) row[3]).doubleValue()) : null, chosen(row[4])));
            attempts.add(attempt);
            questionIds.add(question);
        }
        Map<Long, ItemAnalysis.Item> items = new LinkedHashMap<>();
        for (Long id : questionIds) {
            Object version = em.createNativeQuery("select v.id from learning.question_version v join learning.bank_question q "
                    + "on q.id = v.question_id and v.number = q.current_version where q.id = ?1").setParameter(1, id)
                    .getResultStream().findFirst().orElse(null);
            if (version != null) {
                items.put(id, item(id, versions.get(((Number) version).longValue())));
            }
        }
        List<ItemAnalysis.QuestionStats> stats = new ArrayList<>(ItemAnalysis.analyse(responses, items));
        stats.sort(Comparator.comparing((ItemAnalysis.QuestionStats q) -> q.flags().isEmpty()).thenComparing(ItemAnalysis.QuestionStats::questionId));
        return new Items(exam.id(), exam.title(), attempts.size(), stats);
    }

    @Inject
    QuestionVersions versions;

    private static ItemAnalysis.Item item(long id, vn.trithuc.content.questions.Question q) {
        List<ItemAnalysis.Option> options = new ArrayList<>();
        var key = q.key();
        switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> q.options().forEach(o -> options.add(new ItemAnalysis.Option(o.id(), o.text(),
                    key != null && key.correct() != null && key.correct().contains(o.id()))));
            case TRUE_FALSE -> {
                options.add(new ItemAnalysis.Option("true", "Đúng / True", key != null && Boolean.TRUE.equals(key.truth())));
                options.add(new ItemAnalysis.Option("false", "Sai / False", key != null && Boolean.FALSE.equals(key.truth())));
            }
            default -> {
            }
        }
        String prompt = q.prompt() == null ? "" : q.prompt().replaceAll("<[^>]+>", "").strip();
        return new ItemAnalysis.Item(id, prompt.length() > 200 ? prompt.substring(0, 199) + "…" : prompt, q.type().key(), options);
    }

    /** The options a saved response chose: an id, a list of ids, or true/false. */
    private static Set<String> chosen(Object response) {
        if (response == null) {
            return Set.of();
        }
        String json = response.toString().strip();
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader("[" + json + "]"))) {
            jakarta.json.JsonValue value = reader.readArray().get(0);
            return switch (value.getValueType()) {
                case STRING -> Set.of(((jakarta.json.JsonString) value).getString());
                case TRUE -> Set.of("true");
                case FALSE -> Set.of("false");
                case ARRAY -> value.asJsonArray().stream().filter(v -> v instanceof jakarta.json.JsonString)
                        .map(v -> ((jakarta.json.JsonString) v).getString()).collect(java.util.stream.Collectors.toSet());
                default -> Set.of();
            };
        } catch (RuntimeException e) {
            return Set.of();
        }
    }

    // --- tables for CSV and XLSX

    public ReportTable table(PassRates r) {
        List<List<Object>> rows = new ArrayList<>();
        for (GroupRate g : r.groups()) {
            rows.add(List.of(g.group(), g.candidates(), g.passed(), g.passRate(), g.averageScore()));
        }
        rows.add(List.of("Tổng / Total", r.candidates(), r.passed(), r.passRate(), r.averageScore()));
        return new ReportTable("pass-rates-" + r.groupBy(), List.of("group", "candidates", "passed", "passRate", "averageScore"), rows);
    }

    public ReportTable table(OverTime r) {
        List<List<Object>> rows = new ArrayList<>();
        for (PeriodRate p : r.periods()) {
            rows.add(List.of(p.from().toString(), p.attempts(), p.passed(), p.passRate(), p.averageScore()));
        }
        return new ReportTable("over-time-" + r.period(), List.of("from", "attempts", "passed", "passRate", "averageScore"), rows);
    }

    public ReportTable table(Items r) {
        List<List<Object>> rows = new ArrayList<>();
        for (ItemAnalysis.QuestionStats q : r.questions()) {
            List<Object> row = new ArrayList<>();
            row.add(q.questionId());
            row.add(q.prompt());
            row.add(q.type());
            row.add(q.responses());
            row.add(q.facility());
            row.add(q.standardDeviation());
            row.add(q.discrimination());
            row.add(q.upperLower());
            row.add(String.join(" ", q.flags()));
            row.add(String.join("; ", q.distractors().stream().map(d -> d.id() + (d.correct() ? "*" : "") + "=" + d.chosen()).toList()));
            rows.add(row);
        }
        return new ReportTable("items", List.of("questionId", "prompt", "type", "responses", "facility", "standardDeviation",
                "discrimination", "upperLower", "flags", "options"), rows);
    }

    static void mayRead(Caller caller) {
        caller.requireAuthenticated();
        if (!caller.hasRole(Role.EXAM_ADMIN)) {
            throw ProblemException.forbidden(Role.EXAM_ADMIN);
        }
    }
}
