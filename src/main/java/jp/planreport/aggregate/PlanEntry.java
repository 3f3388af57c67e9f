package jp.planreport.aggregate;

import jp.planreport.intake.PlanMasterEntry;
import jp.planreport.intake.PlanSheet;
import jp.planreport.store.PlanSheetVersion;

/** A plan of the master with the version reported for it, or none (未提出). */
public record PlanEntry(PlanMasterEntry master, PlanSheetVersion version) {

    public boolean submitted() {
        return version != null;
    }

    public PlanSheet sheet() {
        return version == null ? null : version.sheet();
    }
}
