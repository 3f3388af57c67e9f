package jp.planreport.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.planreport.aggregate.Compilation;
import jp.planreport.aggregate.CompilationAssembler;
import jp.planreport.config.OfficeTime;
import jp.planreport.config.RenderProperties;
import jp.planreport.config.PlanReportProperties;
import jp.planreport.model.Finding;
import jp.planreport.model.FindingCode;
import jp.planreport.model.GradeScale;
import jp.planreport.model.HalfYear;
import jp.planreport.model.PlanMaster;
import jp.planreport.model.PlanMasterEntry;
import jp.planreport.model.PlanSheet;
import jp.planreport.model.ProgressMark;
import jp.planreport.report.Edition;
import jp.planreport.store.PlanSheetVersion;

/** The summary workbook read back with POI: every number against the data, the chart, the layout. */
class SummaryWorkbookWriterTest {

    private static final Edition YEAR_END = Edition.yearEnd(LocalDateTime.of(2023, 5, 31, 10, 0));

    private static final GradeScale SABC = new GradeScale(List.of(new GradeScale.Grade("S", "大きく上回る"),
            new GradeScale.Grade("A", "計画どおり"), new GradeScale.Grade("B", "やや遅れ"), new GradeScale.Grade("C", "遅れ")));

    @TempDir
    Path dir;

    /** 方針1: plans 1 (S, ◎/○), 2 (A, ○/△), 3 invalid; 方針2: plan 4 (A, △/-), plan 5 missing. */
    private Compilation compilation() {
        List<PlanMasterEntry> entries = List.of(
                entry(1, "1-1", 1), entry(1, "1-1", 2), entry(1, "1-2", 3), entry(2, "2-1", 4), entry(2, "2-1", 5));
        PlanMaster master = new PlanMaster(Path.of("plans.csv"), 2022, entries);
        Map<Integer, PlanSheetVersion> versions = new HashMap<>();
        versions.put(1, version(entries.get(0), "S", ProgressMark.AHEAD, ProgressMark.ON_PLAN));
        versions.put(2, version(entries.get(1), "A", ProgressMark.ON_PLAN, ProgressMark.BEHIND));
        versions.put(4, version(entries.get(3), "A", ProgressMark.BEHIND, null));
        return CompilationAssembler.assemble(master, versions, Set.of(1, 2, 3, 4));
    }

    private static PlanMasterEntry entry(int policy, String initiative, int plan) {
        return new PlanMasterEntry(policy, "方針" + policy + "の名前", initiative, "取組" + initiative, plan, "プラン" + plan,
                List.of("課" + plan));
    }

    private static PlanSheetVersion version(PlanMasterEntry e, String grade, ProgressMark h1, ProgressMark h2) {
        PlanSheet sheet = new PlanSheet(2022, e.policyNo(), e.policyTitle(), e.initiativeCode(), e.initiativeTitle(),
                e.planNo(), e.planTitle(), e.departments(), List.of("042-000-000" + e.planNo()), "内容", List.of("計画"),
                new HalfYear(List.of("計画"), List.of("実績"), h1, List.of("方向性")),
                new HalfYear(List.of("計画"), List.of("実績"), h2, List.of()), grade, List.of("総括"), List.of());
        return new PlanSheetVersion(e.planNo(), 2022, e.planNo(), e.departments().get(0) + ".xlsx", "プラン" + e.planNo(),
                "0".repeat(64), 1000, Instant.parse("2023-03-31T01:00:00Z"), Instant.parse("2023-04-01T00:30:00Z"),
                Instant.parse("2023-04-01T00:30:00Z"), true, sheet);
    }

