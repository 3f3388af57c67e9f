package jp.planreport.intake;

import java.util.Map;
import java.util.Optional;

/** The text of every defined name found on one sheet, before any rule is applied. */
public record RawPlanSheet(String file, String sheet, Map<String, String> values) {

    public boolean has(PlanSheetField field) {
        return values.containsKey(field.definedName());
    }

    public Optional<String> value(PlanSheetField field) {
        return Optional.ofNullable(values.get(field.definedName()));
    }
}
