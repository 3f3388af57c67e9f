package jp.planreport.job;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

import jp.planreport.aggregate.Compilation;
import jp.planreport.cli.Console;
import jp.planreport.intake.PlanMaster;
import jp.planreport.report.Edition;
import jp.planreport.report.pdf.BookletRenderer;
import jp.planreport.store.SubmissionStore;

/** Renders the council report PDF into its part file (published later by {@link PublishTasklet}). */
public class RenderReportTasklet implements Tasklet {

    private final PlanMaster master;
    private final SubmissionStore store;
    private final BookletRenderer renderer;
    private final OutputFiles outputs;

    public RenderReportTasklet(PlanMaster master, SubmissionStore store, BookletRenderer renderer, OutputFiles outputs) {
        this.master = master;
        this.store = store;
        this.renderer = renderer;
        this.outputs = outputs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Compilation compilation = CompilationLoader.load(
                chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext(), master, store,
                chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId());
        Files.createDirectories(outputs.yearFolder());
        Path part = OutputFiles.partOf(outputs.report());
        long start = System.nanoTime();
        int pages = renderer.render(compilation, Edition.yearEnd(
                chunkContext.getStepContext().getStepExecution().getJobExecution().getCreateTime()), part);
        contribution.incrementWriteCount(pages);
        Console.info(String.format("  PDF: %d ページ（%.1f 秒）", pages, (System.nanoTime() - start) / 1e9));
        return RepeatStatus.FINISHED;
    }
}
