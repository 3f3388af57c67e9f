package jp.planreport.aggregate;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed since the last successful roll-up, by department (担当課, the first one of the
 * master): plans with a valid sheet for the first time, plans whose reported sheet was replaced,
 * and plans that received a sheet the rules rejected, which they had not before.
 *
 * @param previousRollupAt when the previous roll-up was made, on the office's clock; null for the first roll-up of the year
 */
public record RollupChanges(LocalDateTime previousRollupAt, List<Change> changes) {

    public enum Kind {
        NEW("新規提出"), CHANGED("更新"), NEWLY_INVALID("新たに不備");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** @param sourceFile the file the change came in (for a rejected sheet, the files that carried it) */
    public record Change(Kind kind, String department, int planNo, String planTitle, String sourceFile) {
    }

    /**
     * @param previous           the previous roll-up's compilation; null when there was none
     * @param previouslyRejected the plans the previous roll-up received a rejected sheet for
     * @param rejected           the plans this roll-up received a rejected sheet for, with the file names
     */
    public static RollupChanges between(Compilation previous, java.util.Set<Integer> previouslyRejected,
                                        LocalDateTime previousRollupAt, Compilation current, Map<Integer, String> rejected) {
        Map<Integer, PlanEntry> before = new LinkedHashMap<>();
        if (previous != null) {
            previous.plans().forEach(p -> before.put(p.master().planNo(), p));
        }
        List<Change> changes = new ArrayList<>();
        for (PlanEntry now : current.plans()) {
            int planNo = now.master().planNo();
            PlanEntry then = before.get(planNo);
            boolean hadSheet = then != null && then.hasSheet();
            if (now.hasSheet() && !hadSheet) {
                changes.add(change(Kind.NEW, now, now.version().sourceFile()));
            } else if (now.hasSheet() && now.version().id() != then.version().id()) {
                changes.add(change(Kind.CHANGED, now, now.version().sourceFile()));
            }
            if (rejected.containsKey(planNo) && !previouslyRejected.contains(planNo)) {
                changes.add(change(Kind.NEWLY_INVALID, now, rejected.get(planNo)));
            }
        }
        return new RollupChanges(previousRollupAt, List.copyOf(changes));
    }

    private static Change change(Kind kind, PlanEntry plan, String file) {
        return new Change(kind, plan.master().leadDepartment(), plan.master().planNo(), plan.master().planTitle(),
                Objects.requireNonNullElse(file, ""));
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The changes grouped by department, departments in the order their first plan comes. */
    public Map<String, List<Change>> byDepartment() {
        Map<String, List<Change>> byDepartment = new LinkedHashMap<>();
        changes.forEach(c -> byDepartment.computeIfAbsent(c.department(), d -> new ArrayList<>()).add(c));
        return byDepartment;
    }
}
