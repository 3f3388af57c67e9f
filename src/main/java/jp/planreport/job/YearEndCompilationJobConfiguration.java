package jp.planreport.job;

import java.nio.file.Path;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import jp.planreport.config.PlanReportProperties;
import jp.planreport.intake.PlanMaster;
import jp.planreport.intake.PlanMasterException;
import jp.planreport.intake.PlanMasterReader;
import jp.planreport.intake.PlanSheetValidator;
import jp.planreport.intake.SubmissionFolder;
import jp.planreport.intake.SubmissionWorkbookReader;
import jp.planreport.report.pdf.BookletRenderer;
import jp.planreport.report.workbook.SummaryWorkbookWriter;
import jp.planreport.store.SubmissionStore;

/**
 * 年度末取りまとめ: intake (read → validate → store, one chunk per few files) → aggregate per 方針
 * → PDF → workbook → publish. Parameters: see {@link JobParameterNames}. A failed run given again
 * resumes at the step (and the file) where it stopped.
 */
@Configuration
public class YearEndCompilationJobConfiguration {

    public static final String JOB_NAME = "yearEndCompilation";
    private static final int FILES_PER_CHUNK = 4;

    @Bean
    public Job yearEndCompilationJob(JobRepository jobRepository, Step intakeStep, Step aggregateStep,
                                     Step renderReportStep, Step renderSummaryStep, Step publishStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(intakeStep)
                .next(aggregateStep)
                .on(AggregationTasklet.REFUSED.getExitCode()).end(AggregationTasklet.REFUSED.getExitCode())
                .from(aggregateStep).on(ExitStatus.FAILED.getExitCode()).fail()
                .from(aggregateStep).on("*").to(renderReportStep)
                .next(renderSummaryStep)
                .next(publishStep)
                .end()
                .build();
    }

    @Bean
    public Step intakeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           SubmissionFileReader submissionFileReader, SubmissionIntakeProcessor submissionIntakeProcessor,
                           IntakeResultWriter intakeResultWriter) {
        return new StepBuilder("intake", jobRepository)
                .<jp.planreport.intake.SubmissionFile, IntakeResult>chunk(FILES_PER_CHUNK, transactionManager)
                .reader(submissionFileReader)
                .processor(submissionIntakeProcessor)
                .writer(intakeResultWriter)
                .build();
    }

    @Bean
    public Step aggregateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                              AggregationTasklet aggregationTasklet) {
        return new StepBuilder("aggregate", jobRepository).tasklet(aggregationTasklet, transactionManager).build();
    }

    @Bean
    public Step renderReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                 RenderReportTasklet renderReportTasklet) {
        return new StepBuilder("renderReport", jobRepository).tasklet(renderReportTasklet, transactionManager).build();
    }

    @Bean
    public Step renderSummaryStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                  RenderSummaryTasklet renderSummaryTasklet) {
        return new StepBuilder("renderSummary", jobRepository).tasklet(renderSummaryTasklet, transactionManager).build();
    }

    @Bean
    public Step publishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            PublishTasklet publishTasklet) {
        return new StepBuilder("publish", jobRepository).tasklet(publishTasklet, transactionManager).build();
    }

    // step-scoped parts: built per run from the job parameters

    @Bean
    @StepScope
    public PlanMaster planMaster(@Value("#{jobParameters['" + JobParameterNames.INPUT + "']}") String input,
                                 @Value("#{jobParameters['" + JobParameterNames.FISCAL_YEAR + "']}") Long fiscalYear)
            throws PlanMasterException {
        return new PlanMasterReader().read(SubmissionFolder.of(Path.of(input), fiscalYear.intValue()).planMaster(),
                fiscalYear.intValue());
    }

    @Bean
    @StepScope
    public SubmissionFileReader submissionFileReader(
            @Value("#{jobParameters['" + JobParameterNames.INPUT + "']}") String input,
            @Value("#{jobParameters['" + JobParameterNames.FISCAL_YEAR + "']}") Long fiscalYear) {
        return new SubmissionFileReader(SubmissionFolder.of(Path.of(input), fiscalYear.intValue()));
    }

    @Bean
    @StepScope
    public SubmissionIntakeProcessor submissionIntakeProcessor(PlanMaster planMaster, PlanReportProperties properties) {
        return new SubmissionIntakeProcessor(new SubmissionWorkbookReader(),
                new PlanSheetValidator(planMaster, properties.gradeScale(), true));
    }

    @Bean
    @StepScope
    public IntakeResultWriter intakeResultWriter(SubmissionStore store,
            @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") Long jobInstanceId) {
        return new IntakeResultWriter(store, jobInstanceId);
    }

    @Bean
    @StepScope
    public AggregationTasklet aggregationTasklet(PlanMaster planMaster, SubmissionStore store, PlanReportProperties properties,
            @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") Long jobInstanceId,
            @Value("#{jobParameters['" + JobParameterNames.ALLOW_INCOMPLETE + "']}") String allowIncomplete) {
        return new AggregationTasklet(planMaster, store, jobInstanceId, Boolean.parseBoolean(allowIncomplete),
                properties.gradeScale().codes());
    }

    @Bean
    @StepScope
    public RenderReportTasklet renderReportTasklet(PlanMaster planMaster, SubmissionStore store, BookletRenderer renderer,
            @Value("#{jobParameters['" + JobParameterNames.OUTPUT + "']}") String output,
            @Value("#{jobParameters['" + JobParameterNames.FISCAL_YEAR + "']}") Long fiscalYear) {
        return new RenderReportTasklet(planMaster, store, renderer, OutputFiles.of(Path.of(output), fiscalYear.intValue()));
    }

    @Bean
    @StepScope
    public RenderSummaryTasklet renderSummaryTasklet(PlanMaster planMaster, SubmissionStore store,
            SummaryWorkbookWriter writer,
            @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") Long jobInstanceId,
            @Value("#{jobParameters['" + JobParameterNames.OUTPUT + "']}") String output,
            @Value("#{jobParameters['" + JobParameterNames.FISCAL_YEAR + "']}") Long fiscalYear) {
        return new RenderSummaryTasklet(planMaster, store, writer, OutputFiles.of(Path.of(output), fiscalYear.intValue()),
                jobInstanceId);
    }

    @Bean
    @StepScope
    public PublishTasklet publishTasklet(@Value("#{jobParameters['" + JobParameterNames.OUTPUT + "']}") String output,
            @Value("#{jobParameters['" + JobParameterNames.FISCAL_YEAR + "']}") Long fiscalYear) {
        return new PublishTasklet(OutputFiles.of(Path.of(output), fiscalYear.intValue()));
    }
}
