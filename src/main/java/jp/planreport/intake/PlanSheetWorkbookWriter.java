package jp.planreport.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.RegionUtil;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes plan sheets as a department would submit them: one sheet per plan, laid out like the
 * printed form, every field carrying its sheet-scoped defined name (the contract intake reads).
 */
public class PlanSheetWorkbookWriter {

    /** One sheet to write: its tab name and the text of each field (absent = left empty). */
    public record SheetContent(String sheetName, Map<PlanSheetField, String> values) {
    }

    private static final int[] COLUMN_CHARS = {11, 6, 34, 7, 18, 7, 14};
    private static final int BODY_CHARS = 6 + 34 + 7 + 18 + 7 + 14;

    public void write(List<SheetContent> sheets, Path target) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(target)) {
            Styles styles = new Styles(workbook);
            for (SheetContent content : sheets) {
                new Layout(workbook, workbook.createSheet(content.sheetName()), content.values(), styles, null).write();
            }
            workbook.write(out);
        }
    }

    /**
     * The same sheets as a blank form for a department: a 記入要領 sheet first, the header locked
     * (the sheets are protected without a password), drop-downs for marks and grades, a hint on every
     * field, room to write and an A4 print setup.
     */
    public void writeTemplate(String department, int fiscalYear, List<SheetContent> sheets, GradeScale grades,
                              Path target) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(target)) {
            Styles styles = new Styles(workbook);
            TemplateForm form = new TemplateForm(workbook, styles.value, styles.body, grades);
            form.instructions(department, fiscalYear, sheets.size());
            for (SheetContent content : sheets) {
                XSSFSheet sheet = workbook.createSheet(content.sheetName());
                new Layout(workbook, sheet, content.values(), styles, form).write();
                form.finish(sheet);
            }
            workbook.write(out);
        }
    }

    /** Lays out one sheet top to bottom; {@code row} is the next free row. */
    private static final class Layout {
        private final XSSFWorkbook workbook;
        private final XSSFSheet sheet;
        private final Map<PlanSheetField, String> values;
        private final Styles styles;
        /** Null for a filled-in sheet; the template's extras otherwise. */
        private final TemplateForm form;
        private int row;

        Layout(XSSFWorkbook workbook, XSSFSheet sheet, Map<PlanSheetField, String> values, Styles styles,
               TemplateForm form) {
            this.workbook = workbook;
            this.sheet = sheet;
            this.values = new EnumMap<>(PlanSheetField.class);
            this.values.putAll(values);
            this.styles = styles;
            this.form = form;
        }

        void write() {
            for (int c = 0; c < COLUMN_CHARS.length; c++) {
                sheet.setColumnWidth(c, COLUMN_CHARS[c] * 256 * 2);
            }
            label(0, 0, 0, "年度");
            field(PlanSheetField.FISCAL_YEAR, 0, 1, 2, false);
            row = 1;
            label(1, 3, 3, "担当課");
            field(PlanSheetField.DEPARTMENTS, 1, 4, 4, 3, false);
            label(1, 3, 5, "連絡先");
            field(PlanSheetField.CONTACTS, 1, 6, 6, 3, false);
            headerRow("方針", PlanSheetField.POLICY_NO, PlanSheetField.POLICY_TITLE);
            headerRow("基本的取組", PlanSheetField.INITIATIVE_CODE, PlanSheetField.INITIATIVE_TITLE);
            headerRow("プラン", PlanSheetField.PLAN_NO, PlanSheetField.PLAN_TITLE);

            title("1 プランの内容");
            field(PlanSheetField.CONTENT, row, 0, 6, true);
            row++;
            label(row, row, 0, "年度別計画");
            text(row, 1, values.getOrDefault(PlanSheetField.FISCAL_YEAR, ""), styles.value);
            field(PlanSheetField.ANNUAL_PLAN, row, 2, 6, true);
            row++;

            title("2 取組状況");
            half("前期", PlanSheetField.H1_PLAN, PlanSheetField.H1_RESULT, PlanSheetField.H1_PROGRESS, PlanSheetField.H1_ACTION);
            half("後期", PlanSheetField.H2_PLAN, PlanSheetField.H2_RESULT, PlanSheetField.H2_PROGRESS, PlanSheetField.H2_ACTION);

            title("3 年次評価及び総括");
            label(row, row, 0, "年次評価");
            heading(row, "【今年度の総括（評価の理由、取組による成果・効果）、次年度以降の取組の方向性】（CHECK・ACTION）");
            row++;
            field(PlanSheetField.GRADE, row, 0, 0, false);
            field(PlanSheetField.SUMMARY, row, 1, 6, true);
            row++;
            row++;
            label(row, row, 0, "注記");
            field(PlanSheetField.NOTES, row, 1, 6, true);

            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
        }

        private void headerRow(String label, PlanSheetField number, PlanSheetField title) {
            label(row, row, 0, label);
            field(number, row, 1, 1, false);
            field(title, row, 2, 2, false);
            row++;
        }

        private void half(String label, PlanSheetField plan, PlanSheetField result, PlanSheetField progress,
                          PlanSheetField action) {
            int first = row;
            heading(row++, "【取組計画】（PLAN）");
            field(plan, row++, 1, 6, true);
            heading(row++, "【取組実績及び取組による成果・効果】（DO・CHECK）");
            field(result, row++, 1, 6, true);
            heading(row, "【年度別計画に対する今年度の進捗見込】（CHECK）");
            row++;
            text(row, 2, ProgressMark.legend(), styles.value);
            field(progress, row++, 1, 1, false);
            heading(row++, "【後期における取組の方向性（留意点や見直し、改善など）】（ACTION）");
            field(action, row++, 1, 6, true);
            label(first, row - 1, 0, label);
        }

        private void title(String text) {
            row++;
            Cell cell = cell(row, 0);
            cell.setCellValue(text);
            cell.setCellStyle(styles.title);
            row++;
        }

        private void heading(int r, String text) {
            text(r, 1, text, styles.heading);
            merge(r, r, 1, 6);
        }

        private void label(int firstRow, int lastRow, int col, String text) {
            text(firstRow, col, text, styles.label);
            if (lastRow > firstRow) {
                merge(firstRow, lastRow, col, col);
            }
        }

        private void field(PlanSheetField field, int r, int firstCol, int lastCol, boolean body) {
            field(field, r, firstCol, lastCol, 1, body);
        }

        /** Writes the value (numbers as numbers), merges the range and names it for intake. */
        private void field(PlanSheetField field, int r, int firstCol, int lastCol, int rows, boolean body) {
            String value = values.getOrDefault(field, "");
            Cell cell = cell(r, firstCol);
            if (value.matches("\\d{1,9}") && (field == PlanSheetField.POLICY_NO || field == PlanSheetField.PLAN_NO)) {
                cell.setCellValue(Integer.parseInt(value));
            } else {
                cell.setCellValue(value);
            }
            cell.setCellStyle(body ? styles.body : styles.value);
            int lastRow = r + rows - 1;
            CellRangeAddress range = new CellRangeAddress(r, lastRow, firstCol, lastCol);
            if (form != null) {
                for (int rr = r; rr <= lastRow; rr++) {
                    for (int cc = firstCol; cc <= lastCol; cc++) {
                        cell(rr, cc).setCellStyle(form.style(field, body));
                    }
                }
            }
            if (lastCol > firstCol || lastRow > r) {
                merge(r, lastRow, firstCol, lastCol);
            }
            if (body) {
                int minLines = form != null && value.isBlank() ? TemplateForm.BLANK_LINES : 1;
                fitHeight(r, value, lastCol - firstCol + 1 == 6 ? BODY_CHARS : BODY_CHARS - 6, minLines);
            }
            if (form != null) {
                form.decorate(sheet, field, range);
            }
            XSSFName name = workbook.createName();
            name.setNameName(field.definedName());
            name.setSheetIndex(workbook.getSheetIndex(sheet));
            String area = new CellReference(r, firstCol, true, true).formatAsString()
                    + (lastCol > firstCol || lastRow > r ? ":" + new CellReference(lastRow, lastCol, true, true).formatAsString() : "");
            name.setRefersToFormula("'" + sheet.getSheetName().replace("'", "''") + "'!" + area);
        }

        /** Rows with wrapped text do not grow by themselves in every program: set the height. */
        private void fitHeight(int r, String value, int widthChars, int minLines) {
            int lines = 0;
            for (String line : value.split("\n", -1)) {
                lines += Math.max(1, (int) Math.ceil(line.length() * 2.0 / (widthChars * 2 * 0.95)));
            }
            lines = Math.max(lines, minLines);
            Row rowObj = sheet.getRow(r);
            rowObj.setHeightInPoints(Math.max(18, Math.min(409, lines * 14.5f + 4)));
        }

        private void text(int r, int c, String text, CellStyle style) {
            Cell cell = cell(r, c);
            cell.setCellValue(text);
            cell.setCellStyle(style);
        }

        private void merge(int firstRow, int lastRow, int firstCol, int lastCol) {
            CellRangeAddress range = new CellRangeAddress(firstRow, lastRow, firstCol, lastCol);
            sheet.addMergedRegion(range);
            RegionUtil.setBorderTop(BorderStyle.THIN, range, sheet);
            RegionUtil.setBorderBottom(BorderStyle.THIN, range, sheet);
            RegionUtil.setBorderLeft(BorderStyle.THIN, range, sheet);
            RegionUtil.setBorderRight(BorderStyle.THIN, range, sheet);
        }

        private Cell cell(int r, int c) {
            Row rowObj = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
            return rowObj.getCell(c) != null ? rowObj.getCell(c) : rowObj.createCell(c);
        }
    }

    /** The cell styles of the form, made once per workbook. */
    private static final class Styles {
        final CellStyle label;
        final CellStyle value;
        final CellStyle body;
        final CellStyle heading;
        final CellStyle title;

        Styles(XSSFWorkbook workbook) {
            Font font = font(workbook, 10, false);
            label = bordered(workbook, font);
            label.setAlignment(HorizontalAlignment.CENTER);
            label.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            value = bordered(workbook, font);
            body = bordered(workbook, font);
            body.setVerticalAlignment(VerticalAlignment.TOP);
            heading = bordered(workbook, font(workbook, 10, true));
            title = workbook.createCellStyle();
            title.setFont(font(workbook, 12, true));
        }

        private static Font font(XSSFWorkbook workbook, int points, boolean bold) {
            Font font = workbook.createFont();
            font.setFontName("ＭＳ ゴシック");
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            return font;
        }

        private static CellStyle bordered(XSSFWorkbook workbook, Font font) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
