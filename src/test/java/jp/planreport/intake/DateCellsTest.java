package jp.planreport.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipFile;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import jp.planreport.model.PlanSheetField;
import jp.planreport.model.Severity;

/**
 * Dates typed into cells, read back through the real reader from workbooks POI writes here: the
 * built-in format ids a Japanese-locale Excel uses (written as a numFmtId with no {@code <numFmt>},
 * as Excel writes them) and custom formats with era, quotes and locale prefixes.
 */
class DateCellsTest {

    private static final LocalDate END_OF_FY2022 = LocalDate.of(2023, 3, 31);

    @TempDir
    Path dir;

    private final SubmissionWorkbookReader reader = new SubmissionWorkbookReader();
    private final PlanSheetValidator validator = new PlanSheetValidator(SheetFixtures.master(), SheetFixtures.GRADES, true);

    @Test
    void builtInDateFormatsReadAsAJapaneseExcelShowsThem() throws Exception {
        Map<Integer, String> shown = new LinkedHashMap<>();
        shown.put(14, "2023/3/31");
        shown.put(22, "2023/3/31 0:00");
        shown.put(27, "R5.3.31");
        shown.put(28, "令和5年3月31日");
        shown.put(29, "令和5年3月31日");
        shown.put(30, "3/31/23");
        shown.put(31, "2023年3月31日");
        shown.put(32, "0時00分");
        shown.put(33, "0時00分00秒");
        shown.put(34, "2023年3月");
        shown.put(35, "3月31日");
        shown.put(36, "R5.3.31");
        shown.put(50, "R5.3.31");
        shown.put(51, "令和5年3月31日");
        shown.put(52, "2023年3月");
        shown.put(53, "3月31日");
        shown.put(54, "令和5年3月31日");
        shown.put(55, "2023年3月");
        shown.put(56, "3月31日");
        shown.put(57, "R5.3.31");
        shown.put(58, "令和5年3月31日");
        Path file = dir.resolve("built-in.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("プラン5");
            sheet.createRow(0).createCell(0).setCellValue(5);
            name(wb, "plan_no", "A1");
            int row = 1;
            for (int id : shown.keySet()) {
                XSSFCell cell = sheet.createRow(row).createCell(0);
                cell.setCellValue(END_OF_FY2022);
                XSSFCellStyle style = wb.createCellStyle();
                style.setDataFormat((short) id); // the id alone, as a Japanese Excel writes it
                cell.setCellStyle(style);
                name(wb, "id_" + id, "A" + (row + 1));
                row++;
            }
            wb.write(out);
        }
        assertThat(part(file, "xl/styles.xml")).as("built-in ids carry no <numFmt>")
                .contains("numFmtId=\"57\"", "numFmtId=\"58\"", "numFmtId=\"27\"").doesNotContain("<numFmt ");

        RawPlanSheet sheet = onlySheet(file);

        shown.forEach((id, text) -> assertThat(sheet.values()).as("id " + id).containsEntry("id_" + id, text));
        assertThat(sheet.findings()).isEmpty();
    }

    @Test
    void customDateFormatsWithEraQuotesAndLocalePrefixes() throws Exception {
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("yyyy\"年\"m\"月\"d\"日\"", "2023年3月31日");
        shown.put("[$-ja-JP]ggge\"年\"m\"月\"d\"日\";@", "令和5年3月31日");
        shown.put("[$-411]ggge\"年\"m\"月\"d\"日\";@", "令和5年3月31日");
        shown.put("[$-411]ge.m.d;@", "R5.3.31");
        shown.put("[$-x-sysdate]dddd, mmmm dd, yyyy", "2023年3月31日");
        shown.put("yyyy/m/d(aaa)", "2023/3/31(金)");
        shown.put("gge\"年度\"", "令5年度");
        Path file = dir.resolve("custom.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("プラン5");
            sheet.createRow(0).createCell(0).setCellValue(5);
            name(wb, "plan_no", "A1");
            int row = 1;
            for (String pattern : shown.keySet()) {
                XSSFCell cell = sheet.createRow(row).createCell(0);
                cell.setCellValue(END_OF_FY2022);
                XSSFCellStyle style = wb.createCellStyle();
                style.setDataFormat(wb.createDataFormat().getFormat(pattern));
                cell.setCellStyle(style);
                name(wb, "custom_" + row, "A" + (row + 1));
                row++;
            }
            XSSFRow first = sheet.createRow(row);
            XSSFCell gannen = first.createCell(0); // the first day of 令和, with 元年
            gannen.setCellValue(LocalDate.of(2019, 5, 1));
            XSSFCellStyle style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat("[$-ja-JP-x-gannen]ggge\"年\"m\"月\"d\"日\""));
            gannen.setCellStyle(style);
            name(wb, "gannen", "A" + (row + 1));
            wb.write(out);
        }

        RawPlanSheet sheet = onlySheet(file);

