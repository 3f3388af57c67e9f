package jp.planreport.cli;

import java.io.IOException;
import java.util.Optional;
import java.util.List;
import java.util.function.Consumer;

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
import jp.planreport.job.AggregationTasklet;
import jp.planreport.job.JobParameterNames;
import jp.planreport.job.OutputFiles;
import jp.planreport.job.YearEndCompilationJobConfiguration;
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
    private final Job job;
    private final SubmissionStore store;
    private final OfficeTime time;

    public CompileCommand(PlanReportProperties properties, JobRuns runs,
                          @Qualifier("yearEndCompilationJob") Job job, SubmissionStore store,
                          OfficeTime time) {
        this.properties = properties;
        this.runs = runs;
        this.job = job;
        this.store = store;
        this.time = time;
    }

    @Override
    public String name() {
        return "compile";
    }

    static final String SETTINGS_CHANGED = "入力は同じですが、前回から設定（団体名・プログラム名・評価の段階）が変わったため、作り直します。";

    @Override
    public int run(CommandLineOptions options) {
        Optional<RunTarget> resolved = RunTarget.resolve(options, properties, "年度末取りまとめ");
        if (resolved.isEmpty()) {
            return ExitCodes.USAGE;
        }
        RunTarget target = resolved.get();
        OutputFiles outputs = OutputFiles.of(target.output(), target.fiscalYear());
        Console.info(FiscalYears.label(target.fiscalYear()) + " 年度末取りまとめ: " + target.folder().yearFolder());
        try {
            JobParameters parameters = target.parameters(Checksums.of(target.folder()))
                    .addString(JobParameterNames.ALLOW_INCOMPLETE, Boolean.toString(options.allowIncomplete()))
                    .toJobParameters();
            JobExecution last = runs.last(YearEndCompilationJobConfiguration.JOB_NAME, parameters);
            if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
                if (isRefused(last) && !options.force()) {
                    return refused(last, target);
                }
                Optional<JobExecution> done = runs.lastCompletedWithSameSettings(YearEndCompilationJobConfiguration.JOB_NAME,
                        parameters);
                if (outputs.exist() && !options.force() && done.isPresent()) {
                    Console.info("この入力は取りまとめ済みです（入力に変更なし、" + time.show(done.get().getEndTime()) + " 完了）。出力: "
                            + outputs.folder());
                    Console.info("作り直すときは --force を付けてください。");
                    return ExitCodes.DONE;
                }
                if (outputs.exist() && !options.force()) {
                    Console.info(SETTINGS_CHANGED);
                }
                parameters = JobRuns.rebuild(parameters);
            }
            Optional<JobExecution> execution = runs.launchOrResume(job, parameters, "取りまとめ");
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
        if (isRefused(execution)) {
            return refused(execution, target);
        }
        List<Finding> findings = store.findings(execution.getJobInstance().getInstanceId());
        printFindings(findings, Console::info);
        Console.info("出力しました:");
        outputs.all().forEach(p -> Console.info("  " + p));
        return ExitCodes.DONE;
    }

    private static boolean isRefused(JobExecution execution) {
        return AggregationTasklet.REFUSED.getExitCode().equals(execution.getExitStatus().getExitCode());
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
