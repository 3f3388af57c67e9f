package jp.planreport.lock;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.planreport.config.OfficeTime;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * The run lock of a database server shared by several instances (PostgreSQL): a row of the lock
 * table. A running instance renews it every third of the expiry; one that is killed or loses the
 * database leaves it behind, and the run can be started (and so resumed) elsewhere once it has
 * expired. ShedLock's own keep-alive is not used: it refuses an expiry under 30 seconds, and a
 * short one is what lets a test see a killed holder replaced.
 */
final class DatabaseRunLock implements RunLock, AutoCloseable {

    static final String NAME = "run";
    private static final Logger log = LoggerFactory.getLogger(DatabaseRunLock.class);

    private final DatabaseLocks locks;
    private final OfficeTime time;
    private final Duration expiry;
    private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "run-lock-renewal");
        thread.setDaemon(true);
        return thread;
    });

    DatabaseRunLock(DatabaseLocks locks, OfficeTime time, Duration expiry) {
        this.locks = locks;
        this.time = time;
        this.expiry = expiry;
    }

    @Override
    public Hold acquire(String command) {
        String holder = Holder.describe(time.local(Instant.now()), command);
        Optional<SimpleLock> lock = locks.lock(NAME, holder, expiry, Duration.ZERO);
        if (lock.isEmpty()) {
            throw new Held(locks.holder(NAME), "異常終了した実行のものなら、最長 " + minutes(expiry) + "で解除されます");
        }
        Renewed renewed = new Renewed(lock.get());
        long period = Math.max(1, expiry.toMillis() / 3);
        renewed.schedule = renewals.scheduleAtFixedRate(renewed::renew, period, period, TimeUnit.MILLISECONDS);
        log.info("run lock taken: {}", holder);
        return () -> {
            renewed.release();
            log.info("run lock released: {}", holder);
        };
    }

    /** A lock renewed until released; null once lost (it cannot be renewed nor released any more). */
    private final class Renewed {
        private SimpleLock lock;
        private ScheduledFuture<?> schedule;

        Renewed(SimpleLock lock) {
            this.lock = lock;
        }

        synchronized void renew() {
            if (lock == null) {
                return;
            }
            try {
                lock = lock.extend(expiry, Duration.ZERO).orElse(null);
            } catch (RuntimeException e) {
                lock = null;
                log.error("cannot renew the run lock", e);
            }
            if (lock == null) {
                schedule.cancel(false);
                log.error("the run lock expired before it could be renewed: another instance may start a run");
            }
        }

        synchronized void release() {
            schedule.cancel(false);
            if (lock != null) {
                lock.unlock();
                lock = null;
            }
        }
    }

    /** 「1 分」, 「30 秒」 */
    static String minutes(Duration duration) {
        return duration.toSeconds() % 60 == 0 ? duration.toMinutes() + " 分" : duration.toSeconds() + " 秒";
    }

    @Override
    public void close() {
        renewals.shutdownNow();
    }
}
