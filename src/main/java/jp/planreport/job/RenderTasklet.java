package jp.planreport.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import jp.planreport.aggregate.Compilation;
import jp.planreport.config.OfficeTime;
import jp.planreport.model.PlanMaster;
import jp.planreport.report.Edition;
import jp.planreport.service.PastYears;
import jp.planreport.store.SubmissionStore;

/**
 * A rendering step: the compilation the aggregate step chose, the edition (year-end, or a draft with
 * its changes since the previous roll-up), written into the part file of one output.
 */
abstract class RenderTasklet implements Tasklet {

    private final PlanMaster master;
    private final SubmissionStore store;
    private final CompilationRun run;
    private final RollupHistory rollups;
    private final OfficeTime time;
    private final PastYears pastYears;

    RenderTasklet(PlanMaster master, SubmissionStore store, CompilationRun run, RollupHistory rollups, OfficeTime time,
                  PastYears pastYears) {
        this.pastYears = pastYears;
        this.master = master;
        this.store = store;
        this.run = run;
        this.rollups = rollups;
        this.time = time;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        long jobInstanceId = job.getJobInstance().getInstanceId();
        Compilation loaded = CompilationLoader.load(job.getExecutionContext(), master, store, jobInstanceId);
        Compilation compilation = loaded.withYears(pastYears.compare(master, loaded, run.input()));
        LocalDateTime compiledAt = time.local(job.getCreateTime());
        Edition edition = run.rollup() ? Edition.draft(compiledAt, rollups.keptChanges(job, master)) : Edition.yearEnd(compiledAt);
        OutputFiles outputs = run.outputs();
        Path output = output(outputs);
        try {
            Files.createDirectories(outputs.folder());
            contribution.incrementWriteCount(render(compilation, edition, outputs, jobInstanceId));
        } catch (Exception e) {
            // half a file is of no use to the resumed run, which writes it again, and on a full disk it
            // holds the space the office is asked to free
            try {
                Files.deleteIfExists(part(output));
            } catch (IOException notThere) {
                e.addSuppressed(notThere);
            }
            throw WriteFailures.reason(e).<Exception>map(reason -> new IOException("書き込めませんでした: "
                    + WriteFailures.where(e).filter(p -> !p.equals(part(output))).orElse(output) + "（原因: " + reason + "）", e))
                    .orElse(e);
        }
        return RepeatStatus.FINISHED;
    }

    /** The output this step writes (into its part file). */
    abstract Path output(OutputFiles outputs);

    /** @return how much was written (pages, rows), for the run's history */
    abstract int render(Compilation compilation, Edition edition, OutputFiles outputs, long jobInstanceId) throws Exception;

    PlanMaster master() {
        return master;
    }

    SubmissionStore store() {
        return store;
    }

    static Path part(Path output) {
        return OutputFiles.partOf(output);
    }
}
