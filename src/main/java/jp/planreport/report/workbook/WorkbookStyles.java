package jp.planreport.report.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import jp.planreport.model.Severity;

/** The cell styles of the summary workbook, made once per workbook; fonts as a Japanese office uses. */
final class WorkbookStyles {

    static final String FONT = "游ゴシック";

    final CellStyle header;
    final CellStyle body;
    final CellStyle count;
    final CellStyle share;
    final CellStyle total;
    final CellStyle totalShare;
    final CellStyle dateTime;
    final CellStyle title;
    final CellStyle note;

    WorkbookStyles(XSSFWorkbook workbook) {
        Font plain = font(workbook, 10, false, IndexedColors.BLACK);
        Font bold = font(workbook, 10, true, IndexedColors.BLACK);
        header = bordered(workbook, bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        body = bordered(workbook, plain);
        body.setWrapText(true);
        count = bordered(workbook, plain);
        count.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        share = bordered(workbook, plain);
        share.setDataFormat(workbook.createDataFormat().getFormat("0%"));
        total = bordered(workbook, bold);
        total.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        total.setFillForegroundColor(IndexedColors.LEMON_CHIFFON.getIndex());
        total.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        totalShare = bordered(workbook, bold);
        totalShare.cloneStyleFrom(total);
        totalShare.setDataFormat(workbook.createDataFormat().getFormat("0%"));
        dateTime = bordered(workbook, plain);
        dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy/mm/dd hh:mm"));
        title = workbook.createCellStyle();
        title.setFont(font(workbook, 14, true, IndexedColors.BLACK));
        note = workbook.createCellStyle();
        note.setFont(font(workbook, 10, true, IndexedColors.RED));
    }

    /** 検証結果: errors red, warnings yellow, by the severity in column A. */
    void colourBySeverity(Sheet sheet, int rows, int columns) {
        if (rows < 2) {
            return;
        }
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        CellRangeAddress[] range = {new CellRangeAddress(1, rows - 1, 0, columns - 1)};
        ConditionalFormattingRule error = formatting.createConditionalFormattingRule("$A2=\"" + Severity.ERROR.label() + "\"");
        error.createPatternFormatting().setFillBackgroundColor(IndexedColors.ROSE.getIndex());
        ConditionalFormattingRule warning = formatting.createConditionalFormattingRule("$A2=\"" + Severity.WARNING.label() + "\"");
        warning.createPatternFormatting().setFillBackgroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        formatting.addConditionalFormatting(range, error, warning);
    }

    static void landscapeA4(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    private static Font font(XSSFWorkbook workbook, int points, boolean bold, IndexedColors colour) {
        Font font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        font.setColor(colour.getIndex());
        return font;
    }

    private static CellStyle bordered(XSSFWorkbook workbook, Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
