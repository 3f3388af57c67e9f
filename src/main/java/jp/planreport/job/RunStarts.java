package jp.planreport.job;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import jp.planreport.config.OfficeTime;
import jp.planreport.intake.Checksums;

/**
 * Whether a roll-up or a year-end compilation of a target has anything to do, and with which job
 * parameters: the same input again is a resume of the same run, a finished run is not redone unless
 * forced or its settings changed. The command line and the portal ask this before they launch.
 */
@Component
public class RunStarts {

    public static final String SETTINGS_CHANGED = "入力は同じですが、前回から設定（団体名・プログラム名・評価の段階）が変わったため、作り直します。";

    /** What to do. */
    public sealed interface Start {
    }

    /** Nothing: the office is told why (the same input as the last roll-up, or already compiled). */
    public record NothingToDo(String message) implements Start {
    }

    /** A year-end compilation of this input was refused (plans missing or invalid) and nothing changed since. */
    public record RefusedBefore(JobExecution execution) implements Start {
    }

    /** Launch (or resume) this job with these parameters. */
    public record Launch(Job job, JobParameters parameters, String what, String digest) implements Start {
    }

    private final JobRuns runs;
    private final RollupHistory history;
    private final OfficeTime time;
    private final Job rollupJob;
    private final Job compileJob;

    public RunStarts(JobRuns runs, RollupHistory history, OfficeTime time, @Qualifier("nightlyRollupJob") Job rollupJob,
                     @Qualifier("yearEndCompilationJob") Job compileJob) {
        this.runs = runs;
        this.history = history;
        this.time = time;
        this.rollupJob = rollupJob;
        this.compileJob = compileJob;
    }

    /** A roll-up of the target on the given day. */
    public Start rollup(RunTarget target, LocalDate today, boolean force, RunMessages say) throws IOException {
        String digest = Checksums.of(target.folder());
        Optional<JobExecution> last = history.lastSuccessful(target.fiscalYear(), target.input(), target.output());
        boolean sameInput = last.isPresent() && digest.equals(last.get().getJobParameters().getString(JobParameterNames.INPUT_DIGEST));
        if (!force && sameInput && target.sameSettingsAs(last.get())) {
            return new NothingToDo("変更はありません: 前回の夜間集計（" + time.show(last.get().getEndTime()) + "）から入力は同じです。"
                    + "何も出力していません。");
        }
        if (!force && sameInput) {
            say.info(SETTINGS_CHANGED);
        }
        JobParameters parameters = target.parameters(digest).addString(JobParameterNames.ROLLUP_DATE, today.toString())
                .toJobParameters();
        JobExecution same = runs.last(RollupJobConfiguration.JOB_NAME, parameters);
        if (force || (same != null && same.getStatus() == BatchStatus.COMPLETED)) {
            // the same input came back later the same day, or other settings (or --force): a new run of it
            parameters = JobRuns.rebuild(parameters);
        }
        return new Launch(rollupJob, parameters, "夜間集計", digest);
    }

    /** The year-end compilation of the target. */
    public Start compile(RunTarget target, boolean allowIncomplete, boolean force, RunMessages say) throws IOException {
        OutputFiles outputs = OutputFiles.of(target.output(), target.fiscalYear());
        String digest = Checksums.of(target.folder());
        JobParameters parameters = target.parameters(digest)
                .addString(JobParameterNames.ALLOW_INCOMPLETE, Boolean.toString(allowIncomplete))
                .toJobParameters();
        JobExecution last = runs.last(YearEndCompilationJobConfiguration.JOB_NAME, parameters);
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            if (refused(last) && !force) {
                return new RefusedBefore(last);
            }
            Optional<JobExecution> done = runs.lastCompletedWithSameSettings(YearEndCompilationJobConfiguration.JOB_NAME, parameters);
            if (outputs.exist() && !force && done.isPresent()) {
                return new NothingToDo("この入力は取りまとめ済みです（入力に変更なし、" + time.show(done.get().getEndTime()) + " 完了）。出力: "
                        + outputs.folder());
            }
            if (outputs.exist() && !force) {
                say.info(SETTINGS_CHANGED);
            }
            parameters = JobRuns.rebuild(parameters);
        }
        return new Launch(compileJob, parameters, "取りまとめ", digest);
    }

    /** A year-end run that ended refused: plans missing or invalid, nothing written. */
    public static boolean refused(JobExecution execution) {
        return AggregationTasklet.REFUSED.getExitCode().equals(execution.getExitStatus().getExitCode());
    }
}
