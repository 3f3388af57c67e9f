package jp.planreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.planreport.job.RollupJobConfiguration;
import jp.planreport.job.SampleInput;
import jp.planreport.model.PlanSheetField;
import jp.planreport.store.SubmissionStore;

/**
 * backup and restore of the embedded H2 database: a restored database is the one that was backed up
 * (its runs, its versions), and history, the versions and the roll-ups go on from it; the database it
 * replaced is kept; a file that is not a backup leaves the database as it was.
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class BackupRestoreFunctionalTests {

    @TempDir
    static Path folder;

    @TempDir
    Path work;

    @Autowired
    RollupCommand rollup;

    @Autowired
    HistoryCommand history;

    @Autowired
    BackupCommand backup;

    @Autowired
    SubmissionStore store;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.resolve("data").resolve("plan-report"));
        registry.add("logging.file.name", () -> folder.resolve("plan-report.log").toString());
    }

    @Test
    void aRestoredDatabaseIsTheOneBackedUpAndTheRunsGoOnFromIt() throws Exception {
        SampleInput sample = new SampleInput(work);
        assertThat(run(rollup, "rollup", sample).status).isZero();
        Path file = work.resolve("backup").resolve("plan-report.zip");

        Result saved = run(backup, "backup", "--to=" + file);

        assertThat(saved.status).as(saved.stderr).isZero();
        assertThat(saved.stdout).contains("データベースをバックアップしました: " + file, "restore --from=");
        assertThat(file).isRegularFile();
        List<Long> runsBackedUp = instances();
        int versionsBackedUp = store.countVersions(2022, 1);

        // after the backup: a new version of plan 1 and another roll-up
        sample.writePlan(1, "追加-プラン1.xlsx", f -> f.put(PlanSheetField.H1_RESULT, "バックアップの後に書き足した実績"));
        assertThat(run(rollup, "rollup", sample).status).isZero();
        assertThat(instances()).hasSize(runsBackedUp.size() + 1);
        assertThat(store.countVersions(2022, 1)).isEqualTo(versionsBackedUp + 1);

        Result restored = run(backup::restore, "restore", "--from=" + file);

        assertThat(restored.status).as(restored.stderr).isZero();
        assertThat(restored.stdout).contains("データベースを復元しました: " + file, "復元する前のデータベースは ");
        assertThat(instances()).isEqualTo(runsBackedUp);
        assertThat(store.countVersions(2022, 1)).isEqualTo(versionsBackedUp);
        try (var kept = Files.list(folder.resolve("data"))) {
            assertThat(kept.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("plan-report-before-restore-") && n.endsWith(".zip"));
        }
        Result listing = run(history, "history");
        assertThat(listing.status).isZero();
        assertThat(listing.stdout).contains("夜間集計", "完了");

        // the roll-up goes on from the restored database: it sees the new version as a change, and the
        // new run is numbered after the restored ones
        Result next = run(rollup, "rollup", sample);

        assertThat(next.status).as(next.stderr).isZero();
        assertThat(next.stdout).contains("案を出力しました");
        assertThat(store.countVersions(2022, 1)).isEqualTo(versionsBackedUp + 1);
        assertThat(instances()).hasSize(runsBackedUp.size() + 1).startsWith(runsBackedUp.toArray(Long[]::new));
        assertThat(instances().get(runsBackedUp.size())).isGreaterThan(runsBackedUp.get(runsBackedUp.size() - 1));
    }

    @Test
    void aFileThatIsNotABackupLeavesTheDatabaseAsItWas() throws Exception {
        SampleInput sample = new SampleInput(work);
        assertThat(run(rollup, "rollup", sample, "--force").status).isZero();
        List<Long> runs = instances();
        Path notABackup = work.resolve("not-a-backup.sql");
        Files.writeString(notABackup, "これはバックアップではありません");

        Result refused = run(backup::restore, "restore", "--from=" + notABackup);

        assertThat(refused.status).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.stderr).contains("バックアップとして読めませんでした", "データベースは元のままです");
        assertThat(instances()).isEqualTo(runs);

        Result missing = run(backup::restore, "restore", "--from=" + work.resolve("none.zip"));

        assertThat(missing.status).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.stderr).contains("バックアップのファイルが見つかりません");
        assertThat(run(backup, "backup").stderr).contains("--to=ファイル を指定してください");
    }

    private List<Long> instances() {
        return jdbc.queryForList("SELECT JOB_INSTANCE_ID FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = ? ORDER BY 1", Long.class,
                RollupJobConfiguration.JOB_NAME);
    }

    private record Result(int status, String stdout, String stderr) {
    }

    private static Result run(Command command, String name, SampleInput sample, String... more) {
        String[] args = new String[more.length + 3];
        args[0] = name;
        args[1] = "--input=" + sample.input;
        args[2] = "--output=" + sample.output;
        System.arraycopy(more, 0, args, 3, more.length);
        return run(command::run, args);
    }

    private static Result run(Command command, String... args) {
        return run(command::run, args);
    }

    private static Result run(java.util.function.ToIntFunction<CommandLineOptions> command, String... args) {
        try (Console.Captured console = Console.capture()) {
            int status = command.applyAsInt(CommandLineOptions.parse(args));
            return new Result(status, console.stdout(), console.stderr());
        }
    }
}