        int row = 1;
        for (String text : shown.values()) {
            assertThat(sheet.values()).as(sheet.values().toString()).containsEntry("custom_" + row++, text);
        }
        assertThat(sheet.values()).containsEntry("gannen", "令和元年5月1日");
        assertThat(sheet.findings()).isEmpty();
    }

    @Test
    void aFormatTheProgramCannotShowGivesTheNumberAndSaysSo() throws Exception {
        Path file = BadWorkbooks.good(dir.resolve("総務課.xlsx"), 5);
        withDate(file, PlanSheetField.CONTACTS, END_OF_FY2022, "[DBNum1]ggge\"年\"m\"月\"d\"日\"");

        RawPlanSheet sheet = onlySheet(file);

        assertThat(sheet.value(PlanSheetField.CONTACTS)).contains("45016");
        assertThat(sheet.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("NUMBER_FORMAT_NOT_SHOWN");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.sheet()).isEqualTo("プラン5");
            assertThat(f.field()).isEqualTo("contacts");
            assertThat(f.message()).contains("連絡先", "[DBNum1]", "「45016」");
        });
    }

    @Test
    void theFiscalYearMayBeAnEraYearFormattedDate() throws Exception {
        Path file = BadWorkbooks.good(dir.resolve("総務課.xlsx"), 5);
        withDate(file, PlanSheetField.FISCAL_YEAR, LocalDate.of(2022, 4, 1), "[$-411]ggge\"年度\"");

        ValidatedSheet validated = validator.validate(onlySheet(file));

        assertThat(validated.raw().value(PlanSheetField.FISCAL_YEAR)).contains("令和4年度");
        assertThat(validated.findings()).isEmpty();
        assertThat(validated.sheet().fiscalYear()).isEqualTo(2022);
    }

    @Test
    void aFullDateInTheFiscalYearIsTheYearItFallsInAndSaidSo() throws Exception {
        Path file = BadWorkbooks.good(dir.resolve("総務課.xlsx"), 5);
        withDate(file, PlanSheetField.FISCAL_YEAR, END_OF_FY2022, 57);

        ValidatedSheet validated = validator.validate(onlySheet(file));

        assertThat(validated.raw().value(PlanSheetField.FISCAL_YEAR)).contains("R5.3.31");
        assertThat(validated.accepted()).isTrue();
        assertThat(validated.sheet().fiscalYear()).isEqualTo(2022);
        assertThat(validated.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("FISCAL_YEAR_FROM_DATE");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("「R5.3.31」", "令和4年度");
        });
    }

    @Test
    void aDateWithoutAYearInTheFiscalYearSaysWhyItCannotBeRead() throws Exception {
        Path file = BadWorkbooks.good(dir.resolve("総務課.xlsx"), 5);
        withDate(file, PlanSheetField.FISCAL_YEAR, END_OF_FY2022, 56);

        ValidatedSheet validated = validator.validate(onlySheet(file));

        assertThat(validated.accepted()).isFalse();
        assertThat(validated.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("FISCAL_YEAR_WITHOUT_YEAR");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.field()).isEqualTo("fiscal_year");
            assertThat(f.message()).contains("「3月31日」", "年のない日付");
        });
    }

    private RawPlanSheet onlySheet(Path file) {
        WorkbookContent content = reader.read(file, file.getFileName().toString());
        assertThat(content.findings()).isEmpty();
        assertThat(content.sheets()).hasSize(1);
        return content.sheets().get(0);
    }

    /** The field's cell of the only sheet holds {@code day} in the built-in format {@code id}. */
    static void withDate(Path file, PlanSheetField field, LocalDate day, int id) throws Exception {
        edit(file, field, day, wb -> (short) id);
    }

    /** The field's cell of the only sheet holds {@code day} in the custom format {@code pattern}. */
    static void withDate(Path file, PlanSheetField field, LocalDate day, String pattern) throws Exception {
        edit(file, field, day, wb -> wb.createDataFormat().getFormat(pattern));
    }

    private static void edit(Path file, PlanSheetField field, LocalDate day,
                             java.util.function.Function<XSSFWorkbook, Short> format) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            XSSFName name = wb.getNames(field.definedName()).get(0);
            CellReference at = new AreaReference(name.getRefersToFormula(), SpreadsheetVersion.EXCEL2007).getFirstCell();
            XSSFCell cell = wb.getSheetAt(0).getRow(at.getRow()).getCell(at.getCol());
            XSSFCellStyle style = wb.createCellStyle();
            style.cloneStyleFrom(cell.getCellStyle());
            style.setDataFormat(format.apply(wb));
            cell.setCellValue(day);
            cell.setCellStyle(style);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private static String part(Path file, String name) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void name(XSSFWorkbook wb, String name, String cell) {
        XSSFName n = wb.createName();
        n.setNameName(name);
        n.setSheetIndex(0);
        n.setRefersToFormula("'プラン5'!$" + cell.charAt(0) + "$" + cell.substring(1));
    }
}
