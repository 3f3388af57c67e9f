package jp.planreport.intake;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.planreport.model.Finding;
import jp.planreport.model.PlanSheetField;
import jp.planreport.model.TextRules;

/**
 * The text of every defined name found on one sheet, before any rule is applied, and what reading
 * those cells found (a formula without its value, a number format that could not be applied): a
 * text that is not what the clerk sees never goes on without a finding.
 */
public record RawPlanSheet(String file, String sheet, Map<String, String> values, List<Finding> findings) {

    public RawPlanSheet(String file, String sheet, Map<String, String> values) {
        this(file, sheet, values, List.of());
    }

    public boolean has(PlanSheetField field) {
        return values.containsKey(field.definedName());
    }

    /** The plan number as written, when it can be read at all (for counting rejected sheets too). */
    public java.util.OptionalInt planNo() {
        return TextRules.parseInteger(values.get(PlanSheetField.PLAN_NO.definedName()));
    }

    public Optional<String> value(PlanSheetField field) {
        return Optional.ofNullable(values.get(field.definedName()));
    }
}
