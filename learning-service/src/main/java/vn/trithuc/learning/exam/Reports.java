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
        caller.requireAuthenticated();
        if (!caller.hasRole(Role.EXAM_ADMIN)) {
            throw ProblemException.forbidden(Role.EXAM_ADMIN);
        }
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
}
