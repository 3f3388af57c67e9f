package jp.planreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Autowired;

import jp.planreport.job.RunTarget;
import jp.planreport.FunctionalTest;
import jp.planreport.config.PlanReportProperties;
import jp.planreport.intake.BadWorkbooks;
import jp.planreport.intake.Checksums;
import jp.planreport.intake.SubmissionFolder;
import jp.planreport.job.JobParameterNames;
import jp.planreport.model.Finding;
import jp.planreport.model.PlanSheetField;
import jp.planreport.store.PlanSheetVersion;
import jp.planreport.store.SubmissionStore;

/**
 * {@code validate} on a folder holding one good workbook and one file of each bad kind: one finding
 * per bad file, the good plan accepted and stored, nothing from the bad files stored, no report
 * written; then the compilation (allowing the missing plan) prints the good plan.
 */
class ValidateCommandFunctionalTests extends FunctionalTest {

    /** plans 2 (協働推進課) and 5 (総務課) of the test master, as the office would keep them. */
    private static final String PLANS_CSV = """
            policy_no,policy_title,initiative_code,initiative_title,plan_no,plan_title,departments
            1,参加と協働のまちづくりの実践,1-2,参加と協働の推進のための環境整備,2,市民活動・地域コミュニティ活動に関する支援の推進,協働推進課
            1,参加と協働のまちづくりの実践,1-3,市政情報の積極的な提供,5,適正な公文書管理の推進,総務課
            """;

    @Autowired
    ValidateCommand validateCommand;

    @Autowired
    PlanReportProperties properties;

    @Autowired
    SubmissionStore store;

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;

    @Autowired
    @Qualifier("yearEndCompilationJob")
    Job yearEndCompilationJob;

    @BeforeEach
    void launchTheYearEndCompilation() {
        jobOperatorTestUtils.setJob(yearEndCompilationJob);
    }

