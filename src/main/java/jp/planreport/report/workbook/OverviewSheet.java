package jp.planreport.report.workbook;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import jp.planreport.aggregate.Compilation;
import jp.planreport.aggregate.YearsComparison;
import jp.planreport.aggregate.PolicyGroup;
import jp.planreport.config.OfficeTime;
import jp.planreport.model.FiscalYears;
import jp.planreport.model.GradeScale;
import jp.planreport.model.PlanSheet;
import jp.planreport.model.ProgressMark;
import jp.planreport.report.Edition;

/**
 * 総括: one row per 方針 and a total row (SUM formulas, evaluated so their cached values are right),
 * grade columns following the configured scale, progress marks per half, and a stacked bar chart of
 * the grades per 方針 (a native chart that Excel and LibreOffice draw themselves).
 */
final class OverviewSheet {

    static final int HEADER_ROW = 3;
    /** Best grade first: blue, green, amber, red, grey … */
    private static final byte[][] SERIES_COLOURS = {
            {(byte) 0x2E, (byte) 0x6F, (byte) 0xB5}, {(byte) 0x5B, (byte) 0xA5, (byte) 0x4B},
            {(byte) 0xF2, (byte) 0xA9, (byte) 0x3B}, {(byte) 0xD9, (byte) 0x53, (byte) 0x4F},
            {(byte) 0x80, (byte) 0x80, (byte) 0x80}};
    private static final int FIRST_COUNT_COLUMN = 2;

    private final XSSFWorkbook workbook;
    private final WorkbookStyles styles;
    private final GradeScale grades;
    private final String title;

    OverviewSheet(XSSFWorkbook workbook, WorkbookStyles styles, GradeScale grades, String title) {
        this.workbook = workbook;
        this.styles = styles;
        this.grades = grades;
        this.title = title;
    }

    /** The column headers: fixed columns, one per grade of the scale, then 前期/後期 × ◎○△. */
    List<String> header(YearsComparison years) {
        List<String> header = new ArrayList<>(List.of("方針", "方針名", "プラン数", "提出", "有効", "提出率"));
        grades.codes().forEach(g -> header.add("評価 " + g));
        for (String half : List.of("前期", "後期")) {
            for (ProgressMark mark : ProgressMark.values()) {
                header.add(half + " " + mark.symbol());
            }
        }
        if (years.shown()) {
            // last year's counts after this year's, so the chart's and the formulas' columns stay where they were
            grades.codes().forEach(g -> header.add(FiscalYears.label(years.fiscalYear() - 1) + " 評価 " + g));
        }
        return header;
    }

    void write(XSSFSheet sheet, Compilation compilation, Edition edition) {
        Row titleRow = sheet.createRow(0);
        titleRow.createCell(0).setCellValue(FiscalYears.label(compilation.fiscalYear()) + " " + title + " 進捗・評価 総括");
        titleRow.getCell(0).setCellStyle(styles.title);
        Row noteRow = sheet.createRow(1);
        if (edition.draft()) {
            noteRow.createCell(0).setCellValue("【案】夜間集計（" + OfficeTime.format(edition.compiledAt())
                    + " 時点）です。年度末に確定した集計ではありません。");
            noteRow.getCell(0).setCellStyle(styles.note);
        } else {
            noteRow.createCell(0).setCellValue("年度末取りまとめ（" + OfficeTime.format(edition.compiledAt()) + " 作成）");
        }

        YearsComparison years = compilation.years();
        List<String> header = header(years);
        int[] widths = new int[header.size()];
        java.util.Arrays.fill(widths, 8);
        widths[1] = 34;
        Row headerRow = sheet.createRow(HEADER_ROW);
        Cells headerCells = new Cells(headerRow, styles.header);
        header.forEach(headerCells::text);
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256 + 512);
        }

        int r = HEADER_ROW + 1;
        for (PolicyGroup policy : compilation.policies()) {
            Cells cells = new Cells(sheet.createRow(r), styles.count);
            cells.number(policy.policyNo());
            cells.text(policy.title()).setCellStyle(styles.body);
            cells.number(policy.plans().size());
            cells.number(policy.submittedCount());
            cells.number(policy.validCount());
            cells.formula(share(r), styles.share);
            policy.gradeCounts(grades.codes()).values().forEach(cells::number);
            for (var half : List.<java.util.function.Function<PlanSheet, jp.planreport.model.HalfYear>>of(
                    PlanSheet::firstHalf, PlanSheet::secondHalf)) {
                policy.markCounts(half).values().forEach(cells::number);
            }
            if (years.shown()) {
                years.gradeCounts(policy.policyNo(), years.fiscalYear() - 1).values().forEach(cells::number);
            }
            r++;
        }
        int firstPolicyRow = HEADER_ROW + 1;
        int lastPolicyRow = r - 1;
        Cells total = new Cells(sheet.createRow(r), styles.total);
        total.text("");
        total.text("合計");
        for (int c = FIRST_COUNT_COLUMN; c < header.size(); c++) {
            if (c == 5) {
                total.formula(share(r), styles.totalShare);
            } else {
                String column = CellReference.convertNumToColString(c);
                total.formula("SUM(" + column + (firstPolicyRow + 1) + ":" + column + (lastPolicyRow + 1) + ")", styles.total);
            }
        }
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        sheet.createFreezePane(2, HEADER_ROW + 1);
        WorkbookStyles.landscapeA4(sheet);
        if (lastPolicyRow >= firstPolicyRow) {
            chart(sheet, firstPolicyRow, lastPolicyRow, r + 2);
        }
    }

    /** 提出率 = 提出 / プラン数 (0 when the 方針 has no plan). */
    private static String share(int row) {
        int excelRow = row + 1;
        return "IF(C" + excelRow + "=0,0,D" + excelRow + "/C" + excelRow + ")";
    }

    private void chart(XSSFSheet sheet, int firstRow, int lastRow, int anchorRow) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, anchorRow, 10, anchorRow + 20));
        chart.setTitleText("方針別の年次評価（プラン数）");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis counts = chart.createValueAxis(AxisPosition.LEFT);
        counts.setCrosses(AxisCrosses.AUTO_ZERO);
        counts.setCrossBetween(AxisCrossBetween.BETWEEN);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, counts);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.STACKED);
        data.setOverlap((byte) 100);
        XDDFDataSource<String> policies = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, 1, 1));
        List<GradeScale.Grade> scale = grades.grades();
        for (int i = 0; i < scale.size(); i++) {
            int column = FIRST_COUNT_COLUMN + 4 + i;
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(firstRow, lastRow, column, column));
            XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(policies, values);
            series.setTitle(scale.get(i).code() + "：" + scale.get(i).label(), null);
            // explicit fills: without them LibreOffice draws no bars at all
            series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(SERIES_COLOURS[i % SERIES_COLOURS.length])));
        }
        chart.plot(data);
    }
}
