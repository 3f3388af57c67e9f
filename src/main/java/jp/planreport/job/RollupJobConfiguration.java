package jp.planreport.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import jp.planreport.model.PlanMaster;

/**
 * 夜間集計 (nightly roll-up): the year-end steps with tolerant rules (a sheet still being written is
 * accepted, missing plans never stop it), plus 「前回からの変更」 against the last successful roll-up,
 * written as drafts into {@code <output>/<year>/rollup/<date>/}. Parameters: fiscal year, roll-up
 * date and input digest (see {@link JobParameterNames}); a killed roll-up given again the same day resumes.
 */
@Configuration
public class RollupJobConfiguration {

    public static final String JOB_NAME = "nightlyRollup";

    @Bean
    public Job nightlyRollupJob(JobRepository jobRepository, Step intakeStep, Step aggregateStep, Step rollupChangesStep,
                                Flow renderOutputsFlow, Step publishStep, ProgressListener progress) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(progress)
                .flow(intakeStep)
                .next(aggregateStep)
                .next(rollupChangesStep)
                .next(renderOutputsFlow)
                .next(publishStep)
                .end()
                .build();
    }

    @Bean
    Step rollupChangesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           RollupChangesTasklet rollupChangesTasklet, ProgressListener progress) {
        return CompilationStepsConfiguration.taskletStep("changes", rollupChangesTasklet, jobRepository,
                transactionManager, progress);
    }

    @Bean
    @StepScope
    RollupChangesTasklet rollupChangesTasklet(PlanMaster planMaster, RollupHistory rollups, ApplicationEventPublisher events) {
        return new RollupChangesTasklet(planMaster, rollups, events);
    }
}
