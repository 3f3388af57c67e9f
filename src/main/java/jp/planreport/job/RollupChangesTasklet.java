package jp.planreport.job;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.ApplicationEventPublisher;

import jp.planreport.aggregate.RollupChanges;
import jp.planreport.model.PlanMaster;
import jp.planreport.service.ProgressEvent;

/**
 * 「前回からの変更」: fixes which roll-up this one is compared with and publishes the new, changed and
 * newly invalid plans. The draft workbook shows the same list in its own sheet.
 */
class RollupChangesTasklet implements Tasklet {

    private final PlanMaster master;
    private final RollupHistory rollups;
    private final ApplicationEventPublisher events;

    RollupChangesTasklet(PlanMaster master, RollupHistory rollups, ApplicationEventPublisher events) {
        this.master = master;
        this.rollups = rollups;
        this.events = events;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        RollupChanges changes = rollups.findAndKeepChanges(job, master);
        events.publishEvent(new ProgressEvent.RollupChangesFound(changes));
        contribution.incrementWriteCount(changes.changes().size());
        return RepeatStatus.FINISHED;
    }
}
