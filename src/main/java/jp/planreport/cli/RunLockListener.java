package jp.planreport.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Takes the run lock as soon as the configuration is known (the database URL may come from the
 * command line) and before anything opens the database. {@code schedule} only checks it: it takes
 * the lock for each roll-up, so the office can compile by hand between two nights.
 */
final class RunLockListener implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, AutoCloseable {

    private final String command;
    private final boolean hold;
    private final boolean check;
    private RunLock lock;
    private String databaseUrl;

    /** @param check false for a command that starts no run: the lock is not even looked at */
    RunLockListener(String command, boolean hold, boolean check) {
        this.command = command;
        this.hold = hold;
        this.check = check;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        databaseUrl = event.getEnvironment().getProperty("spring.datasource.url");
        if (!check) {
            return;
        }
        Path file = RunLock.fileFor(databaseUrl);
        try {
            RunLock acquired = RunLock.acquire(file, command);
            if (hold) {
                lock = acquired;
            } else {
                acquired.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("実行管理用のファイル " + file.toAbsolutePath() + " を作れませんでした", e);
        }
    }

    /** The database the run was configured with, for the messages of a failed start; null before that. */
    String databaseUrl() {
        return databaseUrl;
    }

    @Override
    public void close() {
        if (lock != null) {
            try {
                lock.close();
            } catch (IOException e) {
                // the lock goes with the process anyway
            }
            lock = null;
        }
    }
}
