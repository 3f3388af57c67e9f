package jp.planreport.job;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 年度末取りまとめ: intake under the year-end rules → aggregate per 方針 (a missing or invalid plan
 * ends the job with exit status REFUSED, unless the run allows incomplete input) → PDF and workbook
 * (side by side) → publish. Parameters: see {@link JobParameterNames}. A failed run given again resumes at the step
 * (and the file) where it stopped. The steps are in {@link CompilationStepsConfiguration}.
 */
@Configuration
public class YearEndCompilationJobConfiguration {

    public static final String JOB_NAME = "yearEndCompilation";

    @Bean
    public Job yearEndCompilationJob(JobRepository jobRepository, Step intakeStep, Step aggregateStep,
                                     Flow renderOutputsFlow, Step publishStep, ProgressListener progress) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(progress)
                .start(intakeStep)
                .next(aggregateStep)
                .on(AggregationTasklet.REFUSED.getExitCode()).end(AggregationTasklet.REFUSED.getExitCode())
                .from(aggregateStep).on(ExitStatus.FAILED.getExitCode()).fail()
                .from(aggregateStep).on("*").to(renderOutputsFlow)
                .next(publishStep)
                .end()
                .build();
    }
}
