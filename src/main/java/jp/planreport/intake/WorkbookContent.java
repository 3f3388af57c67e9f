package jp.planreport.intake;

import java.util.List;
import jp.planreport.model.Finding;

/** What one submission file gave: its plan sheets (raw) and what was wrong with the file itself. */
public record WorkbookContent(List<RawPlanSheet> sheets, List<Finding> findings) {
}
