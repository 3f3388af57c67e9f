package jp.planreport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One runner at a time: the second gets who holds the lock since when, and the lock goes with its holder. */
class RunLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondRunnerIsToldWhichCommandRunsSinceWhen() throws Exception {
        Path file = dir.resolve("plan-report.run.lock");
        try (RunLock first = RunLock.acquire(file, "compile --fiscal-year=2022")) {
            assertThatThrownBy(() -> RunLock.acquire(file, "rollup"))
                    .isInstanceOfSatisfying(RunLock.Held.class, held -> assertThat(held.officeMessage())
                            .startsWith("別の取りまとめが実行中です（開始 ")
                            .contains("コマンド compile --fiscal-year=2022", "プロセス " + ProcessHandle.current().pid()));
        }
        try (RunLock again = RunLock.acquire(file, "rollup")) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void theLockFileLivesBesideAnH2FileDatabase() {
        assertThat(RunLock.fileFor("jdbc:h2:file:./data/plan-report;DB_CLOSE_ON_EXIT=FALSE"))
                .isEqualTo(Path.of("./data/plan-report.run.lock"));
        assertThat(RunLock.fileFor("jdbc:postgresql://db/plan")).isEqualTo(Path.of("data", "plan-report.run.lock"));
    }
}
