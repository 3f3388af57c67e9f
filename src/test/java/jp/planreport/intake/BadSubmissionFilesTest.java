package jp.planreport.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.planreport.model.Finding;
import jp.planreport.model.FindingCode;
import jp.planreport.model.PlanSheetField;
import jp.planreport.model.Severity;
import jp.planreport.config.IntakeProperties;
import jp.planreport.service.IntakeResult;
import jp.planreport.service.SubmissionIntake;

/**
 * One test per kind of bad submission: each gives exactly one finding naming the file (and the
 * sheet and field where there is one), keeps its plan out, and throws nothing. The bad files are
 * made by {@link BadWorkbooks} from a good workbook.
 */
class BadSubmissionFilesTest {

    @TempDir
    Path dir;

    private final PlanSheetValidator validator = new PlanSheetValidator(SheetFixtures.master(), SheetFixtures.GRADES, true);

    /** Reading alone: nothing is stored, nothing is published. */
    private final SubmissionIntake intake = new SubmissionIntake(null, event -> { }, IntakeProperties.DEFAULTS);

    // ---- the file itself

    @Test
    void anEmptyFile() throws Exception {
        assertFileRefused(BadWorkbooks.empty(dir.resolve("空.xlsx")), "EMPTY_FILE", Severity.ERROR);
    }

    @Test
    void aFileThatIsNotAZip() throws Exception {
        assertFileRefused(BadWorkbooks.notAZip(dir.resolve("名前だけ.xlsx")), "UNREADABLE_WORKBOOK", Severity.ERROR);
    }

    @Test
    void aTruncatedWorkbook() throws Exception {
        assertFileRefused(BadWorkbooks.truncated(dir.resolve("途中まで.xlsx"), 5), "TRUNCATED_WORKBOOK", Severity.ERROR);
    }

    @Test
    void aCorruptWorkbook() throws Exception {
        assertFileRefused(BadWorkbooks.corrupt(dir.resolve("壊れた.xlsx"), 5), "CORRUPT_WORKBOOK", Severity.ERROR);
    }

    @Test
    void aZipBombIsRefusedQuicklyWithoutExpandingIt() throws Exception {
        Path bomb = BadWorkbooks.zipBomb(dir.resolve("爆弾.xlsx"), 5);
        assertThat(Files.size(bomb)).as("small on disk").isLessThan(1_000_000);
        long start = System.nanoTime();
        assertFileRefused(bomb, "ZIP_BOMB", Severity.ERROR);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        // one that admits its size in the zip directory is refused before anything is inflated
        assertFileRefused(BadWorkbooks.zipBomb(dir.resolve("大きな爆弾.xlsx"), 5, 64), "ZIP_BOMB", Severity.ERROR);
    }

    @Test
    void aPartLargerThanTheLimitIsRefusedUnread() throws Exception {
        assertFileRefused(BadWorkbooks.oversized(dir.resolve("巨大.xlsx"), 5), "WORKBOOK_TOO_LARGE", Severity.ERROR);
    }

    @Test
    void aPasswordProtectedWorkbook() throws Exception {
        assertFileRefused(BadWorkbooks.passwordProtected(dir.resolve("暗号化.xlsx"), 5), "PASSWORD_PROTECTED", Severity.ERROR);
    }

    @Test
    void aMacroWorkbookRenamedToXlsx() throws Exception {
        assertFileRefused(BadWorkbooks.macroEnabled(dir.resolve("マクロ.xlsx"), 5), "MACRO_ENABLED", Severity.ERROR);
    }

    @Test
    void anOldXlsWorkbookRenamedToXlsx() throws Exception {
        assertFileRefused(BadWorkbooks.xlsRenamed(dir.resolve("旧形式.xlsx")), "XLS_RENAMED", Severity.ERROR);
    }

    @Test
    void aWorkbookWithoutPlanSheets() throws Exception {
        assertFileRefused(BadWorkbooks.noPlanSheet(dir.resolve("白紙.xlsx")), "NO_PLAN_SHEET", Severity.WARNING);
    }

