package jp.planreport.service;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jp.planreport.aggregate.RollupChanges;
import jp.planreport.model.Finding;

/**
 * What a run did, as it happens. The core publishes these (Spring application events); the console
 * prints them in Japanese, and a web page can follow the same stream. No text here: words are the
 * listener's business.
 */
public sealed interface ProgressEvent {

    /** A step of a run began (intake, aggregate, changes, renderReport, renderSummary, publish). */
    record StepStarted(long jobExecutionId, String step) implements ProgressEvent {
    }

    /** A step ended: files read (intake), items written, how long it took. */
    record StepFinished(long jobExecutionId, String step, boolean failed, long read, long skipped, long written,
                        Duration elapsed) implements ProgressEvent {
    }

    /** A long intake's running totals, at most every few seconds. */
    record IntakeRunning(long jobExecutionId, long filesRead, long sheetsAccepted, Duration elapsed) implements ProgressEvent {
    }

    /** One workbook read: the plans accepted from it and everything found. */
    record FileRead(String file, List<Integer> acceptedPlans, List<Finding> findings) implements ProgressEvent {
    }

    /** One 方針's totals after aggregation; grade counts in the order of the scale. */
    record PolicyTotals(int policyNo, String title, int plans, long submitted, long valid, Map<String, Long> gradeCounts)
            implements ProgressEvent {
    }

    /** A roll-up compared with the previous one: new, changed and newly invalid plans. */
    record RollupChangesFound(RollupChanges changes) implements ProgressEvent {
    }

    /** The summary workbook was written with one row per plan. */
    record SummaryWritten(int rows) implements ProgressEvent {
    }

    /** The booklet was written. */
    record BookletWritten(int pages, Duration elapsed) implements ProgressEvent {
    }

    /** A run ended, whichever door started it: its status (COMPLETED, FAILED, STOPPED) and exit code. */
    record RunFinished(long jobExecutionId, String status, String exitCode) implements ProgressEvent {
    }
}
