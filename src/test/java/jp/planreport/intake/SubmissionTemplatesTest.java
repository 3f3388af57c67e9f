package jp.planreport.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.planreport.intake.SubmissionTemplates.DepartmentTemplate;
import jp.planreport.model.Finding;
import jp.planreport.model.PlanMaster;
import jp.planreport.model.PlanMasterEntry;
import jp.planreport.model.PlanSheet;
import jp.planreport.model.PlanSheetField;

class SubmissionTemplatesTest {

    @TempDir
    Path dir;

    private final PlanMaster master = new PlanMaster(Path.of("plans.csv"), 2022, List.of(
            SheetFixtures.master().plan(2).orElseThrow(),
            new PlanMasterEntry(1, "参加と協働のまちづくりの実践", "1-2", "参加と協働の推進のための環境整備", 3,
                    "コミュニティ施設の在り方検討", List.of("協働推進課", "施設課")),
            SheetFixtures.master().plan(5).orElseThrow()));

    @Test
    void oneWorkbookPerLeadDepartmentOneSheetPerPlan() {
        List<DepartmentTemplate> templates = SubmissionTemplates.of(master, n -> Optional.empty());
        assertThat(templates).extracting(DepartmentTemplate::fileName).containsExactly("協働推進課.xlsx", "総務課.xlsx");
        assertThat(templates.get(0).sheets()).extracting(PlanSheetWorkbookWriter.SheetContent::sheetName)
                .containsExactly("プラン2", "プラン3");
        assertThat(templates.get(0).sheets().get(1).values()).containsEntry(PlanSheetField.DEPARTMENTS, "協働推進課、施設課")
                .containsEntry(PlanSheetField.FISCAL_YEAR, "令和4年度").doesNotContainKey(PlanSheetField.CONTENT);
        assertThat(SubmissionTemplates.fileName("総務課/文書係")).isEqualTo("総務課_文書係.xlsx");
        assertThat(SubmissionTemplates.fileName(".隠し")).isEqualTo("_.隠し.xlsx");
    }

    @Test
    void theTemplateCarriesEveryNameTheHeaderLockedDropDownsHintsAndPrintSetup() throws Exception {
        Path file = write(SubmissionTemplates.of(master, n -> Optional.empty()).get(0));

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("記入要領");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).contains("令和4年度", "協働推進課");
            XSSFSheet sheet = workbook.getSheet("プラン3");
            assertThat(sheet.getProtect()).as("protected against slips").isTrue();
            assertThat(sheet.isFormatRowsLocked()).as("rows may still grow").isFalse();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            for (PlanSheetField field : PlanSheetField.values()) {
                XSSFName name = workbook.getName(field.definedName());
                List<XSSFName> scoped = workbook.getNames(field.definedName()).stream()
                        .filter(n -> n.getSheetIndex() == workbook.getSheetIndex(sheet)).toList();
                assertThat(scoped).as(field.definedName()).hasSize(1);
                XSSFCell cell = cell(sheet, scoped.get(0));
                assertThat(cell.getCellStyle().getLocked()).as(field.definedName() + " locked").isEqualTo(field.isHeader());
                assertThat(name).isNotNull();
            }
            assertThat(cell(sheet, scoped(workbook, sheet, "policy_title")).getStringCellValue()).isEqualTo("参加と協働のまちづくりの実践");

