package jp.planreport.store;

/**
 * One plan sheet an intake saw: the plan it names (null when it names none the master knows),
 * where it was, and the version it was accepted as (null when it was rejected).
 */
public record IntakeSheet(Integer planNo, String file, String sheet, PlanSheetVersion version) {

    public boolean accepted() {
        return version != null;
    }
}
