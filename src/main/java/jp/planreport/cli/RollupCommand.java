package jp.planreport.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.stereotype.Component;

import jp.planreport.config.OfficeTime;
import jp.planreport.config.PlanReportProperties;
import jp.planreport.job.JobRuns;
import jp.planreport.job.OutputFiles;
import jp.planreport.job.RunStarts;
import jp.planreport.job.RunTarget;
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
    private final RunStarts starts;
    private final SubmissionStore store;

    public RollupCommand(PlanReportProperties properties, OfficeTime time, JobRuns runs, RunStarts starts, SubmissionStore store) {
        this.properties = properties;
        this.time = time;
        this.runs = runs;
        this.starts = starts;
        this.store = store;
    }

    @Override
    public String name() {
        return "rollup";
    }

    @Override
    public int run(CommandLineOptions options) {
        Optional<RunTarget> resolved = options.target(properties, "夜間集計");
        if (resolved.isEmpty()) {
            return ExitCodes.USAGE;
        }
        RunTarget target = resolved.get();
        LocalDate today = time.today();
        Console.info(FiscalYears.label(target.fiscalYear()) + " 夜間集計（" + today + "）: " + target.folder().yearFolder());
        try {
            RunStarts.Start start = starts.rollup(target, today, options.force(), Console.MESSAGES);
            if (start instanceof RunStarts.NothingToDo nothing) {
                Console.info(nothing.message());
                return ExitCodes.DONE;
            }
            RunStarts.Launch launch = (RunStarts.Launch) start;
            Optional<JobExecution> completed = runs.launchOrResume(launch.job(), launch.parameters(), launch.what(), Console.MESSAGES);
            if (completed.isEmpty()) {
                return ExitCodes.FAILED;
            }
            JobExecution execution = completed.get();
            RollupShortcut.remember(target.output(), target.fiscalYear(), target.input(), launch.digest(), target.settingsDigest(),
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
