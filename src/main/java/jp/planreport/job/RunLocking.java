package jp.planreport.job;

/**
 * The single-runner lock as the portal takes it: the same lock as the command line, so a run started
 * from a page, one from the schedule and one from a terminal never overlap. Implemented by the
 * command line's lock; one method, so the lock can move without the portal noticing.
 */
@FunctionalInterface
public interface RunLocking {

    /**
     * @param command what runs, as the office would recognise it (shown to whoever is refused)
     * @return the lock, held until closed
     * @throws Busy when another run holds it
     */
    AutoCloseable hold(String command);

    /** Another run holds the lock; the message is the command line's. */
    final class Busy extends RuntimeException {
        public Busy(String officeMessage) {
            super(officeMessage);
        }
    }
}
