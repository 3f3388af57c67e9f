package jp.planreport.aggregate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jp.planreport.aggregate.SubmissionProgress.PlanProgress;
import jp.planreport.model.PlanMasterEntry;

/**
 * How far the year has come, counted from {@link SubmissionProgress}: per 方針, per department and in
 * all, the plans, those submitted (a sheet came in, valid or not), valid, invalid and missing. The
 * one counting rule of the dashboard and the office's list of departments.
 */
public record Completion(Tally total, List<Line> policies, List<Line> departments, List<PlanProgress> plans,
                         Map<Integer, String> gradeOfPlan) {

    /** The counts of one group of plans. */
    public record Tally(int plans, long valid, long invalid, long missing) {

        static Tally of(List<PlanProgress> plans) {
            return new Tally(plans.size(), count(plans, PlanStatus.VALID), count(plans, PlanStatus.INVALID),
                    count(plans, PlanStatus.MISSING));
        }

        /** A sheet came in, valid or not: as the summary workbook's 提出. */
        public long submitted() {
            return valid + invalid;
        }

        /** Valid plans in percent of all (0 for no plans), rounded down. */
        public int validPercent() {
            return plans == 0 ? 0 : (int) (valid * 100 / plans);
        }

        public int submittedPercent() {
            return plans == 0 ? 0 : (int) (submitted() * 100 / plans);
        }

        public boolean done() {
            return valid == plans;
        }

        private static long count(List<PlanProgress> plans, PlanStatus wanted) {
            return plans.stream().filter(p -> p.status() == wanted).count();
        }
    }

    /** One 方針 or department: its label, its counts and its plans in the master's order. */
    public record Line(String key, String label, Tally tally, List<PlanProgress> plans) {

        /** The plans still missing or invalid. */
        public List<PlanProgress> open() {
            return plans.stream().filter(p -> p.status() != PlanStatus.VALID).toList();
        }
    }

    /**
     * @param gradeOfVersion the 年次評価 of the year's versions by id (those without one left out): a
     *                       valid plan's grade is its counted version's
     */
    public static Completion of(List<PlanProgress> progress, Map<Long, String> gradeOfVersion) {
        Map<Integer, String> grades = new LinkedHashMap<>();
        progress.stream().filter(p -> p.status() == PlanStatus.VALID)
                .forEach(p -> p.counted().map(v -> gradeOfVersion.get(v.id())).ifPresent(g -> grades.put(p.plan().planNo(), g)));
        return new Completion(Tally.of(progress),
                lines(progress, p -> Integer.toString(p.policyNo()), p -> p.policyNo() + " " + p.policyTitle()),
                lines(progress, PlanMasterEntry::leadDepartment, PlanMasterEntry::leadDepartment), progress, Map.copyOf(grades));
    }

    /** The year's valid plans per grade (see {@link #gradeCounts}). */
    public Map<String, Long> grades(List<String> scale) {
        return gradeCounts(plans, scale);
    }

    /** One 方針's or department's valid plans per grade. */
    public Map<String, Long> grades(Line line, List<String> scale) {
        return gradeCounts(line.plans(), scale);
    }

    /**
     * Valid plans per grade of the scale, every grade present in the scale's order, from the version
     * that counts: what the year-end booklet would total if it were compiled now.
     */
    private Map<String, Long> gradeCounts(List<PlanProgress> group, List<String> scale) {
        Map<String, Long> counts = new LinkedHashMap<>();
        scale.forEach(g -> counts.put(g, 0L));
        group.stream().map(p -> gradeOfPlan.get(p.plan().planNo())).filter(counts::containsKey)
                .forEach(g -> counts.merge(g, 1L, Long::sum));
        return counts;
    }

    /** The departments with plans still missing or invalid, in the master's order. */
    public List<Line> departmentsToChase() {
        return departments.stream().filter(d -> !d.tally().done()).toList();
    }

    public java.util.Optional<Line> department(String department) {
        return departments.stream().filter(d -> d.key().equals(department)).findFirst();
    }

    private static List<Line> lines(List<PlanProgress> progress, Function<PlanMasterEntry, String> key,
                                    Function<PlanMasterEntry, String> label) {
        Map<String, List<PlanProgress>> groups = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (PlanProgress p : progress) {
            String k = key.apply(p.plan());
            groups.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
            labels.putIfAbsent(k, label.apply(p.plan()));
        }
        List<Line> lines = new ArrayList<>();
        groups.forEach((k, plans) -> lines.add(new Line(k, labels.get(k), Tally.of(plans), List.copyOf(plans))));
        return lines;
    }
}
