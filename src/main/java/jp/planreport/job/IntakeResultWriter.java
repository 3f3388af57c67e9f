package jp.planreport.job;

import java.time.Instant;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import jp.planreport.service.IntakeResult;
import jp.planreport.service.SubmissionIntake;

/**
 * The intake's writer: keeps each file's accepted sheets and findings through
 * {@link SubmissionIntake}, in the chunk's transaction, so a crash mid-chunk leaves neither half written.
 */
class IntakeResultWriter implements ItemWriter<IntakeResult> {

    private final SubmissionIntake intake;
    private final long jobInstanceId;
    private final Instant receivedAt;
    private final boolean yearEndRules;

    IntakeResultWriter(SubmissionIntake intake, long jobInstanceId, Instant receivedAt, boolean yearEndRules) {
        this.intake = intake;
        this.jobInstanceId = jobInstanceId;
        this.receivedAt = receivedAt;
        this.yearEndRules = yearEndRules;
    }

    @Override
    public void write(Chunk<? extends IntakeResult> chunk) {
        for (IntakeResult result : chunk) {
            intake.keep(result, receivedAt, yearEndRules, jobInstanceId);
        }
    }
}
