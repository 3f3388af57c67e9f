package jp.planreport.report.pdf;

import java.util.ArrayList;
import java.util.List;

import jp.planreport.aggregate.Compilation;
import jp.planreport.aggregate.InitiativeGroup;
import jp.planreport.aggregate.PlanEntry;
import jp.planreport.aggregate.PolicyGroup;
import jp.planreport.model.GradeScale;

/**
 * One 方針 as the booklet and the HTML edition print it: its overview, then its plan sheets in plan
 * order (a plan without a valid sheet as its placeholder). Both editions take their content from here.
 */
public record PolicyPages(PolicyOverview overview, List<PlanSheetView> plans) {

    public static List<PolicyPages> of(Compilation compilation, GradeScale grades) {
        List<PolicyPages> policies = new ArrayList<>();
        for (PolicyGroup policy : compilation.policies()) {
            policies.add(of(policy, compilation.years(), grades));
        }
        return policies;
    }

    static PolicyPages of(PolicyGroup policy, jp.planreport.aggregate.YearsComparison years, GradeScale grades) {
        PolicyOverview overview = new PolicyOverview(policy, years, grades);
        List<PlanSheetView> views = new ArrayList<>();
        for (InitiativeGroup initiative : policy.initiatives()) {
            boolean first = true;
            for (PlanEntry entry : initiative.plans()) {
                views.add(new PlanSheetView(entry, first, overview));
                first = false;
            }
        }
        return new PolicyPages(overview, views);
    }
}
