package jp.planreport.aggregate;

import java.util.List;

/**
 * Everything one report prints: the plans of the master grouped 方針 › 基本的取組 › プラン, and
 * each plan over the years (nothing when the store has no earlier year).
 */
public record Compilation(int fiscalYear, List<PolicyGroup> policies, YearsComparison years) {

    public Compilation(int fiscalYear, List<PolicyGroup> policies) {
        this(fiscalYear, policies, YearsComparison.none(fiscalYear));
    }

    public List<PlanEntry> plans() {
        return policies.stream().flatMap(p -> p.plans().stream()).toList();
    }

    /** The same plans, with how they compare with the earlier years. */
    public Compilation withYears(YearsComparison comparison) {
        return new Compilation(fiscalYear, policies, comparison);
    }

    /** This year's sheets that count, by plan number. */
    public java.util.Map<Integer, jp.planreport.model.PlanSheet> sheets() {
        java.util.Map<Integer, jp.planreport.model.PlanSheet> sheets = new java.util.TreeMap<>();
        plans().stream().filter(PlanEntry::hasSheet).forEach(p -> sheets.put(p.master().planNo(), p.sheet()));
        return sheets;
    }
}
