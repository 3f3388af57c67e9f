package jp.planreport.job;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.ApplicationEventPublisher;

import jp.planreport.aggregate.Compilation;
import jp.planreport.aggregate.PolicyGroup;
import jp.planreport.aggregate.VersionsThatCount;
import jp.planreport.intake.PlanSheetValidator;
import jp.planreport.model.Finding;
import jp.planreport.model.PlanMaster;
import jp.planreport.service.ProgressEvent;
import jp.planreport.store.SubmissionStore;

/**
 * The aggregate step: asks {@link VersionsThatCount} which version of each plan counts given what this run's
 * intake saw, keeps the choice (ids in the job's context) and the findings, and refuses the
 * year-end report while a plan has no version that counts, unless the run allows incomplete input.
 */
public class AggregationTasklet implements Tasklet {

    public static final ExitStatus REFUSED = new ExitStatus("REFUSED", "plans of the master are missing");

    private final PlanMaster master;
    private final SubmissionStore store;
    private final long jobInstanceId;
    private final CompilationRun run;
    private final List<String> gradeScale;
    private final ApplicationEventPublisher events;

    AggregationTasklet(PlanMaster master, SubmissionStore store, long jobInstanceId, CompilationRun run,
                       List<String> gradeScale, ApplicationEventPublisher events) {
        this.master = master;
        this.store = store;
        this.jobInstanceId = jobInstanceId;
        this.run = run;
        this.gradeScale = gradeScale;
        this.events = events;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        VersionsThatCount counting = VersionsThatCount.of(master, store.seenInRun(jobInstanceId),
                store.findings(jobInstanceId), run.rules(), store);
        List<Finding> findings = new ArrayList<>(counting.allFindings());
        findings.addAll(PlanSheetValidator.printabilityOf(master));
        store.saveFindings(jobInstanceId, findings);
        CompilationLoader.remember(chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext(),
                counting.counted());

        Compilation compilation = counting.compilation(master);
        for (PolicyGroup policy : compilation.policies()) {
            events.publishEvent(new ProgressEvent.PolicyTotals(policy.policyNo(), policy.title(), policy.plans().size(),
                    policy.submittedCount(), policy.validCount(), policy.gradeCounts(gradeScale)));
        }
        contribution.incrementWriteCount(counting.counted().size());
        if (!counting.complete(master) && run.refusesIncomplete()) {
            contribution.setExitStatus(REFUSED);
        }
        return RepeatStatus.FINISHED;
    }
}
