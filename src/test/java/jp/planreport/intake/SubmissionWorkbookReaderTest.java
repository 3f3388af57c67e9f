package jp.planreport.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import jp.planreport.model.Finding;
import jp.planreport.model.PlanSheetField;
import jp.planreport.model.Severity;

class SubmissionWorkbookReaderTest {

    @TempDir
    Path dir;

    private final SubmissionWorkbookReader reader = new SubmissionWorkbookReader();

    @Test
    void readsEveryFieldByItsSheetScopedName() throws Exception {
        Path file = dir.resolve("協働推進課.xlsx");
        new PlanSheetWorkbookWriter().write(List.of(
                new PlanSheetWorkbookWriter.SheetContent("プラン2", SheetFixtures.complete(2)),
                new PlanSheetWorkbookWriter.SheetContent("プラン5", SheetFixtures.complete(5))), file);

        WorkbookContent content = reader.read(file, "協働推進課.xlsx");

        assertThat(content.findings()).isEmpty();
        assertThat(content.sheets()).extracting(RawPlanSheet::sheet).containsExactly("プラン2", "プラン5");
        RawPlanSheet second = content.sheets().get(1);
        for (var e : SheetFixtures.complete(5).entrySet()) {
            assertThat(second.value(e.getKey())).as(e.getKey().definedName()).contains(e.getValue());
        }
    }

