package jp.planreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;

import jp.planreport.FunctionalTest;
import jp.planreport.job.OutputFiles;
import jp.planreport.job.RollupJobConfiguration;
import jp.planreport.job.SampleInput;
import jp.planreport.job.YearEndCompilationJobConfiguration;
import jp.planreport.lock.RunLock;
import jp.planreport.model.PlanSheetField;

/** The commands as the office runs them: exit status, what they print, what they write (and do not). */
@org.springframework.test.context.TestPropertySource(properties = "plan-report.intake.partitions=2")
class CommandsFunctionalTests extends FunctionalTest {

    @Autowired
    RollupCommand rollup;

    @Autowired
    CompileCommand compile;

    @Autowired
    HistoryCommand history;

    @Autowired
    ScheduleCommand schedule;

    @Autowired
    RunLock runLock;

    @Autowired
    JobRepository explorer;

    @Test
    void aSecondRollupOfUnchangedInputSaysSoAndWritesNothing() throws Exception {
        SampleInput sample = new SampleInput(work);
        assertThat(run(rollup, "rollup", sample).status).isZero();
        Map<String, String> before = tree(sample.output);
        long runs = explorer.getJobInstanceCount(RollupJobConfiguration.JOB_NAME);
        assertThat(before.keySet()).anyMatch(p -> p.endsWith("report-2022-draft.pdf")).anyMatch(p -> p.endsWith("summary-2022-draft.xlsx"));

        Result second = run(rollup, "rollup", sample);

        assertThat(second.status).isZero();
        assertThat(second.stdout).contains("変更はありません");
        assertThat(tree(sample.output)).isEqualTo(before);
        assertThat(explorer.getJobInstanceCount(RollupJobConfiguration.JOB_NAME)).isEqualTo(runs);
    }

