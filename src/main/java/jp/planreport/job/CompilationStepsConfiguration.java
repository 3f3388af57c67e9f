package jp.planreport.job;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import jp.planreport.config.IntakeProperties;
import jp.planreport.config.OfficeTime;
import jp.planreport.config.PlanReportProperties;
import jp.planreport.intake.PlanMasterException;
import jp.planreport.intake.PlanMasterReader;
import jp.planreport.intake.SubmissionFile;
import jp.planreport.model.PlanMaster;
import jp.planreport.report.html.HtmlEditionWriter;
import jp.planreport.report.pdf.BookletRenderer;
import jp.planreport.report.workbook.SummaryWorkbookWriter;
import jp.planreport.service.IntakeResult;
import jp.planreport.service.PastYears;
import jp.planreport.service.SubmissionIntake;
import jp.planreport.store.SubmissionStore;

/**
 * The steps both jobs are made of: intake (read → validate → store, a few files per chunk) →
 * aggregate per 方針 → PDF and workbook side by side → publish. What differs between the year-end compilation and
 * a roll-up (strict or tolerant rules, final or draft outputs) comes from the job parameters, see
 * {@link CompilationRun}.
 */
@Configuration
public class CompilationStepsConfiguration {

    private static final String JOB_PARAMETERS = "#{stepExecution.jobExecution.jobParameters}";
    private static final String JOB_INSTANCE_ID = "#{stepExecution.jobExecution.jobInstance.instanceId}";

    /**
     * Intake, partitioned: the files are read in parts (every n-th file) by as many worker steps,
     * run side by side on a local task executor; n is {@code plan-report.intake.partitions}, by
     * default the number of processors. Remote workers would be a different partition handler.
     */
    @Bean
    public Step intakeStep(JobRepository jobRepository, Step intakeFilesStep, ProgressListener progress,
                           IntakeProperties intake) {
        int gridSize = intake.gridSize();
        SimpleAsyncTaskExecutor workers = new SimpleAsyncTaskExecutor("intake-");
        workers.setConcurrencyLimit(gridSize);
        return new StepBuilder("intake", jobRepository)
                .partitioner("intakeFiles", new SubmissionFilePartitioner())
                .step(intakeFilesStep)
                .gridSize(gridSize)
                .taskExecutor(workers)
                .listener((StepExecutionListener) progress)
                .build();
    }

