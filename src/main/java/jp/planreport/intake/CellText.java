package jp.planreport.intake;

import java.io.IOException;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.xml.sax.SAXException;

/**
 * A cell as the clerk sees it: numbers and dates in their displayed format, formulas by their cached
 * value (never re-evaluated, so a formula in a submission never runs). The rules are those of
 * XSSFCell (getCellType, getStringCellValue, getNumericCellValue, getBooleanCellValue), which the
 * reader used while it built POI's DOM, applied to the cell's XML as the sheet gives it.
 */
final class CellText {

    // DataFormatter caches formats in a plain HashMap: one per intake thread
    private static final ThreadLocal<DataFormatter> FORMATTER = ThreadLocal.withInitial(() -> new DataFormatter(Locale.JAPAN));

    private CellText() {
    }

    /**
     * The text of a cell; "" for no cell, a blank or an error; null for a string without any text
     * element (which the reader treats as a missing name, as before).
     */
    static String of(SheetCells.Cell cell, SheetCells sheet, WorkbookParts workbook) throws IOException, SAXException {
        if (cell == null) {
            return "";
        }
        boolean formula = cell.formula() || sheet.inArrayFormula(cell.row(), cell.col());
        return switch (cell.type()) {
            // a formula's cached value is never blank: no <v> reads as 0, as POI's cached numeric value
            case "n" -> cell.value() == null && !formula ? "" : number(cell, sheet, workbook);
            case "s", "str", "inlineStr" -> string(cell, workbook);
            case "b" -> cell.value() != null && cell.value().equals("1") ? "TRUE" : "FALSE";
            case "e" -> "";
            default -> throw new IllegalStateException("Illegal cell type: " + cell.type());
        };
    }

    private static String number(SheetCells.Cell cell, SheetCells sheet, WorkbookParts workbook) throws IOException, SAXException {
        String v = cell.value();
        double value;
        try {
            value = v == null || v.isEmpty() ? 0.0 : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("a numeric cell holds '" + v + "'", e);
        }
        NumberFormats.Format format = workbook.numberFormats().of(cell.style(), sheet.columnStyle(cell.col()));
        return FORMATTER.get().formatRawCellContents(value, format.index(), format.pattern());
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
