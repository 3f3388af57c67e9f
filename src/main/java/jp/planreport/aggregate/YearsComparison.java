package jp.planreport.aggregate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.planreport.model.HalfYear;
import jp.planreport.model.PlanMaster;
import jp.planreport.model.PlanMasterEntry;
import jp.planreport.model.PlanSheet;
import jp.planreport.model.ProgressMark;

/**
 * Each plan over three fiscal years: the plans of this year matched with those of the two before by
 * plan number, or by plans.csv's previous_plan_no for a renumbered or merged plan; 新規 for a plan
 * that continues none of last year's, 終了 for one of last year's that nothing continues; the
 * direction of the grade since last year. When the store has nothing of the two earlier years,
 * {@link #shown()} is false and the outputs print none of it.
 *
 * @param years        the three years, oldest first (this year last)
 * @param plans        this year's plans in plan order, then last year's plans that ended
 * @param sheetsByYear the sheets that count in each of the three years (for the counts per grade)
 * @param scale        the grade codes, best first
 */
public record YearsComparison(int fiscalYear, List<Integer> years, List<PlanYears> plans,
                              Map<Integer, List<PlanSheet>> sheetsByYear, List<String> scale) {

    /** How the grade moved since last year; the words are for those who cannot see the arrow. */
    public enum Direction {
        UP("↑", "上昇"), SAME("→", "横ばい"), DOWN("↓", "低下");

        private final String symbol;
        private final String words;

        Direction(String symbol, String words) {
            this.symbol = symbol;
            this.words = words;
        }

        public String symbol() {
            return symbol;
        }

        public String words() {
            return words;
        }
    }

    /** One plan in one year: the sheets that count for it then (its own, or its predecessors', several when merged). */
    public record YearEntry(int fiscalYear, List<PlanSheet> sheets) {

        public boolean present() {
            return !sheets.isEmpty();
        }

        /** 「B」, 「A・C」 for a merged plan, "" when nothing counts that year. */
        public String grades() {
            return sheets.stream().map(PlanSheet::grade).filter(Objects::nonNull).collect(Collectors.joining("・"));
        }

        /** The plan numbers of that year, 「3」 or 「3・4」. */
        public String planNos() {
            return sheets.stream().map(s -> Integer.toString(s.planNo())).collect(Collectors.joining("・"));
        }

        /** The marks of one half, 「○」, 「◎・△」, "" when none. */
        public String marks(Function<PlanSheet, HalfYear> half) {
            return sheets.stream().map(half).filter(Objects::nonNull).map(HalfYear::progress).filter(Objects::nonNull)
                    .map(ProgressMark::symbol).collect(Collectors.joining("・"));
        }
    }

    /**
     * One plan's row: this year's plan (its number and title), or last year's that ended.
     * @param years     the three years, oldest first
     * @param direction since last year; null when either year has no grade, or a merged plan's went both ways
     */
    public record PlanYears(int planNo, int policyNo, String title, List<YearEntry> years, boolean isNew, boolean ended,
                            Direction direction) {

        public YearEntry thisYear() {
            return years.get(years.size() - 1);
        }

        public YearEntry lastYear() {
            return years.get(years.size() - 2);
        }

        /** 「新規」, 「終了」 or "". */
        public String status() {
            return isNew ? "新規" : ended ? "終了" : "";
        }
    }

    /** Nothing earlier in the store: the outputs stay as they were. */
    public static YearsComparison none(int fiscalYear) {
        return new YearsComparison(fiscalYear, List.of(fiscalYear - 2, fiscalYear - 1, fiscalYear), List.of(), Map.of(), List.of());
    }

    /**
     * @param master         this year's plan master
     * @param thisYear       this year's sheets that count, by plan number
     * @param lastYear       last year's sheets that count, by plan number (empty when none)
     * @param yearBefore     the year before last's
     * @param lastYearMaster last year's plan master, for its own previous_plan_no (else plans continue by number)
     * @param scale          the grade codes, best first
     */
    public static YearsComparison of(PlanMaster master, Map<Integer, PlanSheet> thisYear, Map<Integer, PlanSheet> lastYear,
                                     Map<Integer, PlanSheet> yearBefore, Optional<PlanMaster> lastYearMaster,
                                     List<String> scale) {
        int year = master.fiscalYear();
        if (lastYear.isEmpty() && yearBefore.isEmpty()) {
            return none(year);
        }
        Set<Integer> lastYearPlans = new TreeSet<>(lastYear.keySet());
        lastYearMaster.ifPresent(m -> lastYearPlans.addAll(m.byPlanNo().keySet()));
        Set<Integer> continued = new LinkedHashSet<>();
        List<PlanYears> rows = new ArrayList<>();
        for (PlanMasterEntry plan : master.plans()) {
            List<Integer> previous = plan.previousPlanNos().stream().filter(lastYearPlans::contains).toList();
            continued.addAll(previous);
            YearEntry now = entry(year, List.of(plan.planNo()), thisYear);
            YearEntry last = entry(year - 1, previous, lastYear);
            YearEntry before = entry(year - 2, earlier(previous, lastYearMaster), yearBefore);
            rows.add(new PlanYears(plan.planNo(), plan.policyNo(), plan.planTitle(), List.of(before, last, now),
                    previous.isEmpty(), false, direction(last, now, scale)));
        }
        for (int planNo : lastYearPlans) {
            if (continued.contains(planNo)) {
                continue;
            }
            PlanSheet sheet = lastYear.get(planNo);
            Optional<PlanMasterEntry> entry = lastYearMaster.flatMap(m -> m.plan(planNo));
            int policyNo = sheet != null ? sheet.policyNo() : entry.map(PlanMasterEntry::policyNo).orElse(0);
            String title = sheet != null ? sheet.planTitle() : entry.map(PlanMasterEntry::planTitle).orElse("");
            rows.add(new PlanYears(planNo, policyNo, title, List.of(
                    entry(year - 2, earlier(List.of(planNo), lastYearMaster), yearBefore),
                    entry(year - 1, List.of(planNo), lastYear), entry(year, List.of(), thisYear)), false, true, null));
        }
        Map<Integer, List<PlanSheet>> sheets = new LinkedHashMap<>();
        sheets.put(year - 2, List.copyOf(yearBefore.values()));
        sheets.put(year - 1, List.copyOf(lastYear.values()));
        sheets.put(year, List.copyOf(thisYear.values()));
        return new YearsComparison(year, List.of(year - 2, year - 1, year), rows, sheets, scale);
    }

    /** Whether there is anything of an earlier year to print. */
    public boolean shown() {
        return !plans.isEmpty();
    }

    /** This year's plans and last year's ended ones of a 方針. */
    public List<PlanYears> plansOf(int policyNo) {
        return plans.stream().filter(p -> p.policyNo() == policyNo).toList();
    }

    /** A plan of this year, if it is one. */
    public Optional<PlanYears> plan(int planNo) {
        return plans.stream().filter(p -> !p.ended() && p.planNo() == planNo).findFirst();
    }

    /** Plans per grade in one year, in the order of the scale (every grade present); policyNo 0 for all 方針. */
    public Map<String, Long> gradeCounts(int policyNo, int fiscalYear) {
        Map<String, Long> counts = new LinkedHashMap<>();
        scale.forEach(g -> counts.put(g, 0L));
        sheetsByYear.getOrDefault(fiscalYear, List.of()).stream().filter(s -> policyNo == 0 || s.policyNo() == policyNo)
                .map(PlanSheet::grade).filter(Objects::nonNull).forEach(g -> counts.merge(g, 1L, Long::sum));
        return counts;
    }

    private static YearEntry entry(int fiscalYear, Collection<Integer> planNos, Map<Integer, PlanSheet> sheets) {
        return new YearEntry(fiscalYear, planNos.stream().map(sheets::get).filter(Objects::nonNull).toList());
    }

    /** Last year's plans' own predecessors, as last year's master names them (by number without it). */
    private static List<Integer> earlier(List<Integer> lastYearPlans, Optional<PlanMaster> lastYearMaster) {
        return lastYearPlans.stream().flatMap(n -> lastYearMaster.flatMap(m -> m.plan(n)).map(PlanMasterEntry::previousPlanNos)
                .orElse(List.of(n)).stream()).distinct().toList();
    }

    /** Up when this year's grade ranks better than last year's; for a merged plan, only when every predecessor agrees. */
    private static Direction direction(YearEntry last, YearEntry now, List<String> scale) {
        if (now.sheets().size() != 1 || !last.present()) {
            return null;
        }
        int rank = scale.indexOf(now.sheets().get(0).grade());
        Set<Direction> directions = new LinkedHashSet<>();
        for (PlanSheet sheet : last.sheets()) {
            int before = scale.indexOf(sheet.grade());
            if (rank < 0 || before < 0) {
                return null; // a grade the scale no longer has cannot be ranked
            }
            directions.add(rank < before ? Direction.UP : rank > before ? Direction.DOWN : Direction.SAME);
        }
        return directions.size() == 1 ? directions.iterator().next() : null;
    }
}