    @Test
    void filesThatAreNotXlsxAreNamedBySortAndNeverOpened() throws Exception {
        // real workbooks under other names: still skipped, judged by the name the office sees
        Path good = BadWorkbooks.good(dir.resolve("good.xlsx"), 5);
        for (String name : List.of("総務課.xls", "総務課.xlsm", "総務課.csv")) {
            Path file = Files.copy(good, dir.resolve(name));
            assertFileRefused(file, "NOT_XLSX", Severity.WARNING);
        }
        assertThat(read(new SubmissionFile(dir.resolve("総務課.csv"), "総務課.csv")).findings().get(0).message())
                .startsWith("CSV ファイルのため読み込みませんでした。");
    }

    @Test
    void lockFilesAndHiddenFilesAreSkippedWithANotice() throws Exception {
        Path good = BadWorkbooks.good(dir.resolve("good.xlsx"), 5);
        assertFileRefused(Files.copy(good, dir.resolve("~$総務課.xlsx")), "LOCK_OR_HIDDEN_FILE", Severity.NOTICE);
        assertFileRefused(Files.copy(good, dir.resolve(".総務課.xlsx")), "LOCK_OR_HIDDEN_FILE", Severity.NOTICE);
        Files.createDirectories(dir.resolve(".trash"));
        Path inHiddenFolder = Files.copy(good, dir.resolve(".trash").resolve("総務課.xlsx"));
        IntakeResult result = read(new SubmissionFile(inHiddenFolder, ".trash/総務課.xlsx"));
        assertThat(result.findings()).extracting(Finding::code).containsExactly("LOCK_OR_HIDDEN_FILE");
    }

    // ---- one sheet's content

    @Test
    void aMissingDefinedName() throws Exception {
        assertSheetFinding(BadWorkbooks.withoutName(dir.resolve("名前なし.xlsx"), 5, PlanSheetField.GRADE),
                "MISSING_NAME", "grade", false);
    }

    @Test
    void anUnknownPlan() throws Exception {
        Path file = BadWorkbooks.changed(dir.resolve("番号違い.xlsx"), 5, v -> v.put(PlanSheetField.PLAN_NO, "99"));
        assertSheetFinding(file, "UNKNOWN_PLAN", "plan_no", false);
    }

    @Test
    void aTitleThatDisagreesWithTheMaster() throws Exception {
        Path file = BadWorkbooks.changed(dir.resolve("題名違い.xlsx"), 5, v -> v.put(PlanSheetField.PLAN_TITLE, "公文書管理の推進"));
        Finding finding = assertSheetFinding(file, "TITLE_MISMATCH", "plan_title", false);
        assertThat(finding.message()).contains("公文書管理の推進", "適正な公文書管理の推進");
    }

    @Test
    void theFiscalYearOfAnotherFolder() throws Exception {
        Path file = BadWorkbooks.changed(dir.resolve("前年度.xlsx"), 5, v -> v.put(PlanSheetField.FISCAL_YEAR, "令和3年度"));
        Finding finding = assertSheetFinding(file, "WRONG_FISCAL_YEAR", "fiscal_year", false);
        assertThat(finding.message()).contains("令和3年度", "令和4年度");
    }

    @Test
    void anInvalidProgressMark() throws Exception {
        Path file = BadWorkbooks.changed(dir.resolve("記号.xlsx"), 5, v -> v.put(PlanSheetField.H1_PROGRESS, "×"));
        assertSheetFinding(file, "INVALID_MARK", "h1_progress", false);
    }

    @Test
    void anInvalidGrade() throws Exception {
        Path file = BadWorkbooks.changed(dir.resolve("評価.xlsx"), 5, v -> v.put(PlanSheetField.GRADE, "S"));
        assertSheetFinding(file, "INVALID_GRADE", "grade", false);
    }

