package jp.planreport.intake;

import java.util.List;
import jp.planreport.model.Finding;
import jp.planreport.model.PlanSheet;

/** A raw sheet after the rules: the plan sheet when it has no errors, and every finding. */
public record ValidatedSheet(RawPlanSheet raw, PlanSheet sheet, List<Finding> findings) {

    public boolean accepted() {
        return sheet != null;
    }
}
