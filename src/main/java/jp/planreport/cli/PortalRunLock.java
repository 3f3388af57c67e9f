package jp.planreport.cli;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import jp.planreport.job.RunLocking;

/** The command line's {@link RunLock} for runs started from the portal: the same file, the same words. */
@Component
class PortalRunLock implements RunLocking {

    private final Environment environment;

    PortalRunLock(Environment environment) {
        this.environment = environment;
    }

    @Override
    public AutoCloseable hold(String command) {
        try {
            return RunLock.acquire(RunLock.fileFor(environment.getProperty("spring.datasource.url")), command);
        } catch (RunLock.Held e) {
            throw new Busy(e.officeMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
