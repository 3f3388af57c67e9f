package jp.planreport.job;

/** The job parameters that identify a compilation run (year-end or roll-up). */
public final class JobParameterNames {

    public static final String FISCAL_YEAR = "fiscalYear";
    public static final String INPUT = "input";
    public static final String OUTPUT = "output";
    /** SHA-256 over plans.csv and every submission file: unchanged input = the same run. */
    public static final String INPUT_DIGEST = "inputDigest";
    /** Not identifying (a run of an earlier release, without it, is still resumed); compared by the commands. */
    public static final String SETTINGS_DIGEST = "settingsDigest";
    public static final String ALLOW_INCOMPLETE = "allowIncomplete";
    /** The date of a nightly roll-up (yyyy-MM-dd, office time zone); absent for the year-end compilation. */
    public static final String ROLLUP_DATE = "rollupDate";
    /** Set only when a finished run is asked for again (--force, or its outputs were removed). */
    public static final String REBUILD = "rebuild";

    private JobParameterNames() {
    }
}
