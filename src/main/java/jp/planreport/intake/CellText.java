package jp.planreport.intake;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;

/**
 * A cell as the clerk sees it: numbers and dates in their displayed format, formulas by their cached
 * value (never re-evaluated, so a formula in a submission never runs).
 */
final class CellText {

    private static final DataFormatter FORMATTER = new DataFormatter(java.util.Locale.JAPAN);

    private CellText() {
    }

    static String of(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> FORMATTER.formatRawCellContents(cell.getNumericCellValue(),
                    cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue()).toUpperCase(java.util.Locale.ROOT);
            default -> "";
        };
    }
}
