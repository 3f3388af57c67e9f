package jp.planreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;

import jp.planreport.PlanReportApplication;

/** The entry point: help and usage before Spring starts, and one runner at a time on a database. */
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
    void aSecondRunnerOnTheSameDatabaseIsToldWhoRunsInsteadOfALockTrace() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("plan-report");
        String[] args = {"history", "--spring.datasource.url=" + url, "--logging.file.name=" + dir.resolve("plan-report.log")};
        try (RunLock running = RunLock.acquire(RunLock.fileFor(url), "compile --fiscal-year=2022");
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
