package jp.planreport.intake;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.xml.sax.SAXException;
import jp.planreport.model.FindingCode;

/**
 * A cell as the clerk sees it: numbers and dates in their displayed format (as a Japanese-locale
 * Excel shows them), formulas by their cached value (never re-evaluated, so a formula in a
 * submission never runs). The rules are those of XSSFCell (getCellType, getStringCellValue,
 * getNumericCellValue, getBooleanCellValue), which the reader used while it built POI's DOM, applied
 * to the cell's XML as the sheet gives it; where those gave something the clerk does not see (a
 * formula without a cached value read as 0), the text says why instead.
 */
final class CellText {

    /**
     * A cell's text and, when that is not what the clerk sees in Excel, why: a finding's code and
     * its details after the field ({@code problem} null when the text is what Excel shows).
     */
    record Text(String text, FindingCode problem, List<String> details) {

        static Text of(String text) {
            return new Text(text, null, List.of());
        }
    }

    // DataFormatter caches formats in a plain HashMap: one per intake thread
    private static final ThreadLocal<DataFormatter> FORMATTER = ThreadLocal.withInitial(() -> new DataFormatter(Locale.JAPAN));

    private CellText() {
    }

    /**
     * The text of a cell; "" for no cell, a blank or an error; null for a string without any text
     * element (which the reader treats as a missing name, as before).
     */
    static Text of(SheetCells.Cell cell, SheetCells sheet, WorkbookParts workbook) throws IOException, SAXException {
        if (cell == null) {
            return Text.of("");
        }
        boolean formula = cell.formula() || sheet.inArrayFormula(cell.row(), cell.col());
        if (formula && !cell.inline() && (cell.value() == null || cell.type().equals("n") && cell.value().isEmpty())) {
            // written by a tool that does not calculate: POI read 0 (or FALSE, or ""), Excel shows the
            // result, which nobody has yet
            return new Text("", FindingCode.FORMULA_WITHOUT_VALUE, List.of());
        }
        return switch (cell.type()) {
            case "n" -> cell.value() == null ? Text.of("") : number(cell, sheet, workbook);
            case "s", "str", "inlineStr" -> Text.of(string(cell, workbook));
            case "b" -> Text.of(cell.value() != null && cell.value().equals("1") ? "TRUE" : "FALSE");
            case "e" -> Text.of("");
            default -> throw new IllegalStateException("Illegal cell type: " + cell.type());
        };
    }

    private static Text number(SheetCells.Cell cell, SheetCells sheet, WorkbookParts workbook) throws IOException, SAXException {
        String v = cell.value();
        double value;
        try {
            value = v.isEmpty() ? 0.0 : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("a numeric cell holds '" + v + "'", e);
        }
        NumberFormats.Format format = workbook.numberFormats().of(cell.style(), sheet.columnStyle(cell.col()));
        DataFormatter formatter = FORMATTER.get();
        boolean date1904 = workbook.date1904();
        try {
            String date = JapaneseDateFormat.format(formatter, value, format.pattern(), date1904);
            return Text.of(date != null ? date : formatter.formatRawCellContents(value, format.index(), format.pattern(), date1904));
        } catch (IllegalArgumentException e) {
            // a format this program cannot apply: the plain number, and a finding that says so
            String plain = formatter.formatRawCellContents(value, 0, "General");
            return new Text(plain, FindingCode.NUMBER_FORMAT_NOT_SHOWN, List.of(format.pattern(), plain));
        }
    }

    private static String string(SheetCells.Cell cell, WorkbookParts workbook) throws IOException, SAXException {
        String v = cell.value();
        switch (cell.type()) {
            case "inlineStr":
                if (cell.inline()) {
                    return cell.inlineText();
                }
                return v != null ? RichText.decode(v) : "";
            case "str":
                return v != null ? RichText.decode(v) : "";
            default: // "s": an index into the shared strings; a bad one reads as empty, as in POI
                if (v == null) {
                    return "";
                }
                try {
                    return workbook.sharedString(Integer.parseInt(v));
                } catch (NumberFormatException | IndexOutOfBoundsException e) {
                    return "";
                }
        }
    }
}