    @Test
    void theYearEndCompilationRefusesIncompleteInputNamingWhatIsMissingPerDepartment() throws Exception {
        SampleInput sample = new SampleInput(work);
        Files.delete(sample.submissions().resolve("広報課.xlsx"));
        sample.writePlan(5, "総務課.xlsx", f -> f.remove(PlanSheetField.GRADE));

        Result refused = run(compile, "compile", sample);

        assertThat(refused.status).isEqualTo(ExitCodes.REFUSED);
        assertThat(refused.stderr).contains("年度末の報告書は作成しませんでした", "【広報課】", "未提出  プラン4「積極的な市政情報の提供」",
                "【総務課】", "不備あり  プラン5", "総務課.xlsx › プラン5 › grade", "REQUIRED_BLANK", "--allow-incomplete");
        assertThat(sample.output).doesNotExist();

        Result placeholders = run(compile, "compile", sample, "--allow-incomplete");

        assertThat(placeholders.status).isZero();
        OutputFiles outputs = OutputFiles.of(sample.output, 2022);
        assertThat(outputs.exist()).isTrue();
        try (InputStream in = Files.newInputStream(outputs.summary()); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheet("一覧").getRow(4).getCell(11).getStringCellValue()).isEqualTo("未提出");
            assertThat(book.getSheet("一覧").getRow(5).getCell(11).getStringCellValue()).isEqualTo("不備あり");
        }
    }

    @Test
    void theSameCompilationTwiceSaysItIsDoneAndForceBuildsItAgain() throws Exception {
        SampleInput sample = new SampleInput(work);
        assertThat(run(compile, "compile", sample).status).isZero();
        long runs = explorer.getJobInstanceCount(YearEndCompilationJobConfiguration.JOB_NAME);

        Result again = run(compile, "compile", sample);

        assertThat(again.status).isZero();
        assertThat(again.stdout).contains("取りまとめ済み", sample.output.resolve("2022").toString(), "--force");
        assertThat(explorer.getJobInstanceCount(YearEndCompilationJobConfiguration.JOB_NAME)).isEqualTo(runs);

        Result forced = run(compile, "compile", sample, "--force");

        assertThat(forced.status).isZero();
        assertThat(forced.stdout).contains("出力しました");
        assertThat(explorer.getJobInstanceCount(YearEndCompilationJobConfiguration.JOB_NAME)).isEqualTo(runs + 1);

        Result listing = run(history, "history", sample, "--limit=5");

        assertThat(listing.status).isZero();
        assertThat(listing.stdout).contains("番号", "ジョブ", "状態", "読込", "スキップ", "書込", "年度末取りまとめ", "作り直し", "完了");
        // a partitioned intake of 4 workbooks: each workbook counted once, each of the 5 plans once
        var forcedRun = explorer.getLastJobExecution(explorer.getLastJobInstance(YearEndCompilationJobConfiguration.JOB_NAME));
        assertThat(forcedRun.getStepExecutions()).extracting(s -> s.getStepName()).contains("intakeFiles:part0", "intakeFiles:part1");
        assertThat(history.row(forcedRun).subList(7, 10)).containsExactly("4", "0", "5");
    }

    @Test
    void aScheduledRollupMeetingAnotherRunSkipsThatNightAndWritesNothing() throws Exception {
        SampleInput sample = new SampleInput(work);
        String[] args = {"schedule", "--input=" + sample.input, "--output=" + sample.output};
        try (RunLock.Hold compiling = runLock.acquire("compile");
             Console.Captured console = Console.capture()) {
            schedule.rollUpOnce(CommandLineOptions.parse(args));
            assertThat(console.stderr()).contains("今回の夜間集計は見送りました。別の取りまとめが実行中です", "コマンド compile");
            assertThat(console.stdout()).contains("次回の夜間集計: ");
        }
        assertThat(sample.output).doesNotExist();
    }

    @Test
    void anOutputPathThatCannotBeAFolderIsSaidPlainlyAndLeavesNoPartFiles() throws Exception {
        SampleInput sample = new SampleInput(work);
        Files.writeString(sample.output, "a file where the output folder should be");

        Result result = run(compile, "compile", sample);

        assertThat(result.status).isEqualTo(ExitCodes.FAILED);
        assertThat(result.stderr).contains("書き込めませんでした: " + sample.output + "（原因: フォルダが必要な場所に、同じ名前のファイルがあります）")
                .doesNotContain("Exception");
        assertThat(result.stdout).doesNotContain("出力しました");
        assertThat(partFiles()).isEmpty();
    }

    @Test
    void anOutputFolderWithoutWritePermissionIsSaidPlainlyAndLeavesNoPartFiles() throws Exception {
        SampleInput sample = new SampleInput(work);
        Path folder = Files.createDirectories(sample.output.resolve("2022"));
        assertThat(folder.toFile().setWritable(false, false)).isTrue();
        try {
            Assumptions.assumeFalse(Files.isWritable(folder), "permissions do not stop this user (root): the folder stays writable");

            Result result = run(compile, "compile", sample);

            assertThat(result.status).isEqualTo(ExitCodes.FAILED);
            assertThat(result.stderr).contains("書き込めませんでした: ", "（原因: 書き込む権限がありません）");
            assertThat(partFiles()).isEmpty();
        } finally {
            folder.toFile().setWritable(true, false);
        }
    }

    /** Hidden part files anywhere under the test's folder. */
    private List<Path> partFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(work)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }

    private record Result(int status, String stdout, String stderr) {
    }

    private static Result run(Command command, String name, SampleInput sample, String... more) {
        String[] args = Stream.concat(Stream.of(name, "--input=" + sample.input, "--output=" + sample.output), Stream.of(more))
                .toArray(String[]::new);
        try (Console.Captured console = Console.capture()) {
            int status = command.run(CommandLineOptions.parse(args));
            return new Result(status, console.stdout(), console.stderr());
        }
    }

    /** Every file under a folder with its size and modification time. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return files;
    }
}
