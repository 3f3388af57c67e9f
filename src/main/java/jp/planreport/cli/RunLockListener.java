package jp.planreport.cli;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

import jp.planreport.lock.FileRunLock;
import jp.planreport.lock.RunLock;

/**
 * Takes the file run lock of an embedded database as soon as the configuration is known (the
 * database URL may come from the command line) and before anything opens the database.
 * {@code schedule} only checks it: it takes the lock for each roll-up, so the office can compile by
 * hand between two nights.
 */
final class RunLockListener implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, AutoCloseable {

    private final String command;
    private final boolean hold;
    private final boolean check;
    private RunLock.Hold lock;
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
        if (!check || !FileRunLock.applies(databaseUrl)) {
            // a command that starts no run; or a database server, locked in the database once open (CommandLine)
            return;
        }
        RunLock.Hold acquired = FileRunLock.forDatabase(databaseUrl).acquire(command);
        if (hold) {
            lock = acquired;
        } else {
            acquired.close();
        }
    }

    /** The database the run was configured with, for the messages of a failed start; null before that. */
    String databaseUrl() {
        return databaseUrl;
    }

    @Override
    public void close() {
        if (lock != null) {
            lock.close();
            lock = null;
        }
    }
}
