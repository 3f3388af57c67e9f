package jp.planreport.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import jp.planreport.model.Finding;
import jp.planreport.model.Note;
import jp.planreport.model.PlanSheet;
import jp.planreport.model.ProgressMark;
import jp.planreport.model.Severity;

class PlanSheetValidatorTest {

    private final PlanSheetValidator validator = new PlanSheetValidator(SheetFixtures.master(), SheetFixtures.GRADES, true);

    private ValidatedSheet validate(int planNo, Consumer<Map<String, String>> change) {
        Map<String, String> values = new HashMap<>();
        SheetFixtures.complete(planNo).forEach((k, v) -> values.put(k.definedName(), v));
        change.accept(values);
        return validator.validate(new RawPlanSheet("総務課.xlsx", "プラン5", values));
    }

    @Test
    void aCompleteSheetIsAcceptedWithItsItemsMarksAndGrade() {
        ValidatedSheet result = validate(5, v -> v.put("h2_progress", "〇"));
        assertThat(result.findings()).isEmpty();
        PlanSheet sheet = result.sheet();
        assertThat(sheet.planNo()).isEqualTo(5);
        assertThat(sheet.fiscalYear()).isEqualTo(2022);
        assertThat(sheet.annualPlan()).containsExactly("年度計画の一つ目", "年度計画の二つ目");
        assertThat(sheet.firstHalf().progress()).isEqualTo(ProgressMark.ON_PLAN);
        assertThat(sheet.secondHalf().progress()).isEqualTo(ProgressMark.ON_PLAN);
        assertThat(sheet.secondHalf().action()).isEmpty();
        assertThat(sheet.grade()).isEqualTo("A");
        assertThat(sheet.notes()).extracting(Note::marker).containsExactly("※");
    }

