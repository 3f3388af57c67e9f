package jp.planreport.report.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

import jp.planreport.aggregate.Compilation;
import jp.planreport.aggregate.PlanEntry;
import jp.planreport.intake.Finding;
import jp.planreport.intake.HalfYear;
import jp.planreport.intake.PlanSheet;

/**
 * The summary workbook: 一覧 (one row per plan of the master, submitted or not) and 検証結果
 * (every finding of the run). Streamed (SXSSF) so that row counts do not grow the heap.
 */
@Component
public class SummaryWorkbookWriter {

    static final String LIST_SHEET = "一覧";
    static final String FINDINGS_SHEET = "検証結果";
    static final List<String> LIST_HEADER = List.of("方針", "方針名", "基本的取組", "基本的取組名", "プラン", "プラン名",
            "担当課", "連絡先", "前期進捗", "後期進捗", "年次評価", "状況", "提出ファイル", "受付日時");
    private static final int[] LIST_WIDTHS = {6, 28, 10, 28, 7, 40, 28, 16, 9, 9, 9, 8, 28, 18};
    static final List<String> FINDINGS_HEADER = List.of("重大度", "ファイル", "シート", "欄", "内容", "コード");
    private static final int[] FINDINGS_WIDTHS = {9, 30, 14, 16, 80, 22};
    private static final String FONT = "游ゴシック";

    public void write(Compilation compilation, List<Finding> findings, Path target) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        workbook.setCompressTempFiles(true);
        try (OutputStream out = Files.newOutputStream(target)) {
            Styles styles = new Styles(workbook);
            writeList(workbook.createSheet(LIST_SHEET), compilation, styles);
            writeFindings(workbook.createSheet(FINDINGS_SHEET), findings, styles);
            workbook.write(out);
        } finally {
            workbook.close(); // also removes the temporary files of the streamed rows
        }
    }

    private void writeList(SXSSFSheet sheet, Compilation compilation, Styles styles) {
        header(sheet, LIST_HEADER, LIST_WIDTHS, styles);
        int r = 1;
        for (PlanEntry entry : compilation.plans()) {
            Row row = sheet.createRow(r++);
            var plan = entry.master();
            PlanSheet sheetData = entry.sheet();
            int c = 0;
            row.createCell(c++).setCellValue(plan.policyNo());
            row.createCell(c++).setCellValue(plan.policyTitle());
            row.createCell(c++).setCellValue(plan.initiativeCode());
            row.createCell(c++).setCellValue(plan.initiativeTitle());
            row.createCell(c++).setCellValue(plan.planNo());
            row.createCell(c++).setCellValue(plan.planTitle());
            row.createCell(c++).setCellValue(String.join("、", sheetData == null ? plan.departments() : sheetData.departments()));
            row.createCell(c++).setCellValue(sheetData == null ? "" : String.join(" ", sheetData.contacts()));
            row.createCell(c++).setCellValue(sheetData == null ? "" : mark(sheetData.firstHalf()));
            row.createCell(c++).setCellValue(sheetData == null ? "" : mark(sheetData.secondHalf()));
            row.createCell(c++).setCellValue(sheetData == null || sheetData.grade() == null ? "" : sheetData.grade());
            row.createCell(c++).setCellValue(entry.submitted() ? "受付済" : "未提出");
            row.createCell(c++).setCellValue(entry.submitted() ? entry.version().sourceFile() : "");
            var accepted = row.createCell(c);
            if (entry.submitted()) {
                accepted.setCellValue(LocalDateTime.ofInstant(entry.version().acceptedAt(), ZoneId.of("Asia/Tokyo")));
                accepted.setCellStyle(styles.dateTime);
            }
            for (int i = 0; i < c; i++) {
                row.getCell(i).setCellStyle(styles.body);
            }
        }
        finish(sheet, LIST_HEADER.size(), r);
    }

    private void writeFindings(SXSSFSheet sheet, List<Finding> findings, Styles styles) {
        header(sheet, FINDINGS_HEADER, FINDINGS_WIDTHS, styles);
        int r = 1;
        for (Finding f : findings) {
            Row row = sheet.createRow(r++);
            String[] values = {f.severity().label(), f.file(), f.sheet(), f.field(), f.message(), f.code()};
            for (int i = 0; i < values.length; i++) {
                var cell = row.createCell(i);
                cell.setCellValue(values[i] == null ? "" : values[i]);
                cell.setCellStyle(styles.body);
            }
        }
        finish(sheet, FINDINGS_HEADER.size(), r);
    }

    private static String mark(HalfYear half) {
        return half.progress() == null ? "" : half.progress().symbol();
    }

    private static void header(SXSSFSheet sheet, List<String> names, int[] widths, Styles styles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(names.get(i));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, widths[i] * 256 + 512);
        }
    }

    /** Frozen header, filter, and A4 landscape fitted to the page width with the header repeated. */
    private static void finish(Sheet sheet, int columns, int rows) {
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows - 1, 0), 0, columns - 1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, columns - 1));
    }

    /** The few cell styles of the workbook, made once. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle body;
        final CellStyle dateTime;

        Styles(SXSSFWorkbook workbook) {
            Font font = workbook.createFont();
            font.setFontName(FONT);
            font.setFontHeightInPoints((short) 10);
            Font bold = workbook.createFont();
            bold.setFontName(FONT);
            bold.setFontHeightInPoints((short) 10);
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            borders(header);
            body = workbook.createCellStyle();
            body.setFont(font);
            body.setVerticalAlignment(VerticalAlignment.TOP);
            borders(body);
            dateTime = workbook.createCellStyle();
            dateTime.cloneStyleFrom(body);
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy/mm/dd hh:mm"));
        }

        private static void borders(CellStyle style) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
    }
}
