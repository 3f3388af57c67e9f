package jp.planreport.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import jp.planreport.model.HalfYear;
import jp.planreport.model.PlanMaster;
import jp.planreport.model.PlanMasterEntry;
import jp.planreport.model.PlanSheet;
import jp.planreport.model.ProgressMark;

/** Plans matched over three years: by number, renumbered, merged, new and ended; the direction of the grade. */
class YearsComparisonTest {

    private static final List<String> SCALE = List.of("A", "B", "C");

    @Test
    void matchesByNumberAndByPreviousPlanNumbersOverThreeYears() {
        // FY2021: plan 7 continued FY2020's 3; FY2022: plan 3 continues 7, plan 5 merges 5 and 9, plan 6 is new
        PlanMaster lastYearMaster = master(2021, plan(1, List.of(1)), plan(7, List.of(3)), plan(5, List.of(5)),
                plan(9, List.of()), plan(8, List.of(8)));
        PlanMaster master = master(2022, plan(1, List.of(1)), plan(3, List.of(7)), plan(5, List.of(5, 9)), plan(6, List.of()));
        Map<Integer, PlanSheet> now = Map.of(1, sheet(2022, 1, "A"), 3, sheet(2022, 3, "C"), 5, sheet(2022, 5, "B"),
                6, sheet(2022, 6, "A"));
        Map<Integer, PlanSheet> lastYear = Map.of(1, sheet(2021, 1, "B"), 7, sheet(2021, 7, "B"), 5, sheet(2021, 5, "A"),
                9, sheet(2021, 9, "C"), 8, sheet(2021, 8, "A"));
        Map<Integer, PlanSheet> yearBefore = Map.of(1, sheet(2020, 1, "B"), 3, sheet(2020, 3, "A"), 5, sheet(2020, 5, "C"));

        YearsComparison years = YearsComparison.of(master, now, lastYear, yearBefore, Optional.of(lastYearMaster), SCALE);

        assertThat(years.shown()).isTrue();
        assertThat(years.plans()).extracting(p -> p.planNo() + " " + p.years().get(0).grades() + "/"
                        + p.years().get(1).grades() + "/" + p.years().get(2).grades() + " " + p.status() + " "
                        + (p.direction() == null ? "-" : p.direction().words()))
                .containsExactly("1 B/B/A  上昇", "3 A/B/C  低下", "5 C/A・C/B  -", "6 //A 新規 -", "8 /A/ 終了 -");
        assertThat(years.plan(3).orElseThrow().lastYear().planNos()).isEqualTo("7");
        assertThat(years.gradeCounts(0, 2021)).containsExactly(Map.entry("A", 2L), Map.entry("B", 2L), Map.entry("C", 1L));
        assertThat(years.plan(1).orElseThrow().lastYear().marks(PlanSheet::firstHalf)).isEqualTo("○");
    }

    @Test
    void withoutLastYearsMasterPlansContinueByNumberAndNothingEarlierMeansNothingShown() {
        PlanMaster master = master(2022, plan(1, List.of(1)), plan(2, List.of(2)));
        Map<Integer, PlanSheet> now = Map.of(1, sheet(2022, 1, "B"), 2, sheet(2022, 2, "B"));

        YearsComparison years = YearsComparison.of(master, now, Map.of(1, sheet(2021, 1, "B")),
                Map.of(1, sheet(2020, 1, "A")), Optional.empty(), SCALE);

        assertThat(years.plans()).extracting(p -> p.planNo() + " " + p.years().get(0).grades() + " " + p.status() + " "
                + p.direction()).containsExactly("1 A  SAME", "2  新規 null");
        assertThat(YearsComparison.of(master, now, Map.of(), Map.of(), Optional.empty(), SCALE).shown()).isFalse();
    }

    private static PlanMaster master(int year, PlanMasterEntry... plans) {
        return new PlanMaster(Path.of("plans.csv"), year, List.of(plans));
    }

    private static PlanMasterEntry plan(int planNo, List<Integer> previous) {
        return new PlanMasterEntry(1, "方針", "1-1", "取組", planNo, "プラン" + planNo, List.of("企画経営課"), previous);
    }

    private static PlanSheet sheet(int year, int planNo, String grade) {
        HalfYear half = new HalfYear(List.of("計画"), List.of("実績"), ProgressMark.ON_PLAN, List.of());
        return new PlanSheet(year, 1, "方針", "1-1", "取組", planNo, "プラン" + planNo, List.of("企画経営課"), List.of(),
                "内容", List.of("年度の計画"), half, half, grade, List.of("総括"), List.of());
    }
}
