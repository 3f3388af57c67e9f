package jp.planreport.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalInt;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import jp.planreport.config.PlanReportProperties;
import jp.planreport.intake.Checksums;
import jp.planreport.intake.Finding;
import jp.planreport.intake.FiscalYears;
import jp.planreport.intake.PlanMasterException;
import jp.planreport.intake.PlanMasterReader;
import jp.planreport.intake.Severity;
import jp.planreport.intake.SubmissionFolder;
import jp.planreport.job.AggregationTasklet;
import jp.planreport.job.JobParameterNames;
import jp.planreport.job.OutputFiles;
import jp.planreport.job.YearEndCompilationJobConfiguration;
import jp.planreport.store.SubmissionStore;

/**
 * {@code compile}: checks the plan master first (a broken one stops everything before any output is
 * touched), then launches — or resumes — the year-end compilation job for this exact input.
 */
@Component
public class CompileCommand implements Command {

    private static final Logger log = LoggerFactory.getLogger(CompileCommand.class);

    private final PlanReportProperties properties;
    private final JobLauncher jobLauncher;
    private final JobRepository jobRepository;
    private final Job job;
    private final SubmissionStore store;

    public CompileCommand(PlanReportProperties properties, JobLauncher jobLauncher, JobRepository jobRepository,
                          @Qualifier("yearEndCompilationJob") Job job, SubmissionStore store) {
        this.properties = properties;
        this.jobLauncher = jobLauncher;
        this.jobRepository = jobRepository;
        this.job = job;
        this.store = store;
    }

    @Override
    public String name() {
        return "compile";
    }

    @Override
    public int run(CommandLineOptions options) {
        Path input = options.input(properties.input()).toAbsolutePath().normalize();
        Path output = options.output(properties.output()).toAbsolutePath().normalize();
        OptionalInt year;
        try {
            year = options.fiscalYear().isPresent() ? options.fiscalYear() : SubmissionFolder.newestYear(input);
        } catch (IllegalArgumentException e) {
            Console.error(e.getMessage());
            return ExitCodes.USAGE;
        }
        if (year.isEmpty()) {
            Console.error("入力フォルダ " + input + " に <年度>/plans.csv が見つかりません。--input を確認してください。");
            return ExitCodes.USAGE;
        }
        int fiscalYear = year.getAsInt();
        SubmissionFolder folder = SubmissionFolder.of(input, fiscalYear);
        try {
            new PlanMasterReader().read(folder.planMaster(), fiscalYear);
        } catch (PlanMasterException e) {
            Console.error("プラン一覧（" + folder.planMaster() + "）に誤りがあるため、取りまとめを中止しました。何も出力していません。");
            e.problems().forEach(p -> Console.error("  " + p));
            return ExitCodes.USAGE;
        }
        OutputFiles outputs = OutputFiles.of(output, fiscalYear);
        Console.info(FiscalYears.label(fiscalYear) + " 年度末取りまとめ: " + folder.yearFolder());
        try {
            JobParameters parameters = new JobParametersBuilder()
                    .addLong(JobParameterNames.FISCAL_YEAR, (long) fiscalYear)
                    .addString(JobParameterNames.INPUT, input.toString())
                    .addString(JobParameterNames.OUTPUT, output.toString())
                    .addString(JobParameterNames.INPUT_DIGEST, Checksums.of(folder))
                    .addString(JobParameterNames.ALLOW_INCOMPLETE, Boolean.toString(options.allowIncomplete()))
                    .toJobParameters();
            JobExecution last = jobRepository.getLastJobExecution(YearEndCompilationJobConfiguration.JOB_NAME, parameters);
            if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
                if (isRefused(last)) {
                    return refused(last);
                }
                if (outputs.exist()) {
                    Console.info("この入力は取りまとめ済みです（入力に変更なし）。出力: " + outputs.yearFolder());
                    return ExitCodes.DONE;
                }
                parameters = new JobParametersBuilder(parameters)
                        .addString(JobParameterNames.REBUILD, LocalDateTime.now().toString()).toJobParameters();
            } else if (last != null && last.getStatus().isRunning()) {
                // this process holds the database lock, so a "running" execution was killed: resume it
                markAbandonedRunAsFailed(last);
            }
            if (last != null && (last.getStatus() == BatchStatus.FAILED || last.getStatus().isRunning())) {
                Console.info("前回中断した取りまとめを再開します（完了済みの手順は繰り返しません）。");
            }
            return report(jobLauncher.run(job, parameters), outputs);
        } catch (IOException e) {
            Console.error("入力フォルダを読めません: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (org.springframework.batch.core.JobExecutionException e) {
            log.error("launch failed", e);
            Console.error("取りまとめを開始できませんでした: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    private void markAbandonedRunAsFailed(JobExecution execution) {
        java.time.LocalDateTime now = java.time.LocalDateTime.now();
        for (var step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED);
                step.setEndTime(now);
                jobRepository.update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(ExitStatus.FAILED.addExitDescription("abandoned: the process ended without finishing"));
        execution.setEndTime(now);
        jobRepository.update(execution);
    }

    private int report(JobExecution execution, OutputFiles outputs) {
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            execution.getAllFailureExceptions().forEach(e -> log.error("compilation failed", e));
            String cause = execution.getAllFailureExceptions().stream().map(Throwable::getMessage).findFirst().orElse("");
            Console.error("取りまとめに失敗しました: " + cause);
            Console.error("原因を取り除いてから同じコマンドをもう一度実行すると、続きから再開します（詳細は data/plan-report.log）。");
            return ExitCodes.FAILED;
        }
        if (isRefused(execution)) {
            return refused(execution);
        }
        List<Finding> findings = store.findings(execution.getJobInstance().getInstanceId());
        printFindings(findings, false);
        Console.info("出力しました:");
        outputs.all().forEach(p -> Console.info("  " + p));
        return ExitCodes.DONE;
    }

    private static boolean isRefused(JobExecution execution) {
        return AggregationTasklet.REFUSED.getExitCode().equals(execution.getExitStatus().getExitCode());
    }

    private int refused(JobExecution execution) {
        List<Finding> findings = store.findings(execution.getJobInstance().getInstanceId());
        Console.error("全プランのシートがそろっていないため、年度末の報告書は作成しませんでした。");
        printFindings(findings, true);
        Console.error("提出を待ってもう一度実行するか、--allow-incomplete で「未提出」のまま作成してください。");
        return ExitCodes.REFUSED;
    }

    static void printFindings(List<Finding> findings, boolean toStderr) {
        java.util.function.Consumer<String> print = toStderr ? Console::error : Console::info;
        if (findings.isEmpty()) {
            return;
        }
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        print.accept("確認事項 " + findings.size() + " 件（うちエラー " + errors + " 件）:");
        findings.forEach(f -> print.accept("  " + f.describe()));
    }
}
