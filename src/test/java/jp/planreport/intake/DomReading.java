package jp.planreport.intake;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The test oracle: how the reader read a workbook while it built POI's XSSF DOM (XSSFCell's types,
 * cached values and styles; names and merged ranges through the usermodel). The streaming reader
 * must give the same text for every sheet-scoped name. Two things the DOM reading got wrong are
 * corrected here as in the reader, so that the oracle still checks which cell and which format: a
 * formula without a cached value is empty (not 0), and numbers are formatted as a Japanese-locale
 * Excel shows them (built-in ids as it defines them, era dates).
 */
final class DomReading {

    private static final DataFormatter FORMATTER = new DataFormatter(java.util.Locale.JAPAN);

    private DomReading() {
    }

    /** Sheet name → (defined name → text), every sheet of the workbook in order. */
    static Map<String, Map<String, String>> read(Path file) throws Exception {
        Map<String, Map<String, String>> result = new LinkedHashMap<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            boolean date1904 = workbook.isDate1904();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                result.put(workbook.getSheetName(i), new LinkedHashMap<>());
            }
            for (Name name : workbook.getAllNames()) {
                if (name.getSheetIndex() < 0) {
                    continue;
                }
                String text = referencedText(workbook, name, date1904);
                if (text != null) {
                    result.get(workbook.getSheetName(name.getSheetIndex())).put(name.getNameName(), text);
                }
            }
        }
        return result;
    }

    private static String referencedText(XSSFWorkbook workbook, Name name, boolean date1904) {
        String formula = name.getRefersToFormula();
        if (formula == null || formula.contains("#REF!")) {
            return null;
        }
        CellReference first;
        try {
            first = new AreaReference(formula, SpreadsheetVersion.EXCEL2007).getFirstCell();
        } catch (RuntimeException notAReference) {
            return null;
        }
        Sheet sheet = first.getSheetName() != null ? workbook.getSheet(first.getSheetName())
                : workbook.getSheetAt(name.getSheetIndex());
        if (sheet == null) {
            return null;
        }
        int row = first.getRow();
        int col = first.getCol();
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            if (merged.isInRange(row, col)) {
                row = merged.getFirstRow();
                col = merged.getFirstColumn();
                break;
            }
        }
        Row r = sheet.getRow(row);
        return text(r == null ? null : r.getCell(col), workbook, date1904);
    }

    private static String text(Cell cell, XSSFWorkbook workbook, boolean date1904) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA && !((XSSFCell) cell).getCTCell().isSetV()) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> number(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(), workbook, date1904);
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue()).toUpperCase(java.util.Locale.ROOT);
            default -> "";
        };
    }

    private static String number(double value, short format, XSSFWorkbook workbook, boolean date1904) {
        String custom = workbook.getStylesSource().getNumberFormats().get(format);
        String pattern = custom != null ? custom : NumberFormats.builtin(format);
        String date = JapaneseDateFormat.format(FORMATTER, value, pattern, date1904);
        return date != null ? date : FORMATTER.formatRawCellContents(value, format, pattern, date1904);
    }
}