    @Test
    void readsMergedRangesNumbersAndCachedFormulaValuesButNeverCellAddresses() throws Exception {
        Path file = dir.resolve("manual.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet notes = wb.createSheet("記入要領");
            notes.createRow(0).createCell(0).setCellValue("記入のしかた");
            XSSFSheet sheet = wb.createSheet("どこでも");
            sheet.createRow(9).createCell(3).setCellValue(5.0);              // plan_no as a number
            sheet.createRow(20).createCell(1).setCellValue("○一つ目\n○二つ目"); // h1_plan in a merged range
            sheet.addMergedRegion(new CellRangeAddress(20, 22, 1, 6));
            XSSFCell formula = sheet.createRow(30).createCell(0);
            formula.setCellFormula("\"令和\"&\"4年度\"");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(formula); // cache the value
            name(wb, 1, "plan_no", "'どこでも'!$D$10");
            name(wb, 1, "h1_plan", "'どこでも'!$B$21:$G$23");
            name(wb, 1, "fiscal_year", "'どこでも'!$A$31");
            name(wb, 1, "h2_action", "'どこでも'!#REF!");
            wb.write(out);
        }

        WorkbookContent content = reader.read(file, "manual.xlsx");

        assertThat(content.sheets()).singleElement().satisfies(sheet -> {
            assertThat(sheet.sheet()).isEqualTo("どこでも");
            assertThat(sheet.value(PlanSheetField.PLAN_NO)).contains("5");
            assertThat(sheet.value(PlanSheetField.H1_PLAN)).contains("○一つ目\n○二つ目");
            assertThat(sheet.value(PlanSheetField.FISCAL_YEAR)).contains("令和4年度");
            assertThat(sheet.has(PlanSheetField.H2_ACTION)).as("a broken reference counts as missing").isFalse();
        });
        assertThat(content.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("SHEET_IGNORED");
            assertThat(f.sheet()).isEqualTo("記入要領");
        });
    }

    @ParameterizedTest
    @CsvSource({"true,HIDDEN", "false,HIDDEN", "true,VERY_HIDDEN", "false,VERY_HIDDEN"})
    void aHiddenSheetNeverBeatsAVisibleOneOfTheSamePlanAndBothAreNamed(boolean oldFirst, SheetVisibility state) throws Exception {
        Path file = BadWorkbooks.hiddenOldVersion(dir.resolve("総務課.xlsx"), 5, v -> { }, oldFirst, state);
        assertThat(part(file, "xl/workbook.xml")).contains("state=\"" + (state == SheetVisibility.HIDDEN ? "hidden" : "veryHidden") + "\"");

        WorkbookContent content = reader.read(file, "総務課.xlsx");

        assertThat(content.sheets()).singleElement().satisfies(sheet -> {
            assertThat(sheet.sheet()).isEqualTo("プラン5");
            assertThat(sheet.value(PlanSheetField.SUMMARY)).contains("○新版");
        });
        assertThat(content.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("DUPLICATE_PLAN_IN_WORKBOOK");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.file()).isEqualTo("総務課.xlsx");
            assertThat(f.sheet()).as("the sheet used").isEqualTo("プラン5");
            assertThat(f.field()).isEqualTo("plan_no");
            assertThat(f.message()).contains("プラン 5 のシートが複数", "「プラン5（旧）」（非表示）", "シート「プラン5」を読み込み");
        });
    }

    @Test
    void ofTwoVisibleSheetsOfOnePlanTheLeftmostIsUsedAndBothAreNamed() throws Exception {
        Path file = dir.resolve("総務課.xlsx");
        var left = new java.util.EnumMap<>(SheetFixtures.complete(5));
        left.put(PlanSheetField.SUMMARY, "○左");
        var right = new java.util.EnumMap<>(SheetFixtures.complete(5));
        right.put(PlanSheetField.SUMMARY, "○右");
        new PlanSheetWorkbookWriter().write(List.of(new PlanSheetWorkbookWriter.SheetContent("プラン5", left),
                new PlanSheetWorkbookWriter.SheetContent("プラン5 (2)", right)), file);

        WorkbookContent content = reader.read(file, "総務課.xlsx");

        assertThat(content.sheets()).singleElement().satisfies(s -> assertThat(s.value(PlanSheetField.SUMMARY)).contains("○左"));
        assertThat(content.findings()).singleElement().satisfies(f -> assertThat(f.message())
                .contains("（「プラン5」、「プラン5 (2)」）", "シート「プラン5」を読み込み").doesNotContain("非表示）"));
    }

    @Test
    void aFormulaWithoutAComputedValueIsNotReadAsZeroButSaidToBeUncalculated() throws Exception {
        Path file = BadWorkbooks.uncalculatedFormula(dir.resolve("総務課.xlsx"), 5, PlanSheetField.H1_RESULT, "1+1");

        RawPlanSheet sheet = reader.read(file, "総務課.xlsx").sheets().get(0);
        ValidatedSheet validated = new PlanSheetValidator(SheetFixtures.master(), SheetFixtures.GRADES, true).validate(sheet);

        assertThat(sheet.value(PlanSheetField.H1_RESULT)).as("never 0").contains("");
        assertThat(validated.accepted()).as("not counted as filled in").isFalse();
        assertThat(validated.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("FORMULA_WITHOUT_VALUE");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.file()).isEqualTo("総務課.xlsx");
            assertThat(f.sheet()).isEqualTo("プラン5");
            assertThat(f.field()).isEqualTo("h1_result");
            assertThat(f.message()).contains("前期 取組実績", "計算結果が保存されていない数式", "Excel で開いて保存し直して");
        });
    }

    @Test
    void manySheetsWithoutPlanNoGiveOneNoticeForTheFileWithTheirCountAndFirstNames() throws Exception {
        Path file = dir.resolve("総務課.xlsx");
        new PlanSheetWorkbookWriter().write(List.of(
                new PlanSheetWorkbookWriter.SheetContent("プラン5", SheetFixtures.complete(5))), file);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            for (int i = 1; i <= 199; i++) {
                wb.createSheet("メモ" + i).createRow(0).createCell(0).setCellValue("メモ");
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }

        WorkbookContent content = reader.read(file, "総務課.xlsx");

        assertThat(content.sheets()).extracting(RawPlanSheet::sheet).containsExactly("プラン5");
        assertThat(content.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("SHEET_IGNORED");
            assertThat(f.severity()).isEqualTo(Severity.NOTICE);
            assertThat(f.file()).isEqualTo("総務課.xlsx");
            assertThat(f.message()).contains("199 枚", "メモ1、メモ2、メモ3、メモ4、メモ5 ほか 194 枚", "読み飛ばしました")
                    .doesNotContain("メモ6");
        });
    }

    @Test
    void aFileThatIsNotAWorkbookGivesOneFindingAndNoException() throws Exception {
        Path file = dir.resolve("壊れた.xlsx");
        Files.writeString(file, "これは Excel ではありません");
        WorkbookContent content = reader.read(file, "壊れた.xlsx");
        assertThat(content.sheets()).isEmpty();
        assertThat(content.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("UNREADABLE_WORKBOOK");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.file()).isEqualTo("壊れた.xlsx");
        });
    }

    @Test
    void aTruncatedWorkbookGivesAFinding() throws Exception {
        Path good = dir.resolve("good.xlsx");
        new PlanSheetWorkbookWriter().write(List.of(
                new PlanSheetWorkbookWriter.SheetContent("プラン2", SheetFixtures.complete(2))), good);
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = dir.resolve("truncated.xlsx");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(reader.read(truncated, "truncated.xlsx").findings()).extracting(Finding::code)
                .containsExactly("TRUNCATED_WORKBOOK");
    }

    private static String part(Path file, String name) throws Exception {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static void name(XSSFWorkbook wb, int sheetIndex, String name, String ref) {
        XSSFName n = wb.createName();
        n.setNameName(name);
        n.setSheetIndex(sheetIndex);
        n.setRefersToFormula(ref);
    }
}
