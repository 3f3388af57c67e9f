package jp.planreport.cli;

import java.time.Instant;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

import jp.planreport.job.RollupSchedule;
import jp.planreport.config.OfficeTime;
import jp.planreport.lock.RunLock;
import jp.planreport.lock.ScheduleLock;

/**
 * {@code schedule}: stays running and rolls up on the configured cron. Each roll-up takes the run
 * lock for its own duration; when a compilation is running at that moment, that night is skipped
 * (said on the console and in the log) and the next one comes as planned. Several instances on one
 * shared database all fire; the first to claim the firing rolls up, the others say so and wait.
 */
@Component
public class ScheduleCommand implements Command {

    private static final Logger log = LoggerFactory.getLogger(ScheduleCommand.class);

    private static final String WHAT = "schedule（夜間集計）";

    private final RollupSchedule schedule;
    private final RollupCommand rollup;
    private final RunLock runLock;
    private final ScheduleLock scheduleLock;

    public ScheduleCommand(RollupSchedule schedule, RollupCommand rollup, RunLock runLock, ScheduleLock scheduleLock) {
        this.schedule = schedule;
        this.rollup = rollup;
        this.runLock = runLock;
        this.scheduleLock = scheduleLock;
    }

    @Override
    public String name() {
        return "schedule";
    }

    /** Starts rolling up on the cron. */
    private ThreadPoolTaskScheduler start(CommandLineOptions options) {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("rollup-");
        scheduler.initialize();
        scheduler.schedule(() -> rollUpOnce(options), schedule.trigger());
        return scheduler;
    }

    /** 「毎日 02:00（Asia/Tokyo）。次回 2022/05/01 02:00」 */
    String describe() {
        return schedule.describe() + "。次回 " + next();
    }

    @Override
    public int run(CommandLineOptions options) {
        return rollUpUntilStopped(options, "夜間集計を待機しています: " + describe() + "。止めるには Ctrl+C。");
    }

    /** Rolls up on the cron until the process is stopped, having said {@code started}; {@code serve} too. */
    int rollUpUntilStopped(CommandLineOptions options, String started) {
        ThreadPoolTaskScheduler scheduler = start(options);
        try {
            Console.info(started);
            new CountDownLatch(1).await(); // until the process is stopped
            return ExitCodes.DONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.DONE;
        } finally {
            scheduler.shutdown();
        }
    }

    void rollUpOnce(CommandLineOptions options) {
        try {
            scheduleLock.claim(WHAT, schedule.claimWindow(Instant.now()));
        } catch (RunLock.Held e) {
            log.info("scheduled roll-up left to another instance: {}", e.getMessage());
            Console.info("今回の夜間集計は別のインスタンスが行います（" + e.holder() + "）。");
            Console.info("次回の夜間集計: " + next());
            return;
        }
        try (RunLock.Hold lock = runLock.acquire(WHAT)) {
            int status = rollup.run(options);
            log.info("scheduled roll-up ended with exit status {}", status);
        } catch (RunLock.Held e) {
            log.warn("scheduled roll-up skipped: {}", e.getMessage());
            Console.error("今回の夜間集計は見送りました。" + e.officeMessage());
        } catch (RuntimeException e) {
            log.error("scheduled roll-up failed", e);
            Console.error("夜間集計に失敗しました: " + e.getMessage() + "（詳細は data/plan-report.log）");
        }
        Console.info("次回の夜間集計: " + next());
    }

    private String next() {
        return OfficeTime.format(schedule.nextAfter(Instant.now()).toLocalDateTime());
    }
}
