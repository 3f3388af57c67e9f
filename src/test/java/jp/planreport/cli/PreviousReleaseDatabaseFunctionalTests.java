package jp.planreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.planreport.job.SampleInput;
import jp.planreport.job.YearEndCompilationJobConfiguration;

/**
 * A database written by the release on Spring Batch 5 (its job repository schema, taken from that
 * release's jar by the build, and the store's tables) with a completed run and a failed one: the
 * upgrade in place keeps the history, resumes the failed run and numbers new runs after the old ones.
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PreviousReleaseDatabaseFunctionalTests {

    private static final String JOB = YearEndCompilationJobConfiguration.JOB_NAME;

    @TempDir
    static Path folder;

    static SampleInput sample;

    @Autowired
    CompileCommand compile;

    @Autowired
    HistoryCommand history;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void previousReleaseDatabase(DynamicPropertyRegistry registry) throws IOException {
        String url = "jdbc:h2:file:" + folder.resolve("plan-report");
        sample = new SampleInput(folder.resolve("work"));
        writePreviousRelease(new DriverManagerDataSource(url, "sa", ""), sample.parameters());
        registry.add("spring.datasource.url", () -> url);
        registry.add("logging.file.name", () -> folder.resolve("plan-report.log").toString());
    }

    @Test
    void theOldHistoryStaysTheFailedRunResumesAndNewRunsFollowTheOldOnes() {
        Result listing = run(history, "history");
        assertThat(listing.status).isZero();
        assertThat(listing.stdout).contains("2021", "完了", "2022", "失敗");

        Result resumed = run(compile, "compile", "--input=" + sample.input, "--output=" + sample.output);

        assertThat(resumed.status).isZero();
        assertThat(resumed.stdout).contains("前回中断した実行", "出力しました");
        assertThat(sample.outputs().exist()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE", Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID = 2 "
                + "ORDER BY JOB_EXECUTION_ID DESC LIMIT 1", String.class)).isEqualTo("COMPLETED");

        Result again = run(compile, "compile", "--input=" + sample.input, "--output=" + sample.output);
        assertThat(again.stdout).contains("取りまとめ済み");

        Result forced = run(compile, "compile", "--input=" + sample.input, "--output=" + sample.output, "--force");

        assertThat(forced.status).isZero();
        assertThat(jdbc.queryForList("SELECT JOB_INSTANCE_ID FROM BATCH_JOB_INSTANCE ORDER BY 1", Long.class))
                .containsExactly(1L, 2L, 3L);
    }

    /**
     * The tables as the previous release created them, a completed run of another year (instance 1)
     * and a run of the sample that failed in its intake (instance 2), with the job key that release
     * computed (Spring Batch 6 computes another from the same parameters).
     */
    private static void writePreviousRelease(DataSource dataSource, JobParameters failedRun) throws IOException {
        new ResourceDatabasePopulator(new ClassPathResource("previous-release/batch/org/springframework/batch/core/schema-h2.sql"),
                new ClassPathResource("db/vendor/h2/V1__store.sql")).execute(dataSource);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Timestamp started = Timestamp.valueOf(LocalDateTime.of(2026, 3, 31, 9, 0));
        Timestamp ended = Timestamp.valueOf(LocalDateTime.of(2026, 3, 31, 9, 1));
        String context = context();
        long steps = 0;
        for (long instance = 1; instance <= 2; instance++) {
            assertThat(jdbc.queryForObject("SELECT NEXT VALUE FOR BATCH_JOB_SEQ", Long.class)).isEqualTo(instance);
            assertThat(jdbc.queryForObject("SELECT NEXT VALUE FOR BATCH_JOB_EXECUTION_SEQ", Long.class)).isEqualTo(instance);
            String status = instance == 1 ? "COMPLETED" : "FAILED";
            jdbc.update("INSERT INTO BATCH_JOB_INSTANCE VALUES (?, 0, ?, ?)", instance, JOB, "5.2-key-" + instance);
            jdbc.update("INSERT INTO BATCH_JOB_EXECUTION VALUES (?, 2, ?, ?, ?, ?, ?, ?, '', ?)",
                    instance, instance, started, started, ended, status, status, ended);
            Map<String, String> parameters = Map.of("fiscalYear", instance == 1 ? "2021" : "2022",
                    "input", instance == 1 ? "/srv/plan-report/input" : failedRun.getString("input"),
                    "output", instance == 1 ? "/srv/plan-report/output" : failedRun.getString("output"),
                    "inputDigest", instance == 1 ? "0".repeat(64) : failedRun.getString("inputDigest"),
                    "allowIncomplete", "false");
            long execution = instance;
            parameters.forEach((name, value) -> jdbc.update("INSERT INTO BATCH_JOB_EXECUTION_PARAMS VALUES (?, ?, ?, ?, 'Y')",
                    execution, name, name.equals("fiscalYear") ? "java.lang.Long" : "java.lang.String", value));
            jdbc.update("INSERT INTO BATCH_JOB_EXECUTION_CONTEXT VALUES (?, ?, NULL)", instance, context);
            long step = jdbc.queryForObject("SELECT NEXT VALUE FOR BATCH_STEP_EXECUTION_SEQ", Long.class);
            assertThat(step).isEqualTo(++steps);
            jdbc.update("INSERT INTO BATCH_STEP_EXECUTION VALUES (?, 2, 'intake', ?, ?, ?, ?, ?, 1, 0, 0, 0, 0, 0, 0, 0, ?, '', ?)",
                    step, instance, started, started, ended, status, status, ended);
            jdbc.update("INSERT INTO BATCH_STEP_EXECUTION_CONTEXT VALUES (?, ?, NULL)", step, context);
        }
    }

    /** An execution context as the previous release serialised it (Java serialisation, Base64). */
    private static String context() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DefaultExecutionContextSerializer().serialize(new java.util.HashMap<>(Map.of("batch.version", "5.2.6")), out);
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    private record Result(int status, String stdout, String stderr) {
    }

    private static Result run(Command command, String... args) {
        try (Console.Captured console = Console.capture()) {
            int status = command.run(CommandLineOptions.parse(args));
            return new Result(status, console.stdout(), console.stderr());
        }
    }
}
