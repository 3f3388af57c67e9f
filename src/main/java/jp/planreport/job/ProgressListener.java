package jp.planreport.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import jp.planreport.intake.SubmissionFile;
import jp.planreport.intake.ValidatedSheet;
import jp.planreport.service.IntakeResult;
import jp.planreport.service.ProgressEvent;

/**
 * Turns Spring Batch's step callbacks into {@link ProgressEvent}s: each step's start and end with
 * its counts and elapsed time, and during intake, at most every few seconds, the files read and plan
 * sheets accepted so far, and the end of every run, whichever door started it (a page following a
 * scheduled roll-up learns of its end too). The intake's worker steps report only through their
 * manager step.
 */
@Component
class ProgressListener implements StepExecutionListener, JobExecutionListener {

    static final String ACCEPTED_SHEETS = "progress.acceptedSheets";
    private static final Duration EVERY = Duration.ofSeconds(5);

    private final ApplicationEventPublisher events;
    private final Map<Long, LocalDateTime> lastPublished = new ConcurrentHashMap<>();

    ProgressListener(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void beforeStep(StepExecution step) {
        events.publishEvent(new ProgressEvent.StepStarted(step.getJobExecutionId(), step.getStepName()));
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        lastPublished.remove(step.getId());
        events.publishEvent(new ProgressEvent.StepFinished(step.getJobExecutionId(), step.getStepName(),
                !step.getFailureExceptions().isEmpty(), step.getReadCount(), step.getSkipCount(), step.getWriteCount(),
                elapsed(step)));
        return null;
    }

    @Override
    public void afterJob(JobExecution job) {
        events.publishEvent(new ProgressEvent.RunFinished(job.getId(), job.getStatus().name(), job.getExitStatus().getExitCode()));
    }

    /** For the intake's worker steps: only the running totals, not a start and end per worker. */
    IntakeProgress intakeProgress() {
        return new IntakeProgress();
    }

    final class IntakeProgress implements ChunkListener<SubmissionFile, IntakeResult>, ItemWriteListener<IntakeResult> {

        @Override
        public void afterWrite(Chunk<? extends IntakeResult> items) {
            StepExecution step = StepSynchronizationManager.getContext().getStepExecution();
            long accepted = items.getItems().stream().flatMap(r -> r.sheets().stream()).filter(ValidatedSheet::accepted).count();
            step.getExecutionContext().putLong(ACCEPTED_SHEETS, step.getExecutionContext().getLong(ACCEPTED_SHEETS, 0L) + accepted);
        }

        @Override
        public void afterChunk(Chunk<IntakeResult> chunk) {
            StepExecution step = StepSynchronizationManager.getContext().getStepExecution();
            LocalDateTime now = LocalDateTime.now();
            LocalDateTime last = lastPublished.getOrDefault(step.getId(), step.getStartTime());
            if (last != null && Duration.between(last, now).compareTo(EVERY) >= 0) {
                lastPublished.put(step.getId(), now);
                events.publishEvent(new ProgressEvent.IntakeRunning(step.getJobExecutionId(), step.getReadCount(),
                        step.getExecutionContext().getLong(ACCEPTED_SHEETS, 0L), elapsed(step)));
            }
        }
    }

    private static Duration elapsed(StepExecution step) {
        return Duration.between(step.getStartTime() == null ? LocalDateTime.now() : step.getStartTime(), LocalDateTime.now());
    }
}
