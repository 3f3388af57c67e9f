package jp.planreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.planreport.model.PlanSheetField;
import jp.planreport.job.SampleInput;

/**
 * The disk under the database filling up. Whether the writes fail while the job runs or only when H2
 * writes what it had kept in memory (after the job, or never, before this was fixed), the run fails
 * with the office's message — the database could not be written, where it is, to free disk space —
 * never 「出力しました」 and never a stack trace; with space again the same command completes (resumes
 * the run, even one whose record says UNKNOWN).
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseFaultFunctionalTests {

    @TempDir
    static Path folder;

    @TempDir
    Path work;

    @Autowired
    CompileCommand compile;

    @Autowired
    FailingWrites failingWrites;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    /**
     * H2 on a disk that can fill up. Its write delay is made long so that H2 keeps the run's
     * changes in memory until asked (as it does for up to half a second, and the last ones until it
     * closes): what decides how a full disk showed before the fix, made certain.
     */
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        FullDisk.register();
        registry.add("spring.datasource.url", () -> "jdbc:h2:fulldisk:" + folder.resolve("plan-report") + ";WRITE_DELAY=600000");
        registry.add("logging.file.name", () -> folder.resolve("plan-report.log").toString());
    }

    /** The database's writes, counted, failing from a given one on (a disk filling up during a run). */
    @TestConfiguration
    static class FailingWrites implements BeanPostProcessor {

        private final AtomicInteger writes = new AtomicInteger();
        private volatile int failFrom = Integer.MAX_VALUE;

        @Bean
        static FailingWrites failingWrites() {
            return new FailingWrites();
        }

        int count() {
            return writes.get();
        }

        void failFrom(int write) {
            failFrom = write;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            if (!(bean instanceof DataSource dataSource)) {
                return bean;
            }
            return new DelegatingDataSource(dataSource) {
                @Override
                public Connection getConnection() throws SQLException {
                    return proxy(Connection.class, super.getConnection(), "");
                }
            };
        }

        /** Statements of the connection are wrapped too; a write statement counts, and fails from failFrom on. */
        private <T> T proxy(Class<T> type, T target, String sql) {
            return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
                String name = method.getName();
                if (name.startsWith("execute")) {
                    String statement = args != null && args.length > 0 && args[0] instanceof String s ? s : sql;
                    if (Stream.of("INSERT", "UPDATE", "MERGE", "DELETE").anyMatch(statement.strip().toUpperCase(Locale.ROOT)::startsWith)
                            && writes.incrementAndGet() >= failFrom) {
                        throw new SQLException("IO Exception: \"No space left on device\"", "HY000", 90028);
                    }
                }
                try {
                    Object result = method.invoke(target, args);
                    if (result instanceof Statement statement && method.getReturnType().isInterface()) {
                        @SuppressWarnings("unchecked")
                        Class<Statement> returned = (Class<Statement>) method.getReturnType();
                        return proxy(returned, statement, args != null && args.length > 0 && args[0] instanceof String s ? s : "");
                    }
                    return result;
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }));
        }
    }

    @AfterEach
    void diskFreedAgain() {
        FullDisk.free();
        failingWrites.failFrom(Integer.MAX_VALUE);
    }

    @Test
    void aDiskFullWhenH2WritesTheRunAfterwardsFailsTheRunAndItCompletesOnceThereIsSpace() throws Exception {
        SampleInput sample = new SampleInput(work);
        assertThat(run(sample).status).isZero();

        FullDisk.fill();
        Result full = run(sample, "--force");

        assertThat(full.status).isEqualTo(ExitCodes.FAILED);
        assertDatabaseNotWritten(full);

        FullDisk.free();
        // H2 has closed the database it could not write; the next command, a new process, opens it anew
        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        Result again = run(sample, "--force");

        assertThat(again.status).isZero();
        assertThat(again.stdout).contains("出力しました");
    }

    @Test
    void writesFailingHalfwayThroughTheJobFailTheRunAndTheSameCommandResumesItOnceThereIsSpace() throws Exception {
        SampleInput sample = new SampleInput(work);
        int before = failingWrites.count();
        assertThat(run(sample).status).isZero();
        int perRun = failingWrites.count() - before;

        sample.writePlan(5, "総務課.xlsx", f -> f.put(PlanSheetField.SUMMARY, "○年度末の修正"));
        failingWrites.failFrom(failingWrites.count() + perRun / 2);
        Result full = run(sample);

        assertThat(full.status).isEqualTo(ExitCodes.FAILED);
        assertDatabaseNotWritten(full);

        failingWrites.failFrom(Integer.MAX_VALUE);
        // what Spring Batch records when it could not save a step (UNKNOWN), and will not resume
        jdbc.update("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'UNKNOWN' WHERE STATUS <> 'COMPLETED'");
        jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'UNKNOWN' WHERE STATUS <> 'COMPLETED'");
        Result resumed = run(sample);

        assertThat(resumed.status).isZero();
        assertThat(resumed.stdout).contains("前回中断した実行", "出力しました");
    }

    private static void assertDatabaseNotWritten(Result result) {
        assertThat(result.stderr).contains("データベースに書き込めませんでした: ", folder.resolve("plan-report").toString(),
                "（原因: ディスクの空き容量が足りません）", "この実行は完了していません", "ディスクの空きを作ってから、同じコマンドをもう一度実行してください");
        assertThat(result.stdout).doesNotContain("出力しました");
        assertThat(result.stdout + result.stderr).doesNotContain("Exception", "\tat ");
    }

    private record Result(int status, String stdout, String stderr) {
    }

    private Result run(SampleInput sample, String... more) {
        String[] args = Stream.concat(Stream.of("compile", "--input=" + sample.input, "--output=" + sample.output), Stream.of(more))
                .toArray(String[]::new);
        try (Console.Captured console = Console.capture()) {
            int status = compile.run(CommandLineOptions.parse(args));
            return new Result(status, console.stdout(), console.stderr());
        }
    }
}
