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
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import jp.planreport.model.GradeScale;
import jp.planreport.model.PlanSheetField;
import jp.planreport.model.ProgressMark;

/**
 * Writes plan sheets as a department would submit them: one sheet per plan, laid out like the
 * printed form, every field carrying its sheet-scoped defined name (the contract intake reads).
 */
public class PlanSheetWorkbookWriter {

    /** One sheet to write: its tab name and the text of each field (absent = left empty). */
    public record SheetContent(String sheetName, Map<PlanSheetField, String> values) {
    }

    /**
     * The columns in points, as the booklet prints the sheet's header (reports/plan-sheet.jrxml): label,
     * number, title, 担当課, departments, 連絡先, contacts. 515 pt in all, within A4 portrait's printable
     * width, so the form prints at full size in the booklet's proportions.
     */
    private static final int[] COLUMN_POINTS = {52, 30, 193, 40, 95, 40, 65};
    /** Type as the booklet's (reports/styles.jrtx): labels and text 9 pt, section titles 11 pt. */
    private static final int TEXT_POINTS = 9;
    private static final int TITLE_POINTS = 11;
    /** Height of one line of text in a row, and what a cell keeps free around its text. */
    private static final float LINE_POINTS = 13f;
    private static final float CELL_PADDING_POINTS = 4f;

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
            for (int c = 0; c < COLUMN_POINTS.length; c++) {
                // Excel counts a column in widths of the default font's digit, 256ths of one
                sheet.setColumnWidth(c, (int) Math.round(Units.toEMU(COLUMN_POINTS[c]) * 256.0 / Units.EMU_PER_CHARACTER));
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
            String year = values.getOrDefault(PlanSheetField.FISCAL_YEAR, "");
            text(row, 1, year, styles.value);
            fitHeight(row, row, year, 1, 1, 1);
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
            merge(row, row, 2, 6);
            fitHeight(row, row, ProgressMark.legend(), 2, 6, 1);
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
            fitHeight(r, r, text, 1, 6, 1);
        }

        private void label(int firstRow, int lastRow, int col, String text) {
            text(firstRow, col, text, styles.label);
            if (lastRow > firstRow) {
                merge(firstRow, lastRow, col, col);
            }
            fitHeight(firstRow, lastRow, text, col, col, 1);
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
            fitHeight(r, lastRow, value, firstCol, lastCol, body && form != null && value.isBlank() ? TemplateForm.BLANK_LINES : 1);
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

        /**
         * Rows with wrapped text do not grow by themselves in every program: makes rows firstRow to
         * lastRow as tall as the text needs in those columns (the last row takes what is missing), never
         * lower than another cell of the row needs.
         */
        private void fitHeight(int firstRow, int lastRow, String text, int firstCol, int lastCol, int minLines) {
            float width = -CELL_PADDING_POINTS;
            for (int c = firstCol; c <= lastCol; c++) {
                width += COLUMN_POINTS[c];
            }
            int lines = 0;
            for (String line : text.split("\n", -1)) {
                lines += Math.max(1, (int) Math.ceil(ems(line) * TEXT_POINTS / width));
            }
            float needed = Math.max(18, Math.max(lines, minLines) * LINE_POINTS + 4);
            float have = 0;
            for (int r = firstRow; r <= lastRow; r++) {
                have += row(r).getHeightInPoints();
            }
            Row last = row(lastRow);
            if (needed > have) {
                last.setHeightInPoints(Math.min(409, last.getHeightInPoints() + needed - have));
            }
        }

        /** Width of a line in ems: Japanese characters are one, ASCII and half-width kana half. */
        private static double ems(String line) {
            return line.codePoints().mapToDouble(c -> c < 0x80 || (c >= 0xFF61 && c <= 0xFF9F) ? 0.5 : 1).sum();
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
            Row rowObj = row(r);
            return rowObj.getCell(c) != null ? rowObj.getCell(c) : rowObj.createCell(c);
        }

        private Row row(int r) {
            return sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
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
            Font font = font(workbook, TEXT_POINTS, false);
            label = bordered(workbook, font);
            label.setAlignment(HorizontalAlignment.CENTER);
            label.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            value = bordered(workbook, font);
            body = bordered(workbook, font);
            body.setVerticalAlignment(VerticalAlignment.TOP);
            heading = bordered(workbook, font(workbook, TEXT_POINTS, true));
            title = workbook.createCellStyle();
            title.setFont(font(workbook, TITLE_POINTS, true));
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
