package jp.planreport.intake;

import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BuiltinFormats;

/**
 * The number format of a cell, from styles.xml, chosen as XSSFCell.getCellStyle() chose it: the
 * cell's own format ({@code s}) when it exists, else its column's, else the first; a custom format
 * ({@code <numFmt>}) before the built-in one of the same id. A built-in id means what it means to a
 * Japanese-locale Excel, which wrote the workbook.
 */
final class NumberFormats {

    /** A workbook without styles: POI gave it one cell format, General. */
    static final NumberFormats DEFAULT = new NumberFormats(Map.of(), List.of(0));

    private static final String ERA_SHORT = "[$-411]ge.m.d";
    private static final String ERA_LONG = "[$-411]ggge\"年\"m\"月\"d\"日\"";
    private static final String YEAR_MONTH = "yyyy\"年\"m\"月\"";
    private static final String MONTH_DAY = "m\"月\"d\"日\"";
    /**
     * The built-in ids a Japanese-locale Excel reads otherwise than POI's table (which is Excel's
     * English one, and has nothing or "reserved-0x1B" for 27–36 and 50–58): ECMA-376 Part 1, 18.8.30,
     * the ja-jp list, and the short date of a Japanese Windows for 14 and 22. Such a file carries the
     * id only, no {@code <numFmt>}.
     */
    private static final Map<Integer, String> JA_JP = Map.ofEntries(
            Map.entry(14, "yyyy/m/d"),
            Map.entry(22, "yyyy/m/d h:mm"),
            Map.entry(27, ERA_SHORT),
            Map.entry(28, ERA_LONG),
            Map.entry(29, ERA_LONG),
            Map.entry(30, "m/d/yy"),
            Map.entry(31, "yyyy\"年\"m\"月\"d\"日\""),
            Map.entry(32, "h\"時\"mm\"分\""),
            Map.entry(33, "h\"時\"mm\"分\"ss\"秒\""),
            Map.entry(34, YEAR_MONTH),
            Map.entry(35, MONTH_DAY),
            Map.entry(36, ERA_SHORT),
            Map.entry(50, ERA_SHORT),
            Map.entry(51, ERA_LONG),
            Map.entry(52, YEAR_MONTH),
            Map.entry(53, MONTH_DAY),
            Map.entry(54, ERA_LONG),
            Map.entry(55, YEAR_MONTH),
            Map.entry(56, MONTH_DAY),
            Map.entry(57, ERA_SHORT),
            Map.entry(58, ERA_LONG));

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
        return new Format(index, pattern != null ? pattern : builtin(index));
    }

    /** A built-in format as a Japanese-locale Excel has it; General for an id it does not define. */
    static String builtin(int id) {
        String pattern = JA_JP.get(id);
        if (pattern == null) {
            pattern = BuiltinFormats.getBuiltinFormat(id);
        }
        return pattern == null || pattern.startsWith("reserved-") ? "General" : pattern;
    }
}
