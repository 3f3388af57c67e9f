package jp.planreport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

import jp.planreport.cli.CommandLineOptions;
import jp.planreport.model.PlanSheetField;
import jp.planreport.service.PlanVersions;
import jp.planreport.years.PastYearsInput;
import jp.planreport.years.PastYearsInput.Plan;

/**
 * The sample's FY2022 beside an imported FY2021 of the same plans with other grades (a store of its
 * own: no year before it), and {@code diff}'s comparison of two real versions of a plan.
 */
class TwoYearsFunctionalTests extends YearsFunctionalTest {

    @Test
    void twoYearsAndTheDifferencesBetweenTwoVersionsOfAPlan() throws Exception {
        SampleInput sample = new SampleInput(work);
        PastYearsInput.write(sample.input, 2021, List.of(Plan.same(1, "B"), Plan.same(2, "A"), Plan.same(3, "C"),
                Plan.same(4, "B"), Plan.same(5, "A")));
        assertThat(importYear(sample, 2021)).isZero();
        assertThat(jobOperatorTestUtils.startJob(sample.parameters()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Files.createDirectories(Path.of("target"));
        Files.copy(sample.outputs().report(), Path.of("target/past-years-two-years.pdf"), StandardCopyOption.REPLACE_EXISTING);

        List<String> overview = PdfText.linesOfPage(sample.outputs().report(), "経年比較");
        assertThat(overview).contains("1 市民参加と多様な主体との連携・協働の推進 B A ↑ 上昇",
                "2 市民活動・地域コミュニティ活動に関する支援の推進 A A → 横ばい", "3 コミュニティ施設の在り方検討 C A ↑ 上昇");
        assertThat(overview).noneMatch(l -> l.contains("新規") || l.contains("終了"));
        assertThat(new PdfText(sample.outputs().report(), "").all()).contains("前年度（令和3年度）の年次評価B");

        // a second version of plan 4: an item added to 前期 PLAN, one removed from 年度別計画, the grade lowered
        sample.writePlan(4, "広報課_修正.xlsx", fields -> {
            fields.put(PlanSheetField.H1_PLAN, fields.get(PlanSheetField.H1_PLAN) + "\n○広報紙の配布方法を見直します。");
            String annual = fields.get(PlanSheetField.ANNUAL_PLAN);
            fields.put(PlanSheetField.ANNUAL_PLAN, annual.substring(0, annual.lastIndexOf('\n')));
            fields.put(PlanSheetField.GRADE, "B");
        });
        validateCommand.run(CommandLineOptions.parse(new String[] {"validate", "--input=" + sample.input, "--fiscal-year=2022"}));

        PlanVersions.Comparison comparison = versions.compare(2022, 4, null, null).orElseThrow();
        assertThat(comparison.to().sourceFile()).isEqualTo("広報課_修正.xlsx");
        assertThat(comparison.changes()).extracting(c -> c.description()).containsExactly(
                "年度別計画: 項目を削除「オープンデータ※3の取組推進」",
                "前期 取組計画（PLAN）: 項目を追加「広報紙の配布方法を見直します。」",
                "年次評価: A → B");
        assertThat(versions.of(2022, 4)).extracting(l -> l.version().sourceFile() + " " + l.counts() + " " + l.uploadedBy())
                .containsExactly("広報課_修正.xlsx true —", "広報課.xlsx false —");
    }

}
