package jp.planreport.job;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/** The past runs, from the Spring Batch job repository: what {@code history} prints and the portal lists. */
@Component
public class RunRecords {

    /** The two jobs and the office's names for them. */
    public static final Map<String, String> JOB_LABELS = Map.of(
            YearEndCompilationJobConfiguration.JOB_NAME, "年度末取りまとめ", RollupJobConfiguration.JOB_NAME, "夜間集計");

    /** The steps of both jobs in the office's words: the console, the run page and its live progress say the same. */
    private static final Map<String, String> STEP_LABELS = Map.of(
            "intake", "読込・検証", "aggregate", "集計", "changes", "前回からの変更",
            "renderReport", "PDF 作成", "renderSummary", "集計表作成", "renderHtml", "HTML 版作成", "publish", "出力の公開");

    private final JobRepository jobs;

    public RunRecords(JobRepository jobs) {
        this.jobs = jobs;
    }

    /** The executions of the newest {@code instances} runs of each job, newest first. */
    public List<JobExecution> newest(int instances) {
        List<JobExecution> executions = new ArrayList<>();
        for (String job : JOB_LABELS.keySet()) {
            for (JobInstance instance : jobs.getJobInstances(job, 0, instances)) {
                executions.addAll(jobs.getJobExecutions(instance));
            }
        }
        executions.sort(Comparator.comparing(JobExecution::getId).reversed());
        return executions;
    }

    /** The execution, or null when there is none of that number. */
    public JobExecution execution(long id) {
        try {
            return jobs.getJobExecution(id);
        } catch (org.springframework.dao.EmptyResultDataAccessException e) {
            return null; // the repository's way of saying there is none
        }
    }

    public static String jobLabel(String jobName) {
        return JOB_LABELS.getOrDefault(jobName, jobName);
    }

    /**
     * 完了, 取りまとめ不可 (a year-end run refused for missing plans), 失敗, 停止 …
     *
     * @param running what a run still marked as running is called: 実行中 beside it, 中断（未完了）
     *                for a process that holds the run lock (then its process ended)
     */
    public static String status(JobExecution e, String running) {
        if (e.getStatus() == BatchStatus.COMPLETED) {
            return RunStarts.refused(e) ? "取りまとめ不可" : "完了";
        }
        if (e.getStatus().isRunning()) {
            return e.getStatus() == BatchStatus.STOPPING ? "停止中" : running;
        }
        if (e.getStatus() == BatchStatus.FAILED) {
            String description = e.getExitStatus().getExitDescription();
            return description != null && description.contains("abandoned") ? "中断→失敗扱い" : "失敗";
        }
        return statusLabel(e.getStatus());
    }

    /** A step's name in the office's words (the name itself for a step without one). */
    public static String stepLabel(String stepName) {
        return STEP_LABELS.getOrDefault(stepName, stepName);
    }

    /** A status in the office's words. */
    public static String statusLabel(BatchStatus status) {
        switch (status) {
            case COMPLETED:
                return "完了";
            case STARTING:
            case STARTED:
                return "実行中";
            case STOPPING:
                return "停止中";
            case STOPPED:
                return "停止";
            case FAILED:
                return "失敗";
            case ABANDONED:
                return "放棄";
            default:
                return "不明";
        }
    }
}