    private XSSFWorkbook write(Edition edition, List<Finding> findings) throws Exception {
        Path target = dir.resolve("summary.xlsx");
        new SummaryWorkbookWriter(new PlanReportProperties("テスト市", "行財政改革プラン", SABC.grades(), Path.of("in"), Path.of("out"), null),
                RenderProperties.DEFAULTS, new OfficeTime(ZoneId.of("Asia/Tokyo")))
                .write(compilation(), findings, Map.of("課3.xlsx", "課3"), edition, target);
        try (InputStream in = Files.newInputStream(target)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void overviewCountsEveryPolicyWithTheConfiguredGradeColumnsAndATotal() throws Exception {
        try (XSSFWorkbook workbook = write(YEAR_END, List.of())) {
            assertThat(workbook.getSheetName(0)).isEqualTo("総括");
            assertThat(workbook.getSheetName(1)).isEqualTo("一覧");
            assertThat(workbook.getSheetName(2)).isEqualTo("検証結果");
            XSSFSheet overview = workbook.getSheet("総括");
            assertThat(values(overview.getRow(3))).containsExactly("方針", "方針名", "プラン数", "提出", "有効", "提出率",
                    "評価 S", "評価 A", "評価 B", "評価 C", "前期 ◎", "前期 ○", "前期 △", "後期 ◎", "後期 ○", "後期 △");
            //                                      no  plans submitted valid share  S  A  B  C  h1◎ ○ △  h2◎ ○ △
            assertThat(numbers(overview.getRow(4))).containsExactly(1d, 3d, 3d, 2d, 1d, 1d, 1d, 0d, 0d, 1d, 1d, 0d, 0d, 1d, 1d);
            assertThat(numbers(overview.getRow(5))).containsExactly(2d, 2d, 1d, 1d, 0.5, 0d, 1d, 0d, 0d, 0d, 0d, 1d, 0d, 0d, 0d);
            Row total = overview.getRow(6);
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("合計");
            assertThat(total.getCell(2).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(numbers(total)).containsExactly(5d, 4d, 3d, 0.8, 1d, 2d, 0d, 0d, 1d, 1d, 1d, 0d, 1d, 1d);
            assertThat(overview.getRow(1).getCell(0).getStringCellValue()).startsWith("年度末取りまとめ");
        }
    }

    @Test
    void theChartHasOneSeriesPerGradeOverThePolicies() throws Exception {
        try (XSSFWorkbook workbook = write(YEAR_END, List.of())) {
            List<XSSFChart> charts = workbook.getSheet("総括").getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            var data = charts.get(0).getChartSeries();
            assertThat(data).hasSize(1);
            var series = data.get(0);
            assertThat(series.getSeriesCount()).isEqualTo(4);
            List<String> titles = new ArrayList<>();
            for (int i = 0; i < series.getSeriesCount(); i++) {
                titles.add(charts.get(0).getCTChart().getPlotArea().getBarChartArray(0).getSerArray(i).getTx().getV());
                assertThat(series.getSeries(i).getValuesData().getDataRangeReference()).isEqualTo("総括!$" + (char) ('G' + i) + "$5:$"
                        + (char) ('G' + i) + "$6");
            }
            assertThat(titles).containsExactly("S：大きく上回る", "A：計画どおり", "B：やや遅れ", "C：遅れ");
            assertThat(series.getSeries(0).getCategoryData().getDataRangeReference()).isEqualTo("総括!$B$5:$B$6");
        }
    }

    @Test
    void listHasEveryPlanOfTheMasterWithNumbersAsNumbersAndDatesAsDates() throws Exception {
        try (XSSFWorkbook workbook = write(YEAR_END, List.of())) {
            XSSFSheet list = workbook.getSheet("一覧");
            assertThat(list.getLastRowNum()).isEqualTo(5);
            assertThat(list.getPaneInformation().isFreezePane()).isTrue();
            assertThat(list.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:N6");
            assertThat(list.getPrintSetup().getLandscape()).isTrue();
            assertThat(list.getRepeatingRows().formatAsString()).isEqualTo("1:1");
            List<String> statuses = new ArrayList<>();
            for (int r = 1; r <= 5; r++) {
                Row row = list.getRow(r);
                assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(r);
                statuses.add(row.getCell(11).getStringCellValue());
            }
            assertThat(statuses).containsExactly("受付済", "受付済", "不備あり", "受付済", "未提出");
            Row first = list.getRow(1);
            assertThat(values(first).subList(8, 11)).containsExactly("◎", "○", "S");
            assertThat(DateUtil.isCellDateFormatted(first.getCell(13))).isTrue();
            assertThat(first.getCell(13).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2023, 4, 1, 9, 30));
        }
    }

    @Test
    void findingsAreListedWithTheirDepartmentAndColouredBySeverity() throws Exception {
        List<Finding> findings = List.of(Finding.of(FindingCode.INVALID_GRADE, "課3.xlsx", "プラン3", "grade", "Z", "S、A、B、C"),
                Finding.of(FindingCode.MISSING_SUBMISSION, null, null, null, 5, "プラン5", "課5"));
        try (XSSFWorkbook workbook = write(YEAR_END, findings)) {
            XSSFSheet sheet = workbook.getSheet("検証結果");
            assertThat(values(sheet.getRow(0))).containsExactly("重大度", "担当課", "ファイル", "シート", "欄", "内容", "コード");
            assertThat(values(sheet.getRow(1))).containsExactly("エラー", "課3", "課3.xlsx", "プラン3", "grade",
                    "年次評価「Z」は使えません。S、A、B、C のいずれか 1 つを記入してください。", "INVALID_GRADE");
            assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).isEqualTo("MISSING_SUBMISSION");
            assertThat(sheet.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(1);
            assertThat(sheet.getSheetConditionalFormatting().getConditionalFormattingAt(0).getNumberOfRules()).isEqualTo(2);
        }
    }

    @Test
    void aDraftSaysSoWithItsRollUpTime() throws Exception {
        try (XSSFWorkbook workbook = write(Edition.draft(LocalDateTime.of(2022, 11, 25, 2, 0)), List.of())) {
            assertThat(workbook.getSheet("総括").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("【案】夜間集計（2022/11/25 02:00 時点）です。年度末に確定した集計ではありません。");
        }
    }

    private static List<String> values(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(c -> values.add(c.getCellType() == CellType.STRING ? c.getStringCellValue() : String.valueOf(c)));
        return values;
    }

    /** The numeric cells of a row from the third column on (counts, shares and totals). */
    private static List<Double> numbers(Row row) {
        List<Double> numbers = new ArrayList<>();
        if (row.getCell(0).getCellType() == CellType.NUMERIC) {
            numbers.add(row.getCell(0).getNumericCellValue());
        }
        for (int c = 2; c < row.getLastCellNum(); c++) {
            numbers.add(row.getCell(c).getNumericCellValue());
        }
        return numbers;
    }
}
