package jp.planreport.intake;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import jp.planreport.intake.PlanSheetWorkbookWriter.SheetContent;
import jp.planreport.model.Footnotes;
import jp.planreport.model.FiscalYears;
import jp.planreport.model.PlanMaster;
import jp.planreport.model.PlanMasterEntry;
import jp.planreport.model.PlanSheet;
import jp.planreport.model.PlanSheetField;

/**
 * The blank submission workbooks of one fiscal year: one per department, one sheet per plan it
 * leads (the first department listed in plans.csv submits the sheet), header filled in from the
 * master, optionally プランの内容 and 年度別計画 carried over from the previous year's sheet.
 */
public final class SubmissionTemplates {

    /** One department's workbook. */
    public record DepartmentTemplate(String department, String fileName, List<SheetContent> sheets,
                                     List<Integer> carriedOver) {
    }

    private SubmissionTemplates() {
    }

    /**
     * @param previousYear the newest accepted sheet of a plan in the previous year, if any; a
     *                     function that always answers empty gives blank templates
     */
    public static List<DepartmentTemplate> of(PlanMaster master, IntFunction<Optional<PlanSheet>> previousYear) {
        Map<String, List<PlanMasterEntry>> byDepartment = master.plans().stream()
                .collect(Collectors.groupingBy(PlanMasterEntry::leadDepartment, LinkedHashMap::new, Collectors.toList()));
        List<DepartmentTemplate> templates = new ArrayList<>();
        Set<String> fileNames = new LinkedHashSet<>();
        byDepartment.forEach((department, plans) -> {
            List<SheetContent> sheets = new ArrayList<>();
            List<Integer> carried = new ArrayList<>();
            for (PlanMasterEntry plan : plans) {
                Map<PlanSheetField, String> values = header(plan, master.fiscalYear());
                previousYear.apply(plan.planNo()).ifPresent(previous -> {
                    values.putAll(carriedOver(previous));
                    carried.add(plan.planNo());
                });
                sheets.add(new SheetContent("プラン" + plan.planNo(), values));
            }
            String fileName = fileName(department);
            for (int n = 2; !fileNames.add(fileName); n++) {
                fileName = fileName(department).replace(".xlsx", "_" + n + ".xlsx");
            }
            templates.add(new DepartmentTemplate(department, fileName, sheets, carried));
        });
        return templates;
    }

    static Map<PlanSheetField, String> header(PlanMasterEntry plan, int fiscalYear) {
        Map<PlanSheetField, String> values = new EnumMap<>(PlanSheetField.class);
        values.put(PlanSheetField.FISCAL_YEAR, FiscalYears.label(fiscalYear));
        values.put(PlanSheetField.POLICY_NO, Integer.toString(plan.policyNo()));
        values.put(PlanSheetField.POLICY_TITLE, plan.policyTitle());
        values.put(PlanSheetField.INITIATIVE_CODE, plan.initiativeCode());
        values.put(PlanSheetField.INITIATIVE_TITLE, plan.initiativeTitle());
        values.put(PlanSheetField.PLAN_NO, Integer.toString(plan.planNo()));
        values.put(PlanSheetField.PLAN_TITLE, plan.planTitle());
        values.put(PlanSheetField.DEPARTMENTS, String.join("、", plan.departments()));
        return values;
    }

    /** プランの内容 and 年度別計画 as last year's sheet had them, with the notes their ※ markers need. */
    static Map<PlanSheetField, String> carriedOver(PlanSheet previous) {
        Map<PlanSheetField, String> values = new EnumMap<>(PlanSheetField.class);
        String annualPlan = previous.annualPlan().stream().map(item -> "◆" + item).collect(Collectors.joining("\n"));
        values.put(PlanSheetField.CONTENT, previous.content());
        values.put(PlanSheetField.ANNUAL_PLAN, annualPlan);
        Set<String> used = Footnotes.markersIn(previous.content() + "\n" + annualPlan);
        String notes = previous.notes().stream().filter(n -> used.contains(n.marker()))
                .map(n -> n.marker() + (n.marker().equals("※") ? "" : " ") + n.text()).collect(Collectors.joining("\n"));
        if (!notes.isEmpty()) {
            values.put(PlanSheetField.NOTES, notes);
        }
        return values;
    }

    /** A file name Windows and every mail system accept: 「企画経営課.xlsx」. */
    static String fileName(String department) {
        String safe = department.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return (safe.isEmpty() || safe.startsWith(".") ? "_" + safe : safe) + ".xlsx";
    }
}
