package jp.planreport.aggregate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.planreport.model.PlanMaster;
import jp.planreport.model.PlanMasterEntry;
import jp.planreport.store.PlanSheetVersion;

/** Groups the master's plans, with the versions chosen for them, per 方針 and 基本的取組. */
public final class CompilationAssembler {

    private CompilationAssembler() {
    }

    /**
     * @param versionsByPlan the version reported for each plan that has one (a roll-up's may be a sheet
     *                       still being written)
     * @param plansRead      the plans this run received any sheet for, valid or not
     */
    public static Compilation assemble(PlanMaster master, Map<Integer, PlanSheetVersion> versionsByPlan,
                                       java.util.Set<Integer> plansRead) {
        Map<Integer, Map<String, List<PlanEntry>>> tree = new LinkedHashMap<>();
        Map<Integer, String> policyTitles = new LinkedHashMap<>();
        Map<String, String> initiativeTitles = new LinkedHashMap<>();
        List<PlanMasterEntry> ordered = master.plans().stream()
                .sorted(java.util.Comparator.comparingInt(PlanMasterEntry::policyNo)
                        .thenComparing(e -> initiativeOrder(e.initiativeCode()))
                        .thenComparingInt(PlanMasterEntry::planNo))
                .toList();
        for (PlanMasterEntry entry : ordered) {
            policyTitles.putIfAbsent(entry.policyNo(), entry.policyTitle());
            initiativeTitles.putIfAbsent(entry.initiativeCode(), entry.initiativeTitle());
            tree.computeIfAbsent(entry.policyNo(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(entry.initiativeCode(), k -> new ArrayList<>())
                    .add(entry(entry, versionsByPlan.get(entry.planNo()), plansRead));
        }
        List<PolicyGroup> policies = new ArrayList<>();
        tree.forEach((policyNo, initiatives) -> {
            List<InitiativeGroup> groups = new ArrayList<>();
            initiatives.forEach((code, plans) -> groups.add(new InitiativeGroup(code, initiativeTitles.get(code), plans)));
            policies.add(new PolicyGroup(policyNo, policyTitles.get(policyNo), groups));
        });
        return new Compilation(master.fiscalYear(), policies);
    }

    private static PlanEntry entry(PlanMasterEntry plan, PlanSheetVersion version, java.util.Set<Integer> plansRead) {
        // a roll-up prints a sheet still being written, but it is not yet 受付済: the portal and the
        // year-end compilation would call it 不備あり, and so does the draft
        PlanStatus status = version != null && version.yearEndRules() ? PlanStatus.VALID
                : version != null || plansRead.contains(plan.planNo()) ? PlanStatus.INVALID : PlanStatus.MISSING;
        return new PlanEntry(plan, version, status);
    }

    /** 1-2 before 1-10. */
    private static int initiativeOrder(String code) {
        return Integer.parseInt(code.substring(code.indexOf('-') + 1));
    }
}