    @Test
    void oneFindingPerBadFileTheGoodPlanStoredAndCompiledNothingFromTheBadOnes() throws Exception {
        Path input = work.resolve("input");
        Path output = work.resolve("output");
        Path year = Files.createDirectories(input.resolve("2022"));
        Files.writeString(year.resolve("plans.csv"), PLANS_CSV, StandardCharsets.UTF_8);
        Path in = Files.createDirectories(year.resolve("submissions"));
        Files.createDirectories(in.resolve("旧"));

        BadWorkbooks.good(in.resolve("協働推進課.xlsx"), 2);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("空.xlsx", "EMPTY_FILE");
        BadWorkbooks.empty(in.resolve("空.xlsx"));
        expected.put("名前だけ.xlsx", "UNREADABLE_WORKBOOK");
        BadWorkbooks.notAZip(in.resolve("名前だけ.xlsx"));
        expected.put("途中まで.xlsx", "TRUNCATED_WORKBOOK");
        BadWorkbooks.truncated(in.resolve("途中まで.xlsx"), 5);
        expected.put("壊れた.xlsx", "CORRUPT_WORKBOOK");
        BadWorkbooks.corrupt(in.resolve("壊れた.xlsx"), 5);
        expected.put("爆弾.xlsx", "ZIP_BOMB");
        BadWorkbooks.zipBomb(in.resolve("爆弾.xlsx"), 5);
        expected.put("暗号化.xlsx", "PASSWORD_PROTECTED");
        BadWorkbooks.passwordProtected(in.resolve("暗号化.xlsx"), 5);
        expected.put("マクロ.xlsx", "MACRO_ENABLED");
        BadWorkbooks.macroEnabled(in.resolve("マクロ.xlsx"), 5);
        expected.put("旧形式.xlsx", "XLS_RENAMED");
        BadWorkbooks.xlsRenamed(in.resolve("旧形式.xlsx"));
        expected.put("白紙.xlsx", "NO_PLAN_SHEET");
        BadWorkbooks.noPlanSheet(in.resolve("白紙.xlsx"));
        Path good5 = BadWorkbooks.good(work.resolve("good5.xlsx"), 5);
        for (String name : List.of("総務課.xls", "総務課.xlsm", "総務課.csv")) {
            expected.put(name, "NOT_XLSX");
            Files.copy(good5, in.resolve(name));
        }
        expected.put("~$総務課.xlsx", "LOCK_OR_HIDDEN_FILE");
        Files.copy(good5, in.resolve("~$総務課.xlsx"));
        expected.put(".総務課.xlsx", "LOCK_OR_HIDDEN_FILE");
        Files.copy(good5, in.resolve(".総務課.xlsx"));
        expected.put("旧/名前なし.xlsx", "MISSING_NAME");
        BadWorkbooks.withoutName(in.resolve("旧/名前なし.xlsx"), 5, PlanSheetField.SUMMARY);
        expected.put("番号違い.xlsx", "UNKNOWN_PLAN");
        BadWorkbooks.changed(in.resolve("番号違い.xlsx"), 5, v -> v.put(PlanSheetField.PLAN_NO, "99"));
        expected.put("題名違い.xlsx", "TITLE_MISMATCH");
        BadWorkbooks.changed(in.resolve("題名違い.xlsx"), 5, v -> v.put(PlanSheetField.POLICY_TITLE, "参加と協働"));
        expected.put("前年度.xlsx", "WRONG_FISCAL_YEAR");
        BadWorkbooks.changed(in.resolve("前年度.xlsx"), 5, v -> v.put(PlanSheetField.FISCAL_YEAR, "2021"));
        expected.put("記号.xlsx", "INVALID_MARK");
        BadWorkbooks.changed(in.resolve("記号.xlsx"), 5, v -> v.put(PlanSheetField.H2_PROGRESS, "○○"));
        expected.put("評価.xlsx", "INVALID_GRADE");
        BadWorkbooks.changed(in.resolve("評価.xlsx"), 5, v -> v.put(PlanSheetField.GRADE, "AA"));
        expected.put("長文.xlsx", "TEXT_TOO_LONG");
        BadWorkbooks.changed(in.resolve("長文.xlsx"), 5, v -> v.put(PlanSheetField.H1_RESULT, "長".repeat(20_000)));

        RunTarget yearInput = CommandLineOptions.parse(
                new String[] {"validate", "--input=" + input}).target(properties, "検証").orElseThrow();
        ValidateCommand.Outcome outcome = validateCommand.validate(yearInput);

        assertThat(outcome.files()).hasSize(expected.size() + 1);
        ValidateCommand.FileReport good = outcome.files().stream().filter(f -> f.file().equals("協働推進課.xlsx"))
                .findFirst().orElseThrow();
        assertThat(good.findings()).isEmpty();
        assertThat(good.accepted()).containsExactly(2);
        assertThat(good.department()).isEqualTo("協働推進課");
        expected.forEach((file, code) -> {
            ValidateCommand.FileReport report = outcome.files().stream().filter(f -> f.file().equals(file)).findFirst().orElseThrow();
            assertThat(report.findings()).as(file).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo(code);
                assertThat(f.file()).isEqualTo(file);
            });
            assertThat(report.accepted()).as(file).isEmpty();
        });
        assertThat(outcome.unaccepted()).containsOnlyKeys("総務課");
        assertThat(outcome.unaccepted().get("総務課")).as("plan 5 came in, with errors").singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("INVALID_SUBMISSION");
            assertThat(f.message()).contains("プラン 5「適正な公文書管理の推進」", "ほか");
        });
        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.REFUSED);

        assertThat(store.versions(2022, 2)).extracting(PlanSheetVersion::sourceFile).containsExactly("協働推進課.xlsx");
        assertThat(store.countVersions(2022, 5)).isZero();
        assertThat(store.countVersions(2022, 99)).isZero();
        assertThat(output).as("validate writes no report").doesNotExist();

        // the same folder again adds nothing; a newer but invalid copy of plan 2 replaces nothing
        assertThat(validateCommand.run(CommandLineOptions.parse(new String[] {"validate", "--input=" + input})))
                .isEqualTo(ExitCodes.REFUSED);
        Path invalid = BadWorkbooks.changed(in.resolve("協働推進課_修正版.xlsx"), 2, v -> {
            v.put(PlanSheetField.GRADE, "Z");
            v.put(PlanSheetField.CONTENT, "差し替えようとした内容");
        });
        Files.setLastModifiedTime(invalid, FileTime.from(Instant.now().plusSeconds(60)));
        validateCommand.validate(yearInput);
        assertThat(store.versions(2022, 2)).extracting(PlanSheetVersion::sourceFile).containsExactly("協働推進課.xlsx");
        Files.delete(invalid);

        JobExecution execution = jobOperatorTestUtils.startJob(new JobParametersBuilder()
                .addLong(JobParameterNames.FISCAL_YEAR, 2022L)
                .addString(JobParameterNames.INPUT, input.toString())
                .addString(JobParameterNames.OUTPUT, output.toString())
                .addString(JobParameterNames.INPUT_DIGEST, Checksums.of(SubmissionFolder.of(input, 2022)))
                .addString(JobParameterNames.ALLOW_INCOMPLETE, "true")
                .toJobParameters());
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        try (PDDocument pdf = Loader.loadPDF(output.resolve("2022").resolve("report-2022.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("[\\s\\u3000]+", "");
            assertThat(text.contains("プラン2の内容です。")).as("the good plan is printed").isTrue();
            assertThat(text.contains("差し替えようとした内容")).isFalse();
        }
        assertThat(output.resolve("2022").resolve("summary-2022.xlsx")).exists();
    }

    @Test
    void theFindingsAreTheOutputAndASheetWithErrorsIsNotCalledUnsubmitted() throws Exception {
        // a year of its own: the store holds no sheet of it from the other tests
        Path input = work.resolve("input");
        Path year = Files.createDirectories(input.resolve("2023"));
        Files.writeString(year.resolve("plans.csv"), PLANS_CSV, StandardCharsets.UTF_8);
        Path in = Files.createDirectories(year.resolve("submissions"));
        BadWorkbooks.changed(in.resolve("総務課.xlsx"), 5, v -> {
            v.put(PlanSheetField.FISCAL_YEAR, "令和5年度");
            v.remove(PlanSheetField.GRADE);
        });

        String stdout;
        String stderr;
        int status;
        try (Console.Captured console = Console.capture()) {
            status = validateCommand.run(CommandLineOptions.parse(
                    new String[] {"validate", "--input=" + input, "--fiscal-year=2023"}));
            stdout = console.stdout();
            stderr = console.stderr();
        }

        assertThat(status).isEqualTo(ExitCodes.REFUSED);
        assertThat(stdout).as("validate > findings.txt keeps the findings")
                .contains("■ 総務課", "総務課.xlsx  受付: なし", "欄「年次評価」が未記入です。", "[REQUIRED_BLANK]",
                        "（不備あり）", "プラン 5「適正な公文書管理の推進」のシートは提出されていますが、エラーがあるため受け付けていません"
                                + "（総務課.xlsx（プラン5）の年次評価）", "[INVALID_SUBMISSION]",
                        "■ 協働推進課", "（未提出）", "プラン 2「市民活動・地域コミュニティ活動に関する支援の推進」のシートが提出されていません",
                        "エラー 3 件")
                .doesNotContain("プラン 5「適正な公文書管理の推進」のシートが提出されていません");
        assertThat(stderr).as("only the verdict").contains("年度末の報告書を作成できません")
                .doesNotContain("REQUIRED_BLANK", "■");
    }

    @Test
    void aPlanInTwoFilesNamesBothAndTheNewestFileWins() throws Exception {
        Path input = work.resolve("input");
        Path year = Files.createDirectories(input.resolve("2022"));
        Files.writeString(year.resolve("plans.csv"), PLANS_CSV, StandardCharsets.UTF_8);
        Path in = Files.createDirectories(year.resolve("submissions"));
        Path older = BadWorkbooks.changed(in.resolve("総務課_4月.xlsx"), 5, v -> v.put(PlanSheetField.SUMMARY, "○4月版"));
        Path newer = BadWorkbooks.changed(in.resolve("総務課_5月.xlsx"), 5, v -> v.put(PlanSheetField.SUMMARY, "○5月版"));
        Files.setLastModifiedTime(older, FileTime.from(Instant.parse("2023-04-20T09:00:00Z")));
        Files.setLastModifiedTime(newer, FileTime.from(Instant.parse("2023-05-20T09:00:00Z")));
        // the older file sorts last by name: the time, not the order, decides
        Files.move(older, in.resolve("総務課_控え.xlsx"));

        ValidateCommand.Outcome outcome = validateCommand.validate(CommandLineOptions.parse(
                new String[] {"validate", "--input=" + input}).target(properties, "検証").orElseThrow());

        assertThat(outcome.all()).filteredOn(f -> f.code().equals("DUPLICATE_PLAN")).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo("総務課_5月.xlsx");
            assertThat(f.sheet()).isEqualTo("プラン5");
            assertThat(f.field()).isEqualTo("plan_no");
            assertThat(f.message()).contains("総務課_5月.xlsx（プラン5）", "総務課_控え.xlsx（プラン5）", "新しい方（総務課_5月.xlsx）");
        });
        assertThat(store.newest(2022, 5)).hasValueSatisfying(v -> assertThat(v.sheet().summary()).containsExactly("5月版"));
    }

    @Test
    void aHiddenOldSheetNeverBeatsTheVisibleNewOneAndTheFindingNamesBothSheets() throws Exception {
        Path input = work.resolve("input");
        // a year of its own: the store is shared by this class's tests
        Path year = Files.createDirectories(input.resolve("2026"));
        Files.writeString(year.resolve("plans.csv"), PLANS_CSV, StandardCharsets.UTF_8);
        Path in = Files.createDirectories(year.resolve("submissions"));
        // the old version after the new one in tab order: the later sheet used to win
        BadWorkbooks.hiddenOldVersion(in.resolve("総務課.xlsx"), 5, v -> v.put(PlanSheetField.FISCAL_YEAR, "令和8年度"),
                false, SheetVisibility.HIDDEN);

        ValidateCommand.Outcome outcome = validateCommand.validate(CommandLineOptions.parse(
                new String[] {"validate", "--input=" + input, "--fiscal-year=2026"}).target(properties, "検証").orElseThrow());

        assertThat(outcome.all()).extracting(Finding::code).doesNotContain("DUPLICATE_PLAN");
        assertThat(outcome.all()).filteredOn(f -> f.code().equals("DUPLICATE_PLAN_IN_WORKBOOK")).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo("総務課.xlsx");
            assertThat(f.sheet()).isEqualTo("プラン5");
            assertThat(f.message()).contains("「プラン5」", "「プラン5（旧）」（非表示）", "シート「プラン5」を読み込み");
        });
        assertThat(store.newest(2026, 5)).hasValueSatisfying(v -> {
            assertThat(v.sheetName()).isEqualTo("プラン5");
            assertThat(v.sheet().summary()).containsExactly("新版");
        });
    }
}