    @Test
    void anOverLongCell() throws Exception {
        Path file = BadWorkbooks.changed(dir.resolve("長文.xlsx"), 5,
                v -> v.put(PlanSheetField.SUMMARY, "○" + "あ".repeat(IntakeLimits.DEFAULTS.maxTextLength())));
        Finding finding = assertSheetFinding(file, "TEXT_TOO_LONG", "summary", false);
        assertThat(finding.message()).contains("10,001", "10,000");
    }

    @Test
    void controlCharactersAreRemovedWithAWarningAndTheSheetIsKept() throws Exception {
        // Excel keeps a control character in the file as _x0007_; POI reads that back as U+0007
        Path file = BadWorkbooks.changed(dir.resolve("制御文字.xlsx"), 5,
                v -> v.put(PlanSheetField.H1_RESULT, "○Word から_x0007_貼り付けた実績"));
        assertSheetFinding(file, "CONTROL_CHARACTERS", "h1_result", true);
        IntakeResult result = read(new SubmissionFile(file, "制御文字.xlsx"));
        assertThat(result.sheets().get(0).sheet().firstHalf().result()).containsExactly("Word から貼り付けた実績");
    }

    @Test
    void aMarkerWithoutANote() throws Exception {
        Path file = BadWorkbooks.changed(dir.resolve("注記なし.xlsx"), 5,
                v -> v.put(PlanSheetField.H1_PLAN, "○電子決裁※2 の拡大"));
        assertSheetFinding(file, "MARKER_WITHOUT_NOTE", "notes", true);
    }

    @Test
    void aNoteWithoutAMarker() throws Exception {
        Path file = BadWorkbooks.changed(dir.resolve("記号なし.xlsx"), 5,
                v -> v.put(PlanSheetField.NOTES, v.get(PlanSheetField.NOTES) + "\n※3 電子決裁：紙を使わない決裁"));
        assertSheetFinding(file, "NOTE_WITHOUT_MARKER", "notes", true);
    }

    @Test
    void theGoodWorkbookBehindAllOfThemHasNoFindings() throws Exception {
        IntakeResult result = read(new SubmissionFile(BadWorkbooks.good(dir.resolve("総務課.xlsx"), 5), "総務課.xlsx"));
        assertThat(result.findings()).isEmpty();
        assertThat(result.sheets()).singleElement().satisfies(s -> assertThat(s.accepted()).isTrue());
    }

    private void assertFileRefused(Path file, String code, Severity severity) {
        String name = file.getFileName().toString();
        IntakeResult result = read(new SubmissionFile(file, name));
        assertThat(result.sheets()).as(code + ": nothing read").isEmpty();
        assertThat(result.findings()).as(name).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(code);
            assertThat(f.severity()).isEqualTo(severity);
            assertThat(f.file()).isEqualTo(name);
            assertThat(f.message()).isEqualTo(FindingCode.valueOf(code).message("", detailOf(code, file)));
        });
    }

    private static Object detailOf(String code, Path file) {
        return switch (code) {
            case "NOT_XLSX" -> new SubmissionFile(file, file.getFileName().toString()).kindLabel();
            case "WORKBOOK_TOO_LARGE" -> IntakeLimits.DEFAULTS.maxPartBytes() / 1024 / 1024 + " MB";
            default -> null;
        };
    }

    private Finding assertSheetFinding(Path file, String code, String field, boolean accepted) {
        String name = file.getFileName().toString();
        IntakeResult result = read(new SubmissionFile(file, name));
        assertThat(result.findings()).as(name).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(code);
            assertThat(f.file()).isEqualTo(name);
            assertThat(f.sheet()).isEqualTo("プラン5");
            assertThat(f.field()).isEqualTo(field);
            assertThat(f.message()).doesNotContain("null").matches(".*[ぁ-んァ-ン].*");
        });
        assertThat(result.sheets()).singleElement().satisfies(s -> assertThat(s.accepted()).as(code).isEqualTo(accepted));
        return result.findings().get(0);
    }

    private IntakeResult read(SubmissionFile file) {
        return intake.read(file, validator);
    }
}
