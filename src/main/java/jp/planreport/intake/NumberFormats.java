package jp.planreport.intake;

import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BuiltinFormats;

/**
 * The number format of a cell, from styles.xml, chosen as XSSFCell.getCellStyle() chose it: the
 * cell's own format ({@code s}) when it exists, else its column's, else the first; a custom format
 * ({@code <numFmt>}) before the built-in one of the same id.
 */
final class NumberFormats {

    /** A workbook without styles: POI gave it one cell format, General. */
    static final NumberFormats DEFAULT = new NumberFormats(Map.of(), List.of(0));

    /** What DataFormatter.formatRawCellContents takes. */
    record Format(int index, String pattern) {
    }

    private final Map<Short, String> custom;
    private final List<Integer> cellFormats;

    NumberFormats(Map<Short, String> custom, List<Integer> cellFormats) {
        this.custom = custom;
        this.cellFormats = cellFormats;
    }

    /** {@code style}: the cell's {@code s} (-1 when absent); {@code columnStyle}: its column's (-1 when none). */
    Format of(long style, int columnStyle) {
        int id;
        if (!cellFormats.isEmpty() && style >= 0 && style < cellFormats.size()) {
            id = cellFormats.get((int) style);
        } else {
            int column = columnStyle == -1 ? 0 : columnStyle;
            // POI failed on a format index that does not exist; General is what Excel shows then
            id = column >= 0 && column < cellFormats.size() ? cellFormats.get(column) : 0;
        }
        short index = (short) id; // XSSFCellStyle.getDataFormat() is a short
        String pattern = custom.get(index);
        return new Format(index, pattern != null ? pattern : BuiltinFormats.getBuiltinFormat(index));
    }
}
