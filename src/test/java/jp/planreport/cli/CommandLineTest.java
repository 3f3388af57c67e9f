package jp.planreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;

import jp.planreport.PlanReportApplication;
import jp.planreport.lock.FileRunLock;
import jp.planreport.lock.RunLock;

/**
 * The entry point: help and usage before Spring starts, one runner at a time on a database, and
 * what stops the start (a setting, a damaged database) said plainly.
 */
class CommandLineTest {

    @TempDir
    Path dir;

    @Test
    void helpShowsAnExampleForEveryCommand() {
        try (Console.Captured console = Console.capture()) {
            assertThat(CommandLine.run(new String[] {"--help"}, null)).isEqualTo(ExitCodes.DONE);
            for (String command : CommandLine.COMMANDS) {
                assertThat(console.stdout()).contains("bin/plan-report " + command);
            }
        }
    }

    @Test
    void anUnknownCommandOrOptionIsAUsageError() {
        try (Console.Captured console = Console.capture()) {
            assertThat(CommandLine.run(new String[] {"publish"}, null)).isEqualTo(ExitCodes.USAGE);
            assertThat(CommandLine.run(new String[] {"rollup", "--fast"}, null)).isEqualTo(ExitCodes.USAGE);
            assertThat(console.stderr()).contains("不明なコマンドです: publish", "不明なオプションです: --fast");
        }
    }

    @Test
    void aSettingThatCannotWorkIsRefusedAtStartWithTheValueAndAnExample() {
        String[] database = {"--spring.datasource.url=jdbc:h2:file:" + dir.resolve("plan-report"),
                "--logging.file.name=" + dir.resolve("plan-report.log")};
        try (Console.Captured console = Console.capture()) {
            assertThat(CommandLine.run(args("history", database, "--plan-report.rollup.cron=0 0 2 30 2 *"),
                    new SpringApplication(PlanReportApplication.class))).isEqualTo(ExitCodes.USAGE);
            assertThat(console.stderr()).startsWith("設定 plan-report.rollup.cron の値「0 0 2 30 2 *」では、今後 4 年のうちに一度も実行されません")
                    .contains("例: \"0 0 2 * * *\"（毎日 2:00）");
        }
        try (Console.Captured console = Console.capture()) {
            assertThat(CommandLine.run(args("history", database, "--plan-report.rollup.cron=0 0 25 * * *"),
                    new SpringApplication(PlanReportApplication.class))).isEqualTo(ExitCodes.USAGE);
            assertThat(console.stderr()).startsWith("設定 plan-report.rollup.cron の値「0 0 25 * * *」は時刻の指定")
                    .doesNotContain("Exception", "bean");
        }
        try (Console.Captured console = Console.capture()) {
            assertThat(CommandLine.run(args("history", database, "--plan-report.zone=Tokyo"),
                    new SpringApplication(PlanReportApplication.class))).isEqualTo(ExitCodes.USAGE);
            assertThat(console.stderr()).startsWith("設定 plan-report.zone の値「Tokyo」はタイムゾーンとして正しくありません。例: Asia/Tokyo");
        }
        try (Console.Captured console = Console.capture()) {
            assertThat(CommandLine.run(args("history", database, "--plan-report.intake.max-part-size=0"),
                    new SpringApplication(PlanReportApplication.class))).isEqualTo(ExitCodes.USAGE);
            assertThat(console.stderr()).startsWith("設定 plan-report.intake.max-part-size の値「0」は小さすぎます");
        }
        try (Console.Captured console = Console.capture()) {
            assertThat(CommandLine.run(args("history", database, "--plan-report.render.rows-in-memory=many"),
                    new SpringApplication(PlanReportApplication.class))).isEqualTo(ExitCodes.USAGE);
            assertThat(console.stderr()).startsWith("設定 plan-report.render.rows-in-memory の値「many」は読めません")
                    .doesNotContain("Exception", "bean");
        }
    }

    @Test
    void aDamagedDatabaseFileIsNamedWithWhatToDoInsteadOfBeanErrors() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("plan-report");
        String[] database = {"--spring.datasource.url=" + url, "--logging.file.name=" + dir.resolve("plan-report.log")};
        try (Console.Captured console = Console.capture()) {
            assertThat(CommandLine.run(args("history", database), new SpringApplication(PlanReportApplication.class)))
                    .isEqualTo(ExitCodes.DONE);
        }
        Path file = dir.resolve("plan-report.mv.db");
        byte[] whole = Files.readAllBytes(file);
        // cut short inside its header (truncate -s 5000): H2 cannot read it; cut just past its header
        // (8192 bytes): H2 finds none of its data and would open it as a new, empty database
        for (int size : new int[] {5_000, 8_192}) {
            Files.write(file, Arrays.copyOf(whole, size));
            try (Console.Captured console = Console.capture()) {
                assertThat(CommandLine.run(args("history", database), new SpringApplication(PlanReportApplication.class)))
                        .as("cut at %d bytes", size).isEqualTo(ExitCodes.USAGE);
                assertThat(console.stderr()).startsWith("データベースのファイルが壊れているため、読めません: " + file.toAbsolutePath())
                        .contains("バックアップのものに置き換えて", "別のフォルダへ移してから実行すると、新しいデータベースで始まります",
                                "これまでの実行の記録と、受け付けたシートの版は引き継がれません")
                        .doesNotContain("Exception", "bean", "9002");
            }
        }
    }

    @Test
    void aDatabaseFolderThatCannotBeWrittenIsSaidPlainly() throws Exception {
        // a file where the database's folder should be: meaningful as root too, unlike permissions
        Path notAFolder = Files.writeString(dir.resolve("data"), "not a folder");
        String[] database = {"--spring.datasource.url=jdbc:h2:file:" + notAFolder.resolve("plan-report"),
                "--logging.file.name=" + dir.resolve("plan-report.log")};
        try (Console.Captured console = Console.capture()) {
            assertThat(CommandLine.run(args("history", database), new SpringApplication(PlanReportApplication.class)))
                    .isEqualTo(ExitCodes.USAGE);
            assertThat(console.stderr()).startsWith("起動できませんでした: 実行管理用のファイル " + notAFolder.resolve("plan-report.run.lock")
                    + " を作れませんでした（原因: フォルダが必要な場所に、同じ名前のファイルがあります）。");
        }
    }

    private static String[] args(String command, String[] database, String... more) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of(database));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void aSecondRunnerOnTheSameDatabaseIsToldWhoRunsInsteadOfALockTrace() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("plan-report");
        String[] args = {"history", "--spring.datasource.url=" + url, "--logging.file.name=" + dir.resolve("plan-report.log")};
        try (RunLock.Hold running = FileRunLock.forDatabase(url).acquire("compile --fiscal-year=2022");
             Console.Captured console = Console.capture()) {
            assertThat(CommandLine.run(args, new SpringApplication(PlanReportApplication.class))).isEqualTo(ExitCodes.USAGE);
            assertThat(console.stderr()).startsWith("別の取りまとめが実行中です（開始 ").contains("コマンド compile --fiscal-year=2022");
        }
        try (Console.Captured console = Console.capture()) {
            assertThat(CommandLine.run(args, new SpringApplication(PlanReportApplication.class))).isEqualTo(ExitCodes.DONE);
            assertThat(console.stdout()).contains("まだ実行の記録がありません");
        }
    }
}
