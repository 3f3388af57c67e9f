package jp.planreport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

import jp.planreport.years.PastYearsInput;
import jp.planreport.years.PastYearsInput.Plan;

/**
 * Earlier years imported with {@code import}, then the sample's FY2022 compiled: the 方針1 overview's
 * 経年比較 columns and the plan sheets' last-year grade read back from the PDF, 経年推移 and 総括
 * read back with POI, and {@code diff}'s comparison of two real versions.
 */
class PastYearsFunctionalTests extends YearsFunctionalTest {

    @Test
    void threeYearsWithARenumberedAMergedANewAndTwoEndedPlans() throws Exception {
        SampleInput sample = new SampleInput(work);
        PastYearsInput.write(sample.input, 2020, List.of(Plan.same(1, "C"), Plan.same(2, "C"), Plan.same(3, "C"),
                Plan.same(4, "C"), Plan.same(5, "C")));
        PastYearsInput.write(sample.input, 2021, List.of(Plan.same(1, "B"), Plan.same(2, "A"),
                new Plan(7, 3, null, "C", "3"), Plan.same(4, "B"), Plan.same(5, "A"),
                new Plan(8, 5, "令和3年度で終えたプラン", "B", "-"), new Plan(9, 5, "プラン5に統合したプラン", "C", "-")));
        // FY2022: plan 2 begins anew, plan 3 continues last year's 7, plan 5 merges last year's 5 and 9
        Path plans = sample.input.resolve("2022/plans.csv");
        List<String> lines = Files.readAllLines(plans, StandardCharsets.UTF_8);
        List<String> withPrevious = new ArrayList<>(List.of(lines.get(0) + ",previous_plan_no"));
        List<String> previous = List.of("", "-", "7", "", "5;9");
        for (int i = 1; i < lines.size(); i++) {
            withPrevious.add(lines.get(i) + "," + previous.get(i - 1));
        }
        Files.write(plans, withPrevious, StandardCharsets.UTF_8);

        assertThat(importYear(sample, 2020)).isZero();
        assertThat(importYear(sample, 2021)).isZero();
        compile(sample);

        Files.createDirectories(Path.of("target"));
        Files.copy(sample.outputs().report(), Path.of("target/past-years-three-years.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        List<String> overview = PdfText.linesOfPage(sample.outputs().report(), "経年比較");
        assertThat(overview).contains("1 市民参加と多様な主体との連携・協働の推進 C B A ↑ 上昇",
                "2 市民活動・地域コミュニティ活動に関する支援の推進 A 新規",
                "3 コミュニティ施設の在り方検討 C C A ↑ 上昇 旧7",
                "4 積極的な市政情報の提供 C B A ↑ 上昇",
                "5 適正な公文書管理の推進 C A・C A 旧5・9",
                "2 市民活動・地域コミュニティ活動に関する支援の推進 C A 終了",
                "8 令和3年度で終えたプラン B 終了");
        assertThat(overview).contains("年次評価ごとのプラン数（A／B／C） 0／0／5 2／3／2 5／0／0");

        try (XSSFWorkbook workbook = new XSSFWorkbook(sample.outputs().summary().toFile())) {
            var years = workbook.getSheet("経年推移");
            assertThat(cells(years.getRow(0))).containsExactly("方針", "プラン", "プラン名", "区分", "前年度のプラン",
                    "令和2年度 評価", "令和2年度 前期", "令和2年度 後期", "令和3年度 評価", "令和3年度 前期", "令和3年度 後期",
                    "令和4年度 評価", "令和4年度 前期", "令和4年度 後期", "前年度比");
            assertThat(years.getLastRowNum()).isEqualTo(7);
            Row plan3 = years.getRow(3);
            assertThat(plan3.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(plan3.getCell(4).getNumericCellValue()).isEqualTo(7);
            assertThat(cells(plan3).subList(5, 15)).containsExactly("C", "○", "", "C", "○", "", "A", "○", "", "↑");
            assertThat(cells(years.getRow(5))).startsWith("1", "5", "適正な公文書管理の推進", "", "5・9", "C");
            assertThat(cells(years.getRow(2)).get(3)).isEqualTo("新規");
            assertThat(cells(years.getRow(6))).startsWith("1", "2", "市民活動・地域コミュニティ活動に関する支援の推進", "終了", "");
            assertThat(years.getPaneInformation().isFreezePane()).isTrue();
            assertThat(years.getPrintSetup().getLandscape()).isTrue();
            assertThat(workbook.getSheet("経年推移").getCTWorksheet().isSetAutoFilter()).isTrue();
            Sheet overviewSheet = workbook.getSheet("総括");
            List<String> header = cells(overviewSheet.getRow(3));
            int lastYearA = header.indexOf("令和3年度 評価 A");
            assertThat(lastYearA).isPositive();
            assertThat(cells(overviewSheet.getRow(4)).subList(lastYearA, lastYearA + 3)).containsExactly("2", "3", "2");
        }
    }

    void compile(SampleInput sample) throws Exception {
        assertThat(jobOperatorTestUtils.startJob(sample.parameters()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    private static List<String> cells(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> values = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            values.add(cell == null ? "" : formatter.formatCellValue(cell));
        }
        return values;
    }
}
