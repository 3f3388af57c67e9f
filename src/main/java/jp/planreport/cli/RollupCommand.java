package jp.planreport.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import jp.planreport.config.OfficeTime;
import jp.planreport.config.PlanReportProperties;
import jp.planreport.intake.Checksums;
import jp.planreport.job.JobParameterNames;
import jp.planreport.job.OutputFiles;
import jp.planreport.job.RollupHistory;
import jp.planreport.job.RollupJobConfiguration;
import jp.planreport.model.Finding;
import jp.planreport.model.FiscalYears;
import jp.planreport.store.SubmissionStore;

/**
 * {@code rollup}: one nightly roll-up now. When the input is the same as at the last successful
 * roll-up of the year it says so and writes nothing; otherwise it launches (or resumes, the same
 * day) the roll-up job, which writes the drafts and the changes since the last roll-up.
 */
@Component
public class RollupCommand implements Command {

    private static final Logger log = LoggerFactory.getLogger(RollupCommand.class);

    private final PlanReportProperties properties;
    private final OfficeTime time;
    private final JobRuns runs;
    private final Job job;
    private final RollupHistory history;
    private final SubmissionStore store;

    public RollupCommand(PlanReportProperties properties, OfficeTime time, JobRuns runs,
                         @Qualifier("nightlyRollupJob") Job job, RollupHistory history, SubmissionStore store) {
        this.properties = properties;
        this.time = time;
        this.runs = runs;
        this.job = job;
        this.history = history;
        this.store = store;
    }

    @Override
    public String name() {
        return "rollup";
    }

    @Override
    public int run(CommandLineOptions options) {
        Optional<RunTarget> resolved = RunTarget.resolve(options, properties, "夜間集計");
        if (resolved.isEmpty()) {
            return ExitCodes.USAGE;
        }
        RunTarget target = resolved.get();
        LocalDate today = time.today();
        Console.info(FiscalYears.label(target.fiscalYear()) + " 夜間集計（" + today + "）: " + target.folder().yearFolder());
        try {
            String digest = Checksums.of(target.folder());
            Optional<JobExecution> last = history.lastSuccessful(target.fiscalYear(), target.input(), target.output());
            boolean sameInput = last.isPresent()
                    && digest.equals(last.get().getJobParameters().getString(JobParameterNames.INPUT_DIGEST));
            if (!options.force() && sameInput && target.sameSettingsAs(last.get())) {
                Console.info("変更はありません: 前回の夜間集計（" + time.show(last.get().getEndTime()) + "）から入力は同じです。"
                        + "何も出力していません。");
                return ExitCodes.DONE;
            }
            if (!options.force() && sameInput) {
                Console.info(CompileCommand.SETTINGS_CHANGED);
            }
            JobParameters parameters = target.parameters(digest)
                    .addString(JobParameterNames.ROLLUP_DATE, today.toString())
                    .toJobParameters();
            JobExecution same = runs.last(RollupJobConfiguration.JOB_NAME, parameters);
            if (options.force() || (same != null && same.getStatus() == BatchStatus.COMPLETED)) {
                // the same input came back later the same day, or other settings (or --force): a new run of it
                parameters = JobRuns.rebuild(parameters);
            }
            Optional<JobExecution> completed = runs.launchOrResume(job, parameters, "夜間集計");
            if (completed.isEmpty()) {
                return ExitCodes.FAILED;
            }
            JobExecution execution = completed.get();
            RollupShortcut.remember(target.output(), target.fiscalYear(), target.input(), digest, target.settingsDigest(),
                    time.show(execution.getEndTime()));
            List<Finding> findings = store.findings(execution.getJobInstance().getInstanceId());
            CompileCommand.printFindings(findings, Console::info);
            Console.info("案を出力しました:");
            OutputFiles.rollup(target.output(), target.fiscalYear(), today).all().forEach(p -> Console.info("  " + p));
            return ExitCodes.DONE;
        } catch (IOException e) {
            Console.error("入力フォルダを読めません: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (JobExecutionException e) {
            log.error("launch failed", e);
            Console.error("夜間集計を開始できませんでした: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }
}