    /** One part of the intake: read → validate → store, a few files per chunk. */
    @Bean
    public Step intakeFilesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                SubmissionFileReader submissionFileReader, SubmissionIntakeProcessor submissionIntakeProcessor,
                                IntakeResultWriter intakeResultWriter, ProgressListener progress, IntakeProperties intake) {
        return new StepBuilder("intakeFiles", jobRepository)
                .<SubmissionFile, IntakeResult>chunk(intake.filesPerChunk())
                .transactionManager(transactionManager)
                .reader(submissionFileReader)
                .processor(submissionIntakeProcessor)
                .writer(intakeResultWriter)
                .listener(progress.intakeProgress())
                .build();
    }

    @Bean
    public Step aggregateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                              AggregationTasklet aggregationTasklet, ProgressListener progress) {
        return taskletStep("aggregate", aggregationTasklet, jobRepository, transactionManager, progress);
    }

    @Bean
    public Step renderReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                 RenderReportTasklet renderReportTasklet, ProgressListener progress) {
        return taskletStep("renderReport", renderReportTasklet, jobRepository, transactionManager, progress);
    }

    @Bean
    public Step renderSummaryStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                  RenderSummaryTasklet renderSummaryTasklet, ProgressListener progress) {
        return taskletStep("renderSummary", renderSummaryTasklet, jobRepository, transactionManager, progress);
    }

    @Bean
    public Step renderHtmlStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                               RenderHtmlTasklet renderHtmlTasklet, ProgressListener progress) {
        return taskletStep("renderHtml", renderHtmlTasklet, jobRepository, transactionManager, progress);
    }

    /**
     * The PDF and the workbook are written at the same time: the PDF's export runs on one core, the
     * workbook and then the HTML edition take the other. Each is its own step, so a restart redoes only
     * the one that failed.
     */
    @Bean
    public Flow renderOutputsFlow(Step renderReportStep, Step renderSummaryStep, Step renderHtmlStep) {
        SimpleAsyncTaskExecutor renderers = new SimpleAsyncTaskExecutor("render-");
        return new FlowBuilder<SimpleFlow>("renderOutputs")
                .split(renderers)
                .add(new FlowBuilder<SimpleFlow>("report").start(renderReportStep).build(),
                        new FlowBuilder<SimpleFlow>("summary").start(renderSummaryStep).next(renderHtmlStep).build())
                .build();
    }

    @Bean
    public Step publishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            PublishTasklet publishTasklet, ProgressListener progress) {
        return taskletStep("publish", publishTasklet, jobRepository, transactionManager, progress);
    }

    static Step taskletStep(String name, Tasklet tasklet, JobRepository jobRepository,
                            PlatformTransactionManager transactionManager, ProgressListener progress) {
        return new StepBuilder(name, jobRepository).tasklet(tasklet, transactionManager)
                .listener((StepExecutionListener) progress).build();
    }

    // step-scoped parts: built per run from the job parameters (a CompilationRun is read from them
    // in each, not shared as a bean: a record cannot be behind a scoped proxy)

    @Bean
    @StepScope
    public PlanMaster planMaster(@Value(JOB_PARAMETERS) JobParameters parameters) throws PlanMasterException {
        return new PlanMasterReader().read(CompilationRun.of(parameters).folder().planMaster(), CompilationRun.of(parameters).fiscalYear());
    }

    @Bean
    @StepScope
    public SubmissionFileReader submissionFileReader(@Value(JOB_PARAMETERS) JobParameters parameters,
            @Value("#{stepExecutionContext['" + SubmissionFilePartitioner.PART + "']}") Integer part,
            @Value("#{stepExecutionContext['" + SubmissionFilePartitioner.PARTS + "']}") Integer parts) {
        return new SubmissionFileReader(CompilationRun.of(parameters).folder(), part, parts);
    }

    @Bean
    @StepScope
    SubmissionIntakeProcessor submissionIntakeProcessor(PlanMaster planMaster, PlanReportProperties properties,
                                                        @Value(JOB_PARAMETERS) JobParameters parameters, SubmissionIntake intake) {
        return new SubmissionIntakeProcessor(intake,
                intake.validator(planMaster, properties.gradeScale(), CompilationRun.of(parameters).requireComplete()));
    }

    @Bean
    @StepScope
    IntakeResultWriter intakeResultWriter(SubmissionIntake intake, @Value(JOB_INSTANCE_ID) Long jobInstanceId,
                                          @Value(JOB_PARAMETERS) JobParameters parameters,
                                          @Value("#{stepExecution.jobExecution.startTime}") LocalDateTime started) {
        // the office received the files when this run (or its resumption) began
        return new IntakeResultWriter(intake, jobInstanceId, started.atZone(ZoneId.systemDefault()).toInstant(),
                CompilationRun.of(parameters).requireComplete());
    }

    @Bean
    @StepScope
    AggregationTasklet aggregationTasklet(PlanMaster planMaster, SubmissionStore store, PlanReportProperties properties,
                                          @Value(JOB_PARAMETERS) JobParameters parameters, @Value(JOB_INSTANCE_ID) Long jobInstanceId,
                                          ApplicationEventPublisher events) {
        return new AggregationTasklet(planMaster, store, jobInstanceId, CompilationRun.of(parameters), properties.gradeScale().codes(),
                events);
    }

    @Bean
    @StepScope
    public RenderReportTasklet renderReportTasklet(PlanMaster planMaster, SubmissionStore store, @Value(JOB_PARAMETERS) JobParameters parameters,
                                                   RollupHistory rollups, OfficeTime time, PastYears pastYears,
                                                   BookletRenderer renderer, ApplicationEventPublisher events) {
        return new RenderReportTasklet(planMaster, store, CompilationRun.of(parameters), rollups, time, pastYears, renderer,
                events);
    }

    @Bean
    @StepScope
    public RenderSummaryTasklet renderSummaryTasklet(PlanMaster planMaster, SubmissionStore store, @Value(JOB_PARAMETERS) JobParameters parameters,
                                                     RollupHistory rollups, OfficeTime time, PastYears pastYears,
                                                     SummaryWorkbookWriter writer, ApplicationEventPublisher events) {
        return new RenderSummaryTasklet(planMaster, store, CompilationRun.of(parameters), rollups, time, pastYears, writer,
                events);
    }

    @Bean
    @StepScope
    public RenderHtmlTasklet renderHtmlTasklet(PlanMaster planMaster, SubmissionStore store, @Value(JOB_PARAMETERS) JobParameters parameters,
                                               RollupHistory rollups, OfficeTime time, PastYears pastYears,
                                               HtmlEditionWriter writer) {
        return new RenderHtmlTasklet(planMaster, store, CompilationRun.of(parameters), rollups, time, pastYears, writer);
    }

    @Bean
    @StepScope
    public PublishTasklet publishTasklet(@Value(JOB_PARAMETERS) JobParameters parameters) {
        return new PublishTasklet(CompilationRun.of(parameters).outputs());
    }
}
