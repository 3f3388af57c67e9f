package jp.planreport.job;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

import jp.planreport.config.OfficeTime;
import jp.planreport.store.Database;

/**
 * Launches a job run, or resumes it: the same parameters after a failure or a kill continue where
 * the run stopped. Called while this process holds the run lock, so an execution still marked as
 * running belongs to a process that died: it is marked failed first, which makes it resumable.
 */
@Component
public class JobRuns {

    private static final Logger log = LoggerFactory.getLogger(JobRuns.class);
    /** How far back a finished run of the same input is looked for (instances, newest first). */
    private static final int RECENT_RUNS = 200;
    private static final List<String> JOBS = List.of(YearEndCompilationJobConfiguration.JOB_NAME, RollupJobConfiguration.JOB_NAME);

    private final JobOperator operator;
    private final JobRepository repository;
    private final OfficeTime time;
    private final Database database;

    public JobRuns(JobOperator operator, JobRepository repository, OfficeTime time, Database database) {
        this.operator = operator;
        this.repository = repository;
        this.time = time;
        this.database = database;
    }

    /** The last execution of exactly these parameters, or null. */
    public JobExecution last(String jobName, JobParameters parameters) {
        return repository.getLastJobExecution(jobName, parameters);
    }

    /**
     * The newest completed run of these parameters (or of a rebuild of them), when it was made with
     * the same output settings: then what is published is this input with these settings.
     */
    public Optional<JobExecution> lastCompletedWithSameSettings(String jobName, JobParameters parameters) {
        String settings = parameters.getString(JobParameterNames.SETTINGS_DIGEST);
        return repository.getJobInstances(jobName, 0, RECENT_RUNS).stream()
                .flatMap(instance -> repository.getJobExecutions(instance).stream())
                .filter(e -> e.getStatus() == BatchStatus.COMPLETED)
                .filter(e -> sameRun(e.getJobParameters(), parameters))
                .max(java.util.Comparator.comparing(JobExecution::getId))
                .filter(e -> settings != null && settings.equals(e.getJobParameters().getString(JobParameterNames.SETTINGS_DIGEST)));
    }

    /** The same identifying parameters, a rebuild's mark aside. */
    private static boolean sameRun(JobParameters a, JobParameters b) {
        return withoutRebuild(a).equals(withoutRebuild(b));
    }

    private static java.util.Map<String, Object> withoutRebuild(JobParameters parameters) {
        java.util.Map<String, Object> identifying = new java.util.TreeMap<>();
        parameters.getIdentifyingParameters().forEach(p -> identifying.put(p.name(), p.value()));
        identifying.remove(JobParameterNames.REBUILD);
        return identifying;
    }

    /** The same parameters once more as a new run (for --force, or a finished run whose outputs are gone). */
    public static JobParameters rebuild(JobParameters parameters) {
        return new JobParametersBuilder(parameters)
                .addString(JobParameterNames.REBUILD, LocalDateTime.now().toString()).toJobParameters();
    }

    /**
     * Launches the job, or resumes it, and says what went wrong when it did not complete.
     *
     * @param what the run, for the messages (e.g. 取りまとめ)
     * @param say   where the office reads them (the console, a page)
     * @return the execution when it completed (refused included) and is recorded in the database;
     *         empty when not, the office told why
     */
    public Optional<JobExecution> launchOrResume(Job job, JobParameters parameters, String what, RunMessages say)
            throws JobExecutionException {
        JobExecution execution;
        try {
            abandonDeadRuns();
            JobExecution last = repository.getLastJobExecution(job.getName(), parameters);
            unknownToFailed(last);
            if (last != null && last.getStatus() == BatchStatus.FAILED) {
                say.info("前回中断した実行（" + time.show(last.getStartTime()) + " 開始）を再開します（完了済みの手順は繰り返しません）。");
            }
            execution = operator.start(job, parameters);
            database.flush();
        } catch (DataAccessException | TransactionException e) {
            log.error(what + ": the database failed", e);
            say.error(DatabaseProblem.describe(e, database.location()));
            return Optional.empty();
        }
        // a step whose record could not be saved is UNKNOWN, and the flow goes on past it ("*"): the
        // job may still end COMPLETED
        if (execution.getStatus() != BatchStatus.COMPLETED
                || execution.getStepExecutions().stream().anyMatch(s -> s.getStatus() == BatchStatus.UNKNOWN)) {
            failed(execution, what, say);
            return Optional.empty();
        }
        return Optional.of(execution);
    }

    /** Executions marked as running whose process ended (killed, power cut) become FAILED, hence resumable. */
    public void abandonDeadRuns() {
        LocalDateTime now = LocalDateTime.now();
        for (String jobName : JOBS) {
            for (JobExecution execution : repository.findRunningJobExecutions(jobName)) {
                log.warn("marking execution {} of {} as failed: its process ended without finishing", execution.getId(), jobName);
                for (var step : execution.getStepExecutions()) {
                    if (step.getStatus().isRunning()) {
                        step.setStatus(BatchStatus.FAILED);
                        step.setExitStatus(ExitStatus.FAILED.addExitDescription("abandoned: the process ended without finishing"));
                        step.setEndTime(now);
                        repository.update(step);
                    }
                }
                execution.setStatus(BatchStatus.FAILED);
                execution.setExitStatus(ExitStatus.FAILED.addExitDescription("abandoned: the process ended without finishing"));
                execution.setEndTime(now);
                repository.update(execution);
            }
        }
    }

    /**
     * Spring Batch resumes no run or step marked UNKNOWN, which says only that its record could not
     * be saved (a full disk); the steps are safe to redo, so such a run becomes FAILED, hence resumable.
     */
    private void unknownToFailed(JobExecution last) {
        if (last == null) {
            return;
        }
        for (var step : last.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.UNKNOWN) {
                step.setStatus(BatchStatus.FAILED);
                repository.update(step);
            }
        }
        if (last.getStatus() == BatchStatus.UNKNOWN) {
            last.setStatus(BatchStatus.FAILED);
            repository.update(last);
        }
    }

    /** The office's message for a run that did not complete. */
    private void failed(JobExecution execution, String what, RunMessages say) {
        List<Throwable> failures = execution.getAllFailureExceptions();
        failures.forEach(e -> log.error(what + " failed", e));
        Optional<Throwable> database = failures.stream().filter(DatabaseProblem::among).findFirst();
        if (database.isPresent()) {
            say.error(DatabaseProblem.describe(database.get(), this.database.location()));
            return;
        }
        String cause = failures.stream().map(Throwable::getMessage).findFirst().orElse("");
        say.error(what + "に失敗しました: " + cause);
        say.error("原因を取り除いてから同じコマンドをもう一度実行すると、続きから再開します（詳細は data/plan-report.log）。");
    }
}
