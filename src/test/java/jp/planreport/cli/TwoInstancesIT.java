package jp.planreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.planreport.PlanReportApplication;
import jp.planreport.TestDatabases;
import jp.planreport.bench.SyntheticInput;
import jp.planreport.job.RollupJobConfiguration;
import jp.planreport.job.SampleInput;
import jp.planreport.job.YearEndCompilationJobConfiguration;

/**
 * Two instances on one PostgreSQL (a real server, started from its Maven artifact): both schedules
 * fire and one roll-up runs; a compile started while another instance runs one is refused, saying
 * which command on which host and process holds the lock since when; and when the holder is killed
 * (kill -9 of the packaged program, hence an integration test), its run is resumed by the other
 * instance once the lock has expired.
 */
class TwoInstancesIT {

    /** Short, so the test need not wait long; long enough to be renewed on a loaded machine. */
    private static final Duration EXPIRY = Duration.ofSeconds(20);

    @TempDir
    Path work;

    @Test
    void theScheduleFiresInBothInstancesAndExactlyOneRollsUp() throws Exception {
        String url = TestDatabases.newPostgresqlDatabase();
        SampleInput sample = new SampleInput(work);
        String[] options = {"schedule", "--input=" + sample.input, "--output=" + sample.output};
        try (ConfigurableApplicationContext first = instance(url, "first");
             ConfigurableApplicationContext second = instance(url, "second");
             Console.Captured console = Console.capture()) {
            CyclicBarrier firing = new CyclicBarrier(2);
            List<CompletableFuture<Void>> fired = new ArrayList<>();
            for (ConfigurableApplicationContext instance : List.of(first, second)) {
                ScheduleCommand schedule = instance.getBean(ScheduleCommand.class);
                fired.add(CompletableFuture.runAsync(() -> {
                    await(firing);
                    schedule.rollUpOnce(CommandLineOptions.parse(options));
                }));
            }
            CompletableFuture.allOf(fired.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);

            assertThat(rollups(url)).isEqualTo(1);
            assertThat(console.stdout()).containsOnlyOnce("今回の夜間集計は別のインスタンスが行います（開始 ")
                    .contains("コマンド schedule（夜間集計）", "出力しました");

            // an instance whose clock or start is late fires the same night again after the first finished
            second.getBean(ScheduleCommand.class).rollUpOnce(CommandLineOptions.parse(options));

            assertThat(rollups(url)).isEqualTo(1);
            assertThat(console.stdout().split("今回の夜間集計は別のインスタンスが行います", -1)).hasSize(3);
        }
    }

    @Test
    void aCompileWhileAnotherInstanceRunsIsRefusedAndTheKilledInstancesRunIsResumedOnceItsLockHasExpired() throws Exception {
        String url = TestDatabases.newPostgresqlDatabase();
        Path input = work.resolve("input");
        Path output = work.resolve("output");
        SyntheticInput.write(30, input, 2022);
        List<String> compile = new ArrayList<>(List.of("compile", "--input=" + input, "--output=" + output,
                "--spring.profiles.active=postgres", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--plan-report.lock.expiry=" + EXPIRY, "--logging.file.name=" + work.resolve("plan-report.log")));
        List<String> launched = new ArrayList<>(List.of(Path.of("bin", "plan-report").toAbsolutePath().toString()));
        launched.addAll(compile);
        LaunchedProcess holder = new LaunchedProcess(new ProcessBuilder(launched).redirectErrorStream(true).start());
        holder.awaitLine("[PDF 作成]");
        holder.signal("KILL");
        holder.finish();

        try (Console.Captured console = Console.capture()) {
            int refused = CommandLine.run(compile.toArray(String[]::new), new SpringApplication(PlanReportApplication.class));

            assertThat(refused).as(console.stderr()).isEqualTo(ExitCodes.USAGE);
            assertThat(console.stderr()).startsWith("別の取りまとめが実行中です（開始 ")
                    .contains("コマンド compile --input=" + input, "ホスト " + InetAddress.getLocalHost().getHostName(),
                            "プロセス " + holder.pid(), "最長 20 秒で解除されます");
        }
        awaitExpiry(url);

        try (Console.Captured console = Console.capture()) {
            int resumed = CommandLine.run(compile.toArray(String[]::new), new SpringApplication(PlanReportApplication.class));

            assertThat(resumed).as(console.stderr()).isEqualTo(ExitCodes.DONE);
            assertThat(console.stdout()).contains("前回中断した実行", "出力しました");
        }
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.dataSource(url));
        assertThat(jdbc.queryForList("SELECT e.STATUS FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i "
                + "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = ? ORDER BY e.JOB_EXECUTION_ID", String.class,
                YearEndCompilationJobConfiguration.JOB_NAME)).containsExactly("FAILED", "COMPLETED");
        assertThat(output.resolve("2022").resolve("report-2022.pdf")).exists();
    }

    private ConfigurableApplicationContext instance(String url, String name) {
        // two instances of the core (as two schedule processes are): no web server, whose port they would share
        return new SpringApplication(PlanReportApplication.class).run("--spring.main.web-application-type=none",
                "--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres", "--plan-report.lock.expiry=" + EXPIRY,
                "--logging.file.name=" + work.resolve(name + ".log"));
    }

    private static long rollups(String url) {
        return new JdbcTemplate(TestDatabases.dataSource(url)).queryForObject(
                "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = ?", Long.class, RollupJobConfiguration.JOB_NAME);
    }

    /** Until the killed holder's lock is past its time, on the database's clock. */
    private static void awaitExpiry(String url) throws InterruptedException {
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.dataSource(url));
        long deadline = System.nanoTime() + EXPIRY.multipliedBy(3).toNanos();
        while (jdbc.queryForObject("SELECT COUNT(*) FROM shedlock WHERE name = 'run' "
                + "AND lock_until > timezone('utc', CURRENT_TIMESTAMP)", Integer.class) > 0) {
            assertThat(System.nanoTime()).as("the lock expires").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(2, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
