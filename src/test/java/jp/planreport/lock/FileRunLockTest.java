package jp.planreport.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One runner at a time: the second gets who holds the lock since when, and the lock goes with its holder. */
class FileRunLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondRunnerIsToldWhichCommandRunsWhereSinceWhen() {
        RunLock lock = new FileRunLock(dir.resolve("plan-report.run.lock"));
        try (RunLock.Hold first = lock.acquire("compile --fiscal-year=2022")) {
            assertThatThrownBy(() -> lock.acquire("rollup"))
                    .isInstanceOfSatisfying(RunLock.Held.class, held -> assertThat(held.officeMessage())
                            .startsWith("別の取りまとめが実行中です（開始 ")
                            .contains("コマンド compile --fiscal-year=2022", "ホスト " + Holder.host(),
                                    "プロセス " + ProcessHandle.current().pid()));
        }
        try (RunLock.Hold again = lock.acquire("rollup")) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void theLockFileLivesBesideAnH2FileDatabase() {
        assertThat(FileRunLock.forDatabase("jdbc:h2:file:./data/plan-report;DB_CLOSE_ON_EXIT=FALSE").file())
                .isEqualTo(Path.of("./data/plan-report.run.lock"));
        assertThat(FileRunLock.forDatabase("jdbc:h2:mem:x").file()).isEqualTo(Path.of("data", "plan-report.run.lock"));
    }
}
