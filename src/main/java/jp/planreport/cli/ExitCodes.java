package jp.planreport.cli;

/** Exit status of every command (spec/operations.md). */
public final class ExitCodes {

    /** done (warnings allowed) */
    public static final int DONE = 0;
    /** refused: findings that block the year-end report, listed on stderr */
    public static final int REFUSED = 1;
    /** usage or configuration error */
    public static final int USAGE = 2;
    /** the job failed; the same command again resumes it */
    public static final int FAILED = 3;

    private ExitCodes() {
    }
}
