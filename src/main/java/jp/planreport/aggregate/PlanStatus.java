package jp.planreport.aggregate;

/** Where a plan of the master stands in a run. */
public enum PlanStatus {
    /** a valid sheet is in the store (the newest one is reported) */
    VALID("受付済"),
    /** sheets came in, but none passed the rules */
    INVALID("不備あり"),
    /** no sheet at all */
    MISSING("未提出");

    private final String label;

    PlanStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
