package jp.planreport.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.planreport.aggregate.Compilation;
import jp.planreport.aggregate.YearsComparison;
import jp.planreport.config.TemporaryFolder;
import jp.planreport.job.PdfText;
import jp.planreport.model.PlanMaster;
import jp.planreport.model.PlanSheet;
import jp.planreport.report.Edition;

/**
 * The booklet of {@link BookletFixture} beside two earlier years: each 方針 overview's 経年比較 read
 * back from the PDF, on the overview's own page, and last year's grade in a plan sheet's header.
 */
class BookletYearsTest {

    @TempDir
    Path dir;

    @Test
    void theOverviewShowsEachPlansGradesOfThreeYearsWithTheDirectionAndTheCountsOnItsOwnPage() throws IOException {
        Compilation compilation = BookletFixture.compilation();
        Map<Integer, PlanSheet> now = compilation.sheets();
        // last year: plan 1 was B, plan 2 A, plan 3 had no sheet, plan 4 B; the year before, all C
        Map<Integer, PlanSheet> lastYear = Map.of(1, graded(now.get(1), 2021, "B"), 2, graded(now.get(2), 2021, "A"),
                4, graded(now.get(4), 2021, "B"));
        Map<Integer, PlanSheet> yearBefore = Map.of(1, graded(now.get(1), 2020, "C"), 2, graded(now.get(2), 2020, "C"),
                4, graded(now.get(4), 2020, "C"));
        PlanMaster master = new PlanMaster(Path.of("plans.csv"), 2022, BookletFixture.PLANS);
        YearsComparison years = YearsComparison.of(master, now, lastYear, yearBefore, Optional.empty(),
                BookletFixture.PROPERTIES.gradeScale().codes());
        Path pdf = dir.resolve("report.pdf");
        TemporaryFolder temporary = new TemporaryFolder();
        try {
            new BookletRenderer(new ReportTemplates(), BookletFixture.PROPERTIES, new jp.planreport.config.RenderProperties(2, 10, 200), temporary)
                    .render(compilation.withYears(years), Edition.yearEnd(LocalDateTime.of(2023, 5, 31, 10, 0)), pdf);
        } finally {
            temporary.destroy();
        }
        Files.createDirectories(Path.of("target"));
        Files.copy(pdf, Path.of("target/booklet-years.pdf"), StandardCopyOption.REPLACE_EXISTING);

        List<String> overview = PdfText.linesOfPage(pdf, "方針1市民参加の推進プラン3件");
        assertThat(overview).contains("経年比較（令和2年度～令和4年度）",
                "プラン プラン名 令和2年度 令和3年度 令和4年度 前年度比 備考",
                "1 市民参加と多様な主体との連携・協働の推進 C B A ↑ 上昇",
                "2 地域コミュニティ活動の支援 C A B ↓ 低下",
                "3 長い記述のあるプラン A 新規",
                "年次評価ごとのプラン数（A／B／C） 0／0／2 1／1／0 2／1／0", "年次評価・進捗見込の集計");
        assertThat(PdfText.linesOfPage(pdf, "方針2行財政運営の改革プラン2件")).contains("4 公文書管理の推進 C B C ↓ 低下", "5 提出されていないプラン 新規");
        // plan 2's sheet (A last year) carries it in its header; plan 3, without a sheet last year, does not
        assertThat(PdfText.linesOfPage(pdf, "前年度（令和3年度）の年次評価A")).anyMatch(l -> l.contains("地域コミュニティ活動の支援"));
        assertThat(PdfText.linesOfPage(pdf, "プラン3の内容。")).noneMatch(l -> l.contains("前年度"));
    }

    private static PlanSheet graded(PlanSheet s, int year, String grade) {
        return new PlanSheet(year, s.policyNo(), s.policyTitle(), s.initiativeCode(), s.initiativeTitle(), s.planNo(),
                s.planTitle(), s.departments(), s.contacts(), s.content(), s.annualPlan(), s.firstHalf(), s.secondHalf(),
                grade, s.summary(), s.notes());
    }
}
