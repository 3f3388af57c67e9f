package jp.planreport.intake;

import java.util.List;
import jp.planreport.model.Finding;
import jp.planreport.model.PlanSheet;

/**
 * A raw sheet after the rules: the plan sheet when it has no errors, and every finding.
 * {@code complete}: every field the year-end rules require is filled in, so an accepted sheet meets
 * the year-end rules even when a roll-up judged it by its tolerant ones.
 */
public record ValidatedSheet(RawPlanSheet raw, PlanSheet sheet, List<Finding> findings, boolean complete) {

    public boolean accepted() {
        return sheet != null;
    }

    /** Accepted, and it would be under the year-end rules too. */
    public boolean meetsYearEndRules() {
        return accepted() && complete;
    }
}