    @Test
    void aRollupTakesASheetStillBeingWrittenAndKnowsWhetherTheYearEndRulesWouldToo() {
        PlanSheetValidator rollup = new PlanSheetValidator(SheetFixtures.master(), SheetFixtures.GRADES, false);
        Map<String, String> values = new HashMap<>();
        SheetFixtures.complete(5).forEach((k, v) -> values.put(k.definedName(), v));
        ValidatedSheet complete = rollup.validate(new RawPlanSheet("総務課.xlsx", "プラン5", values));
        assertThat(complete.meetsYearEndRules()).isTrue();

        values.put("summary", " ");
        ValidatedSheet halfWritten = rollup.validate(new RawPlanSheet("総務課.xlsx", "プラン5", values));
        assertThat(halfWritten.accepted()).isTrue();
        // said once for the sheet, as a notice: what the year-end compilation will still need
        assertThat(halfWritten.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("NOT_YET_WRITTEN");
            assertThat(f.severity()).isEqualTo(Severity.NOTICE);
            assertThat(f.sheet()).isEqualTo("プラン5");
            assertThat(f.message()).isEqualTo("まだ記入されていない欄があります（「今年度の総括」）。年度末の取りまとめまでに記入してください。");
        });
        values.put("grade", "");
        assertThat(rollup.validate(new RawPlanSheet("総務課.xlsx", "プラン5", values)).findings())
                .singleElement().extracting(Finding::message).asString().contains("（「年次評価」、「今年度の総括」）");
        assertThat(halfWritten.meetsYearEndRules()).as("the year-end rules refuse a blank 総括").isFalse();
        assertThat(validator.validate(new RawPlanSheet("総務課.xlsx", "プラン5", values)).findings())
                .as("the year-end rules say REQUIRED_BLANK per field instead").extracting(Finding::code)
                .containsExactly("REQUIRED_BLANK", "REQUIRED_BLANK");
    }

    @Test
    void fullWidthNumbersCodesAndGradesAreRead() {
        ValidatedSheet result = validate(5, v -> {
            v.put("plan_no", "５");
            v.put("policy_no", "１");
            v.put("initiative_code", "１－３");
            v.put("grade", "Ａ");
            v.put("fiscal_year", "Ｒ４");
        });
        assertThat(result.findings()).isEmpty();
        assertThat(result.sheet().grade()).isEqualTo("A");
    }

    @Test
    void eachRuleBreakIsAFindingNamingFileSheetAndField() {
        assertFinding(validate(5, v -> v.remove("summary")), "MISSING_NAME", "summary");
        assertFinding(validate(5, v -> v.put("h1_result", " \n ")), "REQUIRED_BLANK", "h1_result");
        assertFinding(validate(5, v -> v.put("plan_no", "99")), "UNKNOWN_PLAN", "plan_no");
        assertFinding(validate(5, v -> v.put("plan_no", "五")), "INVALID_NUMBER", "plan_no");
        assertFinding(validate(5, v -> v.put("plan_title", "別の題名")), "TITLE_MISMATCH", "plan_title");
        assertFinding(validate(5, v -> v.put("fiscal_year", "令和3年度")), "WRONG_FISCAL_YEAR", "fiscal_year");
        assertFinding(validate(5, v -> v.put("fiscal_year", "昨年度")), "INVALID_FISCAL_YEAR", "fiscal_year");
        assertFinding(validate(5, v -> v.put("h1_progress", "×")), "INVALID_MARK", "h1_progress");
        assertFinding(validate(5, v -> v.put("grade", "S")), "INVALID_GRADE", "grade");
    }

    @Test
    void warningsDoNotStopASheet() {
        ValidatedSheet control = validate(5, v -> v.put("content", "内容\u0007です。非現用文書※"));
        assertThat(control.accepted()).isTrue();
        assertThat(control.sheet().content()).isEqualTo("内容です。非現用文書※");
        assertFinding(control, "CONTROL_CHARACTERS", "content");

        ValidatedSheet unmatched = validate(5, v -> v.put("notes", "※1 使われていない注記"));
        assertThat(unmatched.accepted()).isTrue();
        assertThat(unmatched.findings()).extracting(Finding::code)
                .containsExactlyInAnyOrder("MARKER_WITHOUT_NOTE", "NOTE_WITHOUT_MARKER");
    }

    @Test
    void aCharacterNoBundledFontHasIsAWarningNamingThePlanTheFieldAndTheCharacter() {
        ValidatedSheet result = validate(5, v -> {
            v.put("summary", "○笑顔😀で確認✔\n○𠮷田さんと葛\uDB40\uDD00飾区");
            v.put("h1_result", "○もう一度😀");
            v.put("plan_title", v.get("plan_title")); // header text prints from the plan master: not said here
        });
        assertThat(result.accepted()).as("a warning does not stop the sheet").isTrue();
        assertThat(result.sheet().summary()).as("the text is kept as written")
                .containsExactly("笑顔😀で確認✔", "𠮷田さんと葛\uDB40\uDD00飾区");
        assertThat(result.findings()).extracting(Finding::code, Finding::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple("UNPRINTABLE_CHARACTERS", "h1_result"),
                org.assertj.core.groups.Tuple.tuple("UNPRINTABLE_CHARACTERS", "summary"),
                org.assertj.core.groups.Tuple.tuple("VARIATION_SELECTORS", "summary"));
        Finding summary = result.findings().get(1);
        assertThat(summary.severity()).isEqualTo(Severity.WARNING);
        assertThat(summary.message()).isEqualTo("プラン5の欄「今年度の総括」の 「😀」（U+1F600）、「✔」（U+2714） は、"
                + "冊子（PDF）の書体にない文字のため印刷できません（冊子では 〓 と印刷されます）。別の文字や言葉に書き換えてください。");
        Finding variant = result.findings().get(2);
        assertThat(variant.severity()).isEqualTo(Severity.NOTICE);
        assertThat(variant.message()).startsWith("プラン5の欄「今年度の総括」の 「葛\uDB40\uDD00」（U+845B U+E0100） には字形を選ぶ記号");
    }

    @Test
    void messagesAreJapaneseForTheClerk() {
        Finding f = validate(5, v -> v.put("grade", "S")).findings().get(0);
        assertThat(f.message()).isEqualTo("年次評価「S」は使えません。A、B、C のいずれか 1 つを記入してください。");
        assertThat(f.describe()).startsWith("エラー  総務課.xlsx › プラン5 › grade: ").endsWith("[INVALID_GRADE]");
    }

    private static void assertFinding(ValidatedSheet result, String code, String field) {
        assertThat(result.findings()).as(code).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo(code);
            assertThat(f.field()).isEqualTo(field);
            assertThat(f.file()).isEqualTo("総務課.xlsx");
            assertThat(f.sheet()).isEqualTo("プラン5");
        });
        if (code.equals("CONTROL_CHARACTERS")) {
            return;
        }
        assertThat(result.accepted()).as(code + " keeps the sheet out").isFalse();
    }
}
