package jp.planreport.intake;

import java.util.Map;
import java.util.Optional;

/** The text of every defined name found on one sheet, before any rule is applied. */
public record RawPlanSheet(String file, String sheet, Map<String, String> values) {

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
