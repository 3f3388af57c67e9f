package jp.planreport.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPhoneticRun;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

import jp.planreport.bench.SyntheticInput;
import jp.planreport.model.PlanMaster;
import jp.planreport.model.PlanSheetField;

/**
 * The streaming reader's cell text rules, one per kind of cell and reference, on workbooks made here
 * with POI; and, for each fixture, the same text as the reader gave while it built POI's DOM
 * ({@link DomReading}).
 */
class WorkbookCellRulesTest {

    @TempDir
    Path dir;

    private final SubmissionWorkbookReader reader = new SubmissionWorkbookReader();

    @Test
    void everyKindOfCellReadsAsItsDisplayedText() throws Exception {
        Path file = dir.resolve("cells.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("プラン 1");
            XSSFRow row = sheet.createRow(0);
            row.createCell(0).setCellValue(1.0);                                    // A1 a whole number
            row.createCell(1).setCellValue("共有文字列");                               // B1 shared string
            inline(row.createCell(2), "インライン\n二行目");                              // C1 inline string
            XSSFCell formulaText = row.createCell(3);                                 // D1 formula, cached text
            formulaText.setCellFormula("\"令和\"&\"4年度\"");
            XSSFCell formulaNumber = row.createCell(4);                               // E1 formula, cached number
            formulaNumber.setCellFormula("2+3");
            XSSFCell formulaBoolean = row.createCell(5);                              // F1 formula, cached boolean
            formulaBoolean.setCellFormula("1=1");
            XSSFCell formulaError = row.createCell(6);                                // G1 formula, cached error
            formulaError.setCellFormula("1/0");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            row.createCell(7).setCellValue(false);                                    // H1 boolean
            XSSFCell date = row.createCell(8);                                        // I1 a date
            date.setCellValue(44652.0);
            date.setCellStyle(style(wb, "yyyy/m/d"));
            XSSFCell decimal = row.createCell(9);                                     // J1 a formatted number
            decimal.setCellValue(1234.5);
            decimal.setCellStyle(style(wb, "#,##0.00"));
            row.createCell(10).setCellValue(richText(wb));                            // K1 rich text, two runs
            row.createCell(11).setCellValue(withFurigana("漢字", "かんじ"));            // L1 with phonetic run
            row.createCell(12).setCellValue("Word から_x0007_貼り付け");                // M1 escaped control char
            row.createCell(13).setCellValue(0.1 + 0.2);                               // N1 binary fraction
            XSSFCell noCache = row.createCell(14);                                    // O1 formula, nothing cached
            noCache.setCellFormula("A1*2");
            if (noCache.getCTCell().isSetV()) {
                noCache.getCTCell().unsetV();
            }
            row.createCell(15).setCellStyle(style(wb, "0.00"));                        // P1 blank but styled
            XSSFCell columnStyled = row.createCell(16);                               // Q1 number, column's style
            columnStyled.setCellValue(0.25);
            sheet.setDefaultColumnStyle(16, style(wb, "0%"));
            if (columnStyled.getCTCell().isSetS()) {
                columnStyled.getCTCell().unsetS();
            }
            String[] refs = "A1 B1 C1 D1 E1 F1 G1 H1 I1 J1 K1 L1 M1 N1 O1 P1 Q1 Z9".split(" ");
            name(wb, 0, "plan_no", "'プラン 1'!$A$1");
            for (int i = 1; i < refs.length; i++) {
                name(wb, 0, "field_" + i, "'プラン 1'!$" + refs[i].charAt(0) + "$" + refs[i].substring(1));
            }
            wb.write(out);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String strings = new String(zip.getInputStream(zip.getEntry("xl/sharedStrings.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(strings).as("the fixture has a phonetic run").contains("<rPh", "かんじ");
            String cells = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(cells).as("the fixture has an inline string").contains("t=\"inlineStr\"");
        }

        RawPlanSheet sheet = onlySheet(file);
        Map<String, String> values = sheet.values();

        assertThat(values).containsExactly(
                Map.entry("plan_no", "1"),
                Map.entry("field_1", "共有文字列"),
                Map.entry("field_2", "インライン\n二行目"),
                Map.entry("field_3", "令和4年度"),
                Map.entry("field_4", "5"),
                Map.entry("field_5", "TRUE"),
                Map.entry("field_6", ""),
                Map.entry("field_7", "FALSE"),
                Map.entry("field_8", "2022/4/1"),
                Map.entry("field_9", "1,234.50"),
                Map.entry("field_10", "太字と細字"),
                Map.entry("field_11", "漢字"),
                Map.entry("field_12", "Word から\u0007貼り付け"),
                Map.entry("field_13", "0.3"),
                Map.entry("field_14", ""),
                Map.entry("field_15", ""),
                Map.entry("field_16", "25%"),
                Map.entry("field_17", ""));
        assertThat(sheet.findings()).as("a formula nobody calculated is not 0").singleElement()
                .satisfies(f -> assertThat(f.code()).isEqualTo("FORMULA_WITHOUT_VALUE"))
                .satisfies(f -> assertThat(f.field()).isEqualTo("field_14"));
        assertSameAsTheDom(file);
    }

    @Test
    void namesPointIntoMergedRangesAndAtSheetsWithOrWithoutQuotes() throws Exception {
        Path file = dir.resolve("refs.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet plan = wb.createSheet("プラン 1");
            plan.createRow(2).createCell(1).setCellValue(7);                           // B3
            plan.createRow(3).createCell(1).setCellValue("結合の左上");                  // B4, merged B4:D6
            plan.addMergedRegion(new CellRangeAddress(3, 5, 1, 3));
            plan.createRow(9).createCell(0).setCellValue("結合 2");                     // A10, merged A10:A11
            plan.addMergedRegion(new CellRangeAddress(9, 10, 0, 0));
            XSSFSheet other = wb.createSheet("Sheet2");
            other.createRow(2).createCell(1).setCellValue(8);                          // Sheet2!B3
            other.createRow(4).createCell(4).setCellValue("別シートの値");                // Sheet2!E5
            name(wb, 0, "plan_no", "'プラン 1'!$B$3");            // quoted, with a space
            name(wb, 0, "merged_range", "'プラン 1'!$B$4:$D$6");  // the whole merged range
            name(wb, 0, "inside_merged", "'プラン 1'!$C$5");      // a cell inside it, not its corner
            name(wb, 0, "inside_second", "'プラン 1'!$A$11");     // same, another range
            name(wb, 0, "relative", "'プラン 1'!B3");             // no $
            name(wb, 0, "elsewhere", "Sheet2!$E$5");             // another sheet, unquoted
            name(wb, 0, "other_case", "SHEET2!$E$5");            // sheet names ignore case
            name(wb, 0, "broken", "'プラン 1'!#REF!");
            name(wb, 0, "constant", "\"定数\"");
            name(wb, 1, "plan_no", "Sheet2!$B$3");
            name(wb, 1, "unquoted_plain", "$B$3");               // no sheet: the name's own sheet
            XSSFName global = wb.createName();                    // workbook scope: not the contract
            global.setNameName("global");
            global.setRefersToFormula("'プラン 1'!$B$3");
            wb.write(out);
        }

        WorkbookContent content = reader.read(file, "refs.xlsx");

        assertThat(content.findings()).isEmpty();
        assertThat(content.sheets()).extracting(RawPlanSheet::sheet).containsExactly("プラン 1", "Sheet2");
        assertThat(content.sheets().get(0).values()).containsExactly(
                Map.entry("plan_no", "7"),
                Map.entry("merged_range", "結合の左上"),
                Map.entry("inside_merged", "結合の左上"),
                Map.entry("inside_second", "結合 2"),
                Map.entry("relative", "7"),
                Map.entry("elsewhere", "別シートの値"),
                Map.entry("other_case", "別シートの値"));
        assertThat(content.sheets().get(1).values()).containsExactly(
                Map.entry("plan_no", "8"),
                Map.entry("unquoted_plain", "8"));
        assertSameAsTheDom(file);
    }

    @Test
    void theProjectsOwnWorkbooksReadAsTheyDidWithTheDom() throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> sample = Files.list(Path.of("input", "2022", "submissions"))) {
            files.addAll(sample.toList());
        }
        SyntheticInput.write(9, dir.resolve("synthetic"), 2022);
        try (Stream<Path> synthetic = Files.walk(dir.resolve("synthetic"))) {
            files.addAll(synthetic.filter(p -> p.toString().endsWith(".xlsx")).toList());
        }
        PlanMaster master = SheetFixtures.master();
        Path template = dir.resolve("template.xlsx");
        var department = SubmissionTemplates.of(master, n -> Optional.empty()).get(0);
        new PlanSheetWorkbookWriter().writeTemplate(department.department(), 2022, department.sheets(),
                SheetFixtures.GRADES, template);
        files.add(template);
        assertThat(files).hasSizeGreaterThan(6);
        for (Path file : files) {
            assertSameAsTheDom(file);
        }
    }

    /** Every plan sheet the reader returns has exactly the values the DOM gave, and no other sheet has plan_no. */
    private void assertSameAsTheDom(Path file) throws Exception {
        Map<String, Map<String, String>> dom = DomReading.read(file);
        Map<String, Map<String, String>> streamed = new LinkedHashMap<>();
        for (RawPlanSheet sheet : reader.read(file, file.getFileName().toString()).sheets()) {
            streamed.put(sheet.sheet(), sheet.values());
        }
        Map<String, Map<String, String>> domPlanSheets = new LinkedHashMap<>();
        dom.forEach((sheet, values) -> {
            if (values.containsKey(PlanSheetField.PLAN_NO.definedName())) {
                domPlanSheets.put(sheet, values);
            }
        });
        assertThat(streamed).as(file.toString()).containsExactlyEntriesOf(domPlanSheets);
        streamed.forEach((sheet, values) -> assertThat(values).as(file + " " + sheet)
                .containsExactlyEntriesOf(domPlanSheets.get(sheet)));
    }

    private RawPlanSheet onlySheet(Path file) {
        WorkbookContent content = reader.read(file, file.getFileName().toString());
        assertThat(content.findings()).isEmpty();
        assertThat(content.sheets()).hasSize(1);
        return content.sheets().get(0);
    }

    private static void inline(XSSFCell cell, String text) {
        cell.getCTCell().setT(STCellType.INLINE_STR);
        cell.getCTCell().addNewIs().setT(text);
    }

    private static XSSFCellStyle style(XSSFWorkbook wb, String format) {
        XSSFCellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat(format));
        return style;
    }

    private static XSSFRichTextString richText(XSSFWorkbook wb) {
        XSSFRichTextString text = new XSSFRichTextString("太字と細字");
        XSSFFont bold = wb.createFont();
        bold.setBold(true);
        text.applyFont(0, 2, bold);
        return text;
    }

    private static XSSFRichTextString withFurigana(String text, String reading) {
        XSSFRichTextString rich = new XSSFRichTextString(text);
        CTRst st = rich.getCTRst();
        CTPhoneticRun ruby = st.addNewRPh();
        ruby.setSb(0);
        ruby.setEb(text.length());
        ruby.setT(reading);
        st.addNewPhoneticPr().setFontId(0);
        return rich;
    }

    private static void name(XSSFWorkbook wb, int sheetIndex, String name, String ref) {
        XSSFName n = wb.createName();
        n.setNameName(name);
        n.setSheetIndex(sheetIndex);
        n.setRefersToFormula(ref);
    }
}
