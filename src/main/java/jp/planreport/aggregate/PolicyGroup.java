package jp.planreport.aggregate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jp.planreport.model.HalfYear;
import jp.planreport.model.PlanSheet;
import jp.planreport.model.ProgressMark;

/** 方針 with its initiatives, and the totals the report prints per 方針. */
public record PolicyGroup(int policyNo, String title, List<InitiativeGroup> initiatives) {

    public List<PlanEntry> plans() {
        return initiatives.stream().flatMap(i -> i.plans().stream()).toList();
    }

    public long submittedCount() {
        return plans().stream().filter(PlanEntry::submitted).count();
    }

    /** 受付済: plans whose sheet meets the year-end rules (in a draft, not those still being written). */
    public long validCount() {
        return plans().stream().filter(p -> p.status() == PlanStatus.VALID).count();
    }

    /** Plans with a sheet printed: what the grade and mark counts are counted over. */
    public long printedCount() {
        return plans().stream().filter(PlanEntry::hasSheet).count();
    }

    /** Plans per grade, in the order of the configured scale (every grade present, zero or not). */
    public Map<String, Long> gradeCounts(List<String> scale) {
        Map<String, Long> counts = new LinkedHashMap<>();
        scale.forEach(g -> counts.put(g, 0L));
        submittedSheets().map(PlanSheet::grade).filter(Objects::nonNull).forEach(g -> counts.merge(g, 1L, Long::sum));
        return counts;
    }

    /** Plans per progress mark of one half (◎ ○ △, each present). */
    public Map<ProgressMark, Long> markCounts(Function<PlanSheet, HalfYear> half) {
        Map<ProgressMark, Long> counts = new LinkedHashMap<>();
        for (ProgressMark mark : ProgressMark.values()) {
            counts.put(mark, 0L);
        }
        submittedSheets().map(half).map(HalfYear::progress).filter(Objects::nonNull)
                .forEach(m -> counts.merge(m, 1L, Long::sum));
        return counts;
    }

    private java.util.stream.Stream<PlanSheet> submittedSheets() {
        return plans().stream().filter(PlanEntry::hasSheet).map(PlanEntry::sheet);
    }
}
