package jp.planreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.planreport.bench.SyntheticInput;
import jp.planreport.intake.Checksums;

/**
 * The packaged program as an operator or a scheduler runs it: {@code bin/plan-report} on the
 * packaged jar (hence an integration test, after {@code package}). Stopping the process that was
 * started — kill -9, SIGTERM, SIGINT — stops the run: no process of it goes on, the previous report
 * stays, nothing is published, and the same command resumes the run.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("bin", "plan-report").toAbsolutePath();
    private static final String RENDERING = "[PDF 作成]";

    @TempDir
    static Path work;

    static Path input;
    static Path output;
    static Path report;

    @BeforeAll
    static void firstReport() throws Exception {
        input = work.resolve("input");
        output = work.resolve("output");
        SyntheticInput.write(60, input, 2022);
        report = output.resolve("2022").resolve("report-2022.pdf");
        LaunchedProcess first = start("compile").finish();
        assertThat(first.status()).as(first.output()).isZero();
        assertThat(report).exists();
    }

    @Test
    void killMinusNineStopsTheRunAndTheSameCommandResumesIt() throws Exception {
        stopWhileRendering("KILL");
    }

    @Test
    void sigtermStopsTheRunAndTheSameCommandResumesIt() throws Exception {
        stopWhileRendering("TERM");
    }

    @Test
    void sigintStopsTheRunAndTheSameCommandResumesIt() throws Exception {
        stopWhileRendering("INT");
    }

    @Test
    void withoutAUtf8LocaleTheLauncherStillReadsJapaneseFileNamesAndJavaAloneSaysWhatToSet() throws Exception {
        LaunchedProcess launched = start(Map.of("LANG", "C"), List.of(LAUNCHER.toString(), "validate")).finish();

        assertThat(launched.status()).as(launched.output()).isZero();
        assertThat(launched.output()).contains("受付: プラン1").doesNotContain("??");

        LaunchedProcess plain = start(Map.of("LANG", "C"), List.of(java(), "-jar", "target/plan-report.jar", "validate")).finish();

        assertThat(plain.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(plain.output()).contains("ファイル名の文字コードが UTF-8 ではない", "LANG=C.UTF-8");
    }

    private static void stopWhileRendering(String signal) throws Exception {
        String before = Checksums.sha256(report);
        renameOneWorkbook(signal); // new input: the compilation runs instead of answering 取りまとめ済み
        LaunchedProcess stopped = start("compile");
        stopped.awaitLine(RENDERING);

        stopped.signal(signal);
        stopped.finish();

        assertThat(processesOfThisTest()).as("processes of the stopped run").isEmpty();
        assertThat(Checksums.sha256(report)).as("the previous report").isEqualTo(before);

        LaunchedProcess resumed = start("compile").finish();

        assertThat(resumed.status()).as(resumed.output()).isZero();
        assertThat(resumed.output()).contains("前回中断した実行", "出力しました");
        assertThat(Checksums.sha256(report)).isNotEqualTo(before);
        try (Stream<Path> left = Files.list(report.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    private static void renameOneWorkbook(String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(input.resolve("2022").resolve("submissions"))) {
            Path one = files.filter(p -> p.toString().endsWith(".xlsx")).sorted().findFirst().orElseThrow();
            Files.move(one, one.resolveSibling(one.getFileName().toString().replace(".xlsx", "-" + suffix + ".xlsx")));
        }
    }

    private static List<ProcessHandle> processesOfThisTest() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(work.toString())).orElse(false))
                .filter(ProcessHandle::isAlive).toList();
    }

    private static LaunchedProcess start(String command) throws IOException {
        return start(Map.of(), List.of(LAUNCHER.toString(), command));
    }

    private static LaunchedProcess start(Map<String, String> environment, List<String> command) throws IOException {
        List<String> line = new ArrayList<>(command);
        line.addAll(List.of("--input=" + input, "--output=" + output,
                "--spring.datasource.url=jdbc:h2:file:" + work.resolve("data").resolve("plan-report"),
                "--logging.file.name=" + work.resolve("data").resolve("plan-report.log")));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        if (!environment.isEmpty()) {
            builder.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG"));
            builder.environment().putAll(environment);
        }
        return new LaunchedProcess(builder.start());
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