            List<XSSFDataValidation> validations = sheet.getDataValidations();
            assertThat(validations).as("a hint on every field the department writes")
                    .hasSize((int) java.util.Arrays.stream(PlanSheetField.values()).filter(f -> !f.isHeader()).count());
            XSSFDataValidation progress = validationAt(validations, cell(sheet, scoped(workbook, sheet, "h1_progress")));
            assertThat(progress.getValidationConstraint().getExplicitListValues()).containsExactly("◎", "○", "△");
            assertThat(progress.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
            assertThat(sheet.getCTWorksheet().getDataValidations().getDataValidationArray()).as("the in-cell arrow is shown")
                    .allMatch(v -> !v.getShowDropDown());
            XSSFDataValidation grade = validationAt(validations, cell(sheet, scoped(workbook, sheet, "grade")));
            assertThat(grade.getValidationConstraint().getExplicitListValues()).containsExactly("A", "B", "C");
            assertThat(grade.getPromptBoxText()).contains("A：計画どおり");
            XSSFDataValidation content = validationAt(validations, cell(sheet, scoped(workbook, sheet, "content")));
            assertThat(content.getShowPromptBox()).isTrue();
            assertThat(content.getPromptBoxText()).contains("Alt+Enter");
            assertThat(sheet.getRow(cell(sheet, scoped(workbook, sheet, "h1_plan")).getRowIndex()).getHeightInPoints())
                    .as("room to write").isGreaterThanOrEqualTo(TemplateForm.BLANK_LINES * 14f);
        }
    }

    /**
     * Printed at about half size, the form filled the top half of the page with 5 pt type: every sheet
     * must print on A4 portrait at 90 % or more, the plan sheets in the booklet's proportions.
     */
    @Test
    void everySheetPrintsOnA4PortraitNearFullSizeThePlanSheetsInTheBookletsProportions() throws Exception {
        double a4Width = 210 / 25.4 * 72;
        // the booklet's header columns (reports/plan-sheet.jrxml), 515 pt in all
        int[] booklet = {52, 30, 193, 40, 95, 40, 65};
        Path file = write(SubmissionTemplates.of(master, n -> Optional.empty()).get(0));

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
                String name = sheet.getSheetName();
                PrintSetup print = sheet.getPrintSetup();
                assertThat(print.getPaperSize()).as(name).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(print.getLandscape()).as(name).isFalse();
                int columns = 0;
                double minFont = Double.MAX_VALUE;
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    columns = Math.max(columns, row.getLastCellNum());
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        if (!cell.toString().isBlank()) {
                            minFont = Math.min(minFont, workbook.getFontAt(cell.getCellStyle().getFontIndex()).getFontHeightInPoints());
                        }
                    }
                }
                double[] widths = new double[columns];
                for (int c = 0; c < columns; c++) {
                    widths[c] = org.apache.poi.util.Units.pixelToPoints(sheet.getColumnWidthInPixels(c));
                }
                double printed = java.util.Arrays.stream(widths).sum();
                double printable = a4Width - 72 * (sheet.getMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT)
                        + sheet.getMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT));
                // fit to one page wide shrinks what is wider than the page, never enlarges
                double scale = sheet.getFitToPage() ? Math.min(100, 100 * printable / printed) : print.getScale();
                assertThat(sheet.getFitToPage() ? print.getFitWidth() : 1).as(name + " one page wide").isEqualTo((short) 1);
                assertThat(scale).as(name + ": %.0f pt of columns on %.0f pt of A4", printed, printable).isGreaterThanOrEqualTo(90);
                assertThat(minFont * scale / 100).as(name + " smallest type printed, pt").isGreaterThanOrEqualTo(8.5);
                if (!name.equals(TemplateForm.INSTRUCTIONS_SHEET)) {
                    assertThat(columns).as(name).isEqualTo(booklet.length);
                    for (int c = 0; c < columns; c++) {
                        assertThat(widths[c] / printed).as(name + " column " + c + " share of the width")
                                .isCloseTo(booklet[c] / 515.0, org.assertj.core.data.Offset.offset(0.005));
                    }
                }
            }
        }
    }

    @Test
    void intakeReadsTheBlankTemplateSilentlyIgnoringItsInstructionsAndAsksOnlyForTheBlanks() throws Exception {
        Path file = write(SubmissionTemplates.of(master, n -> Optional.empty()).get(0));
        WorkbookContent content = new SubmissionWorkbookReader().read(file, "協働推進課.xlsx");
        assertThat(content.findings()).as("記入要領 is ours: no notice").isEmpty();
        assertThat(content.sheets()).extracting(RawPlanSheet::sheet).containsExactly("プラン2", "プラン3");

        PlanSheetValidator validator = new PlanSheetValidator(master, SheetFixtures.GRADES, true);
        ValidatedSheet blank = validator.validate(content.sheets().get(0));
        assertThat(blank.findings()).extracting(Finding::code).containsOnly("REQUIRED_BLANK");
        assertThat(blank.findings()).extracting(Finding::field).doesNotContain("fiscal_year", "policy_no", "policy_title",
                "initiative_code", "initiative_title", "plan_no", "plan_title", "departments");
        ValidatedSheet draft = new PlanSheetValidator(master, SheetFixtures.GRADES, false).validate(content.sheets().get(0));
        assertThat(draft.accepted()).as("a roll-up takes the blank header as a sheet being written").isTrue();
    }

    @Test
    void contentAndAnnualPlanComeFromLastYearsSheetWithTheNotesTheyUse() throws Exception {
        PlanSheet lastYear = new PlanSheetValidator(new PlanMaster(Path.of("plans.csv"), 2021, master.plans()),
                SheetFixtures.GRADES, true).validate(raw(2, v -> {
                    v.put(PlanSheetField.FISCAL_YEAR, "令和3年度");
                    v.put(PlanSheetField.CONTENT, "地域の活動※1を支援する。\n第二段落");
                    v.put(PlanSheetField.ANNUAL_PLAN, "◆一つ目\n・二つ目");
                    v.put(PlanSheetField.NOTES, "※1 地域の活動：自治会など\n※2 使われていない注記");
                    v.put(PlanSheetField.SUMMARY, "○総括※2");
                })).sheet();
        assertThat(lastYear).isNotNull();

        List<DepartmentTemplate> templates = SubmissionTemplates.of(master,
                n -> n == 2 ? Optional.of(lastYear) : Optional.empty());
        assertThat(templates.get(0).carriedOver()).containsExactly(2);
        Path file = write(templates.get(0));
        RawPlanSheet sheet = new SubmissionWorkbookReader().read(file, "x.xlsx").sheets().get(0);
        assertThat(sheet.value(PlanSheetField.CONTENT)).contains("地域の活動※1を支援する。\n第二段落");
        assertThat(sheet.value(PlanSheetField.ANNUAL_PLAN)).contains("◆一つ目\n◆二つ目");
        assertThat(sheet.value(PlanSheetField.NOTES)).contains("※1 地域の活動：自治会など");
        assertThat(sheet.value(PlanSheetField.FISCAL_YEAR)).contains("令和4年度");
        assertThat(sheet.value(PlanSheetField.H1_PLAN)).contains("");
    }

    private Path write(DepartmentTemplate template) throws Exception {
        Path file = dir.resolve(template.fileName());
        new PlanSheetWorkbookWriter().writeTemplate(template.department(), 2022, template.sheets(), SheetFixtures.GRADES, file);
        return file;
    }

    private static RawPlanSheet raw(int planNo, java.util.function.Consumer<java.util.Map<PlanSheetField, String>> change) {
        var values = SheetFixtures.complete(planNo);
        change.accept(values);
        java.util.Map<String, String> byName = new java.util.HashMap<>();
        values.forEach((k, v) -> byName.put(k.definedName(), v));
        return new RawPlanSheet("x.xlsx", "プラン" + planNo, byName);
    }

    private static XSSFName scoped(XSSFWorkbook workbook, XSSFSheet sheet, String name) {
        return workbook.getNames(name).stream().filter(n -> n.getSheetIndex() == workbook.getSheetIndex(sheet))
                .findFirst().orElseThrow();
    }

    private static XSSFCell cell(XSSFSheet sheet, XSSFName name) {
        CellReference ref = new AreaReference(name.getRefersToFormula(), org.apache.poi.ss.SpreadsheetVersion.EXCEL2007)
                .getFirstCell();
        return sheet.getRow(ref.getRow()).getCell(ref.getCol());
    }

    private static XSSFDataValidation validationAt(List<XSSFDataValidation> validations, XSSFCell cell) {
        return validations.stream().filter(v -> java.util.Arrays.stream(v.getRegions().getCellRangeAddresses())
                .anyMatch(r -> r.isInRange(cell.getRowIndex(), cell.getColumnIndex()))).findFirst().orElseThrow();
    }

}
