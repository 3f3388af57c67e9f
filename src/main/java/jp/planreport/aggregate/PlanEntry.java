package jp.planreport.aggregate;

import jp.planreport.model.PlanMasterEntry;
import jp.planreport.model.PlanSheet;
import jp.planreport.store.PlanSheetVersion;

/**
 * A plan of the master, its status and the version reported for it: none when not valid, except in a
 * roll-up's draft, which prints a sheet still being written (status 不備あり) with 「未記入」 blocks.
 */
public record PlanEntry(PlanMasterEntry master, PlanSheetVersion version, PlanStatus status) {

    /** A sheet came in for this plan, valid or not. */
    public boolean submitted() {
        return status != PlanStatus.MISSING;
    }

    /** There is a sheet to print. */
    public boolean hasSheet() {
        return version != null;
    }

    public PlanSheet sheet() {
        return version == null ? null : version.sheet();
    }
}
