package jp.planreport.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.planreport.model.HalfYear;
import jp.planreport.model.Note;
import jp.planreport.model.PlanSheet;
import jp.planreport.model.ProgressMark;

/** Two versions of a plan sheet compared: what changed is listed, and nothing else. */
class PlanSheetDiffTest {

    @Test
    void listsAddedRemovedAndChangedItemsAndTheMarkAndGradeChanges() {
        PlanSheet before = sheet(List.of("説明会を開く", "意見を集める", "結果を公表する"), ProgressMark.ON_PLAN, "B",
                List.of("※1 パブコメ：意見公募"));
        PlanSheet after = sheet(List.of("説明会を2回開く", "意見を集める", "結果を公表する", "報告書を作る"), ProgressMark.AHEAD,
                "A", List.of());

        List<PlanSheetDiff.Change> changes = PlanSheetDiff.between(before, after);

        assertThat(changes).extracting(PlanSheetDiff.Change::description).containsExactly(
                "前期 取組計画（PLAN）: 項目を変更「説明会を開く」→「説明会を2回開く」",
                "前期 取組計画（PLAN）: 項目を追加「報告書を作る」",
                "前期 進捗見込（CHECK）: ○ → ◎",
                "年次評価: B → A",
                "注記: 項目を削除「※1 パブコメ：意見公募」");
        assertThat(changes).extracting(PlanSheetDiff.Change::kind).containsExactly(PlanSheetDiff.Kind.CHANGED,
                PlanSheetDiff.Kind.ADDED, PlanSheetDiff.Kind.CHANGED, PlanSheetDiff.Kind.CHANGED, PlanSheetDiff.Kind.REMOVED);
    }

    @Test
    void removedItemsInTheMiddleAndAMarkGivenForTheFirstTime() {
        PlanSheet before = sheet(List.of("一", "二", "三"), null, "A", List.of());
        PlanSheet after = sheet(List.of("一", "三"), ProgressMark.BEHIND, "A", List.of());

        assertThat(PlanSheetDiff.between(before, after)).extracting(PlanSheetDiff.Change::description).containsExactly(
                "前期 取組計画（PLAN）: 項目を削除「二」", "前期 進捗見込（CHECK）: （なし） → △");
    }

    @Test
    void twoVersionsThatSayTheSameHaveNoChanges() {
        PlanSheet sheet = sheet(List.of("一"), ProgressMark.ON_PLAN, "A", List.of());

        assertThat(PlanSheetDiff.between(sheet, sheet(List.of("一"), ProgressMark.ON_PLAN, "A", List.of()))).isEmpty();
    }

    private static PlanSheet sheet(List<String> h1Plan, ProgressMark mark, String grade, List<String> notes) {
        return new PlanSheet(2022, 1, "方針", "1-1", "取組", 1, "プラン", List.of("企画経営課"), List.of("042-000-0000"),
                "内容の段落", List.of("年度の計画"), new HalfYear(h1Plan, List.of("実績"), mark, List.of("方向性")),
                new HalfYear(List.of("後期の計画"), List.of("後期の実績"), null, List.of()), grade, List.of("総括"),
                notes.stream().map(n -> new Note(n.substring(0, 2), n.substring(3))).toList());
    }
}
