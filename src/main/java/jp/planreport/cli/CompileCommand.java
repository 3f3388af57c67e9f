package jp.planreport.cli;

import java.io.IOException;
import java.util.Optional;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.stereotype.Component;

import jp.planreport.config.PlanReportProperties;
import jp.planreport.job.JobRuns;
import jp.planreport.job.OutputFiles;
import jp.planreport.job.RunStarts;
import jp.planreport.job.RunTarget;
import jp.planreport.model.Finding;
import jp.planreport.model.FiscalYears;
import jp.planreport.model.Severity;
import jp.planreport.store.SubmissionStore;

/**
 * {@code compile}: checks the plan master first (a broken one stops everything before any output is
 * touched), then launches — or resumes — the year-end compilation job for this exact input.
 */
@Component
public class CompileCommand implements Command {

    private static final Logger log = LoggerFactory.getLogger(CompileCommand.class);

    private final PlanReportProperties properties;
    private final JobRuns runs;
    private final RunStarts starts;
    private final SubmissionStore store;

    public CompileCommand(PlanReportProperties properties, JobRuns runs, RunStarts starts, SubmissionStore store) {
        this.properties = properties;
        this.runs = runs;
        this.starts = starts;
        this.store = store;
    }

    @Override
    public String name() {
        return "compile";
    }

    @Override
    public int run(CommandLineOptions options) {
        Optional<RunTarget> resolved = options.target(properties, "年度末取りまとめ");
        if (resolved.isEmpty()) {
            return ExitCodes.USAGE;
        }
        RunTarget target = resolved.get();
        OutputFiles outputs = OutputFiles.of(target.output(), target.fiscalYear());
        Console.info(FiscalYears.label(target.fiscalYear()) + " 年度末取りまとめ: " + target.folder().yearFolder());
        try {
            RunStarts.Start start = starts.compile(target, options.allowIncomplete(), options.force(), Console.MESSAGES);
            if (start instanceof RunStarts.RefusedBefore refused) {
                return refused(refused.execution(), target);
            }
            if (start instanceof RunStarts.NothingToDo nothing) {
                Console.info(nothing.message());
                Console.info("作り直すときは --force を付けてください。");
                return ExitCodes.DONE;
            }
            RunStarts.Launch launch = (RunStarts.Launch) start;
            Optional<JobExecution> execution = runs.launchOrResume(launch.job(), launch.parameters(), launch.what(), Console.MESSAGES);
            return execution.isEmpty() ? ExitCodes.FAILED : report(execution.get(), outputs, target);
        } catch (IOException e) {
            Console.error("入力フォルダを読めません: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (JobExecutionException e) {
            log.error("launch failed", e);
            Console.error("取りまとめを開始できませんでした: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    private int report(JobExecution execution, OutputFiles outputs, RunTarget target) {
        if (RunStarts.refused(execution)) {
            return refused(execution, target);
        }
        List<Finding> findings = store.findings(execution.getJobInstance().getInstanceId());
        printFindings(findings, Console::info);
        Console.info("出力しました:");
        outputs.all().forEach(p -> Console.info("  " + p));
        return ExitCodes.DONE;
    }

    private int refused(JobExecution execution, RunTarget target) {
        Console.error("全プランのシートが完成・有効になっていないため、年度末の報告書は作成しませんでした。何も出力していません。");
        new Refusal(target.master(), store, execution).lines().forEach(Console::error);
        Console.error("提出・修正を待ってもう一度実行するか、--allow-incomplete で「未提出」のまま作成してください。");
        return ExitCodes.REFUSED;
    }

    static void printFindings(List<Finding> findings, Consumer<String> print) {
        if (findings.isEmpty()) {
            return;
        }
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        print.accept("確認事項 " + findings.size() + " 件（うちエラー " + errors + " 件）:");
        findings.forEach(f -> print.accept("  " + f.describe()));
    }
}
