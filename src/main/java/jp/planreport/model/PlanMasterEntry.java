package jp.planreport.model;

import java.util.List;

/** One row of plans.csv: where a plan sits in the programme and who owns it. */
public record PlanMasterEntry(int policyNo, String policyTitle, String initiativeCode, String initiativeTitle,
                              int planNo, String planTitle, List<String> departments) {

    /** The department that submits the sheet: the first one listed. */
    public String leadDepartment() {
        return departments.get(0);
    }
}
