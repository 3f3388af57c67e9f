package jp.planreport.job;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

import jp.planreport.aggregate.Compilation;
import jp.planreport.cli.Console;
import jp.planreport.intake.PlanMaster;
import jp.planreport.intake.PlanMasterEntry;
import jp.planreport.report.Edition;
import jp.planreport.report.workbook.SummaryWorkbookWriter;
import jp.planreport.store.SubmissionStore;

/** Writes the summary workbook into its part file (published later by {@link PublishTasklet}). */
public class RenderSummaryTasklet implements Tasklet {

    private final PlanMaster master;
    private final SubmissionStore store;
    private final SummaryWorkbookWriter writer;
    private final OutputFiles outputs;
    private final long jobInstanceId;

    public RenderSummaryTasklet(PlanMaster master, SubmissionStore store, SummaryWorkbookWriter writer,
                                OutputFiles outputs, long jobInstanceId) {
        this.master = master;
        this.store = store;
        this.writer = writer;
        this.outputs = outputs;
        this.jobInstanceId = jobInstanceId;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Compilation compilation = CompilationLoader.load(
                chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext(), master, store, jobInstanceId);
        Files.createDirectories(outputs.yearFolder());
        Map<String, String> departments = new HashMap<>();
        store.plansByFile(jobInstanceId).forEach((file, plans) -> departments.put(file, plans.stream()
                .map(master::plan).flatMap(java.util.Optional::stream).map(PlanMasterEntry::leadDepartment)
                .distinct().collect(Collectors.joining("、"))));
        writer.write(compilation, store.findings(jobInstanceId), departments, Edition.yearEnd(
                chunkContext.getStepContext().getStepExecution().getJobExecution().getCreateTime()), OutputFiles.partOf(outputs.summary()));
        contribution.incrementWriteCount(compilation.plans().size());
        Console.info("  集計表: プラン " + compilation.plans().size() + " 行");
        return RepeatStatus.FINISHED;
    }
}
