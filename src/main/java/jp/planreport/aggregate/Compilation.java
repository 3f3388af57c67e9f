package jp.planreport.aggregate;

import java.util.List;

/** Everything one report prints: the plans of the master grouped 方針 › 基本的取組 › プラン. */
public record Compilation(int fiscalYear, List<PolicyGroup> policies) {

    public List<PlanEntry> plans() {
        return policies.stream().flatMap(p -> p.plans().stream()).toList();
    }
}
