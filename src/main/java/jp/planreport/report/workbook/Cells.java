package jp.planreport.report.workbook;

import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/** Fills one row left to right: numbers as numbers, dates as dates, text as text (never a formula). */
final class Cells {

    private final Row row;
    private final CellStyle style;
    private int column;

    Cells(Row row, CellStyle style) {
        this.row = row;
        this.style = style;
    }

    Cell text(String value) {
        Cell cell = next(style);
        cell.setCellValue(value == null ? "" : value);
        return cell;
    }

    Cell number(double value) {
        Cell cell = next(style);
        cell.setCellValue(value);
        return cell;
    }

    Cell number(double value, CellStyle numberStyle) {
        Cell cell = next(numberStyle);
        cell.setCellValue(value);
        return cell;
    }

    Cell formula(String formula, CellStyle formulaStyle) {
        Cell cell = next(formulaStyle);
        cell.setCellFormula(formula);
        return cell;
    }

    Cell date(LocalDateTime value, CellStyle dateStyle) {
        Cell cell = next(dateStyle);
        cell.setCellValue(value);
        return cell;
    }

    /**
     * Sets the row height for its wrapped text: LibreOffice does not grow rows by itself. A Japanese
     * character is two column-width units wide.
     */
    void fitHeight(int[] widths) {
        int lines = 1;
        for (int c = 0; c < column && c < widths.length; c++) {
            Cell cell = row.getCell(c);
            if (cell == null || cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) {
                continue;
            }
            int needed = 0;
            for (String line : cell.getStringCellValue().split("\n", -1)) {
                int units = line.codePoints().map(cp -> cp > 0x2E80 ? 2 : 1).sum();
                needed += Math.max(1, (units + widths[c] - 1) / widths[c]);
            }
            lines = Math.max(lines, needed);
        }
        row.setHeightInPoints(Math.min(409f, lines * 13.5f + 3f));
    }

    private Cell next(CellStyle cellStyle) {
        Cell cell = row.createCell(column++);
        cell.setCellStyle(cellStyle);
        return cell;
    }
}
