package jp.planreport.cli;

import org.springframework.stereotype.Component;

import jp.planreport.job.RunLocking;
import jp.planreport.lock.RunLock;

/** The command line's {@link RunLock} for runs started from the portal: the same lock, the same words. */
@Component
class PortalRunLock implements RunLocking {

    private final RunLock lock;

    PortalRunLock(RunLock lock) {
        this.lock = lock;
    }

    @Override
    public AutoCloseable hold(String command) {
        try {
            return lock.acquire(command);
        } catch (RunLock.Held e) {
            throw new Busy(e.officeMessage());
        }
    }
}
