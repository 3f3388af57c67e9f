package jp.planreport.model;

import java.util.List;

/**
 * One row of plans.csv: where a plan sits in the programme and who owns it.
 *
 * @param previousPlanNos the plans of the previous year this one continues (plans.csv's
 *                        {@code previous_plan_no}): its own number when the column is blank, several
 *                        for a merged plan, none for a plan that continues nothing
 */
public record PlanMasterEntry(int policyNo, String policyTitle, String initiativeCode, String initiativeTitle,
                              int planNo, String planTitle, List<String> departments, List<Integer> previousPlanNos) {

    public PlanMasterEntry {
        previousPlanNos = List.copyOf(previousPlanNos);
    }

    /** A plan that continues the plan of the same number of the previous year (if there was one). */
    public PlanMasterEntry(int policyNo, String policyTitle, String initiativeCode, String initiativeTitle,
                           int planNo, String planTitle, List<String> departments) {
        this(policyNo, policyTitle, initiativeCode, initiativeTitle, planNo, planTitle, departments, List.of(planNo));
    }

    /** The department that submits the sheet: the first one listed. */
    public String leadDepartment() {
        return departments.get(0);
    }
}
