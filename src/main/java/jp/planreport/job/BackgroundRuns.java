package jp.planreport.job;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jp.planreport.config.OfficeTime;
import jp.planreport.config.PlanReportProperties;
import jp.planreport.model.FiscalYears;
import jp.planreport.service.ProgressEvent;

/**
 * Runs started from the portal: the same target, the same decisions ({@link RunStarts}) and the same
 * launch or resume ({@link JobRuns}) as the command line, under the same lock, but on a thread of
 * their own so that the page answers at once and follows the run through its progress events.
 */
@Component
public class BackgroundRuns {

    private static final Logger log = LoggerFactory.getLogger(BackgroundRuns.class);
    /** How long a start waits for the job's first step, to answer with the run's number. */
    private static final long FIRST_STEP_SECONDS = 120;

    /** What the page is told: the run's number, or why nothing was started (Japanese). */
    public record Outcome(Optional<Long> executionId, List<String> messages) {
    }

    private final PlanReportProperties properties;
    private final RunStarts starts;
    private final JobRuns runs;
    private final JobOperator operator;
    private final JobRepository repository;
    private final RunRecords records;
    private final RunLocking lock;
    private final OfficeTime time;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "portal-run");
        t.setDaemon(true);
        return t;
    });
    /** Completed with the execution's number when its first step starts. */
    private final AtomicReference<CompletableFuture<Long>> starting = new AtomicReference<>();
    /** What each run said to the office (failures), by execution number. */
    private final Map<Long, List<String>> said = new ConcurrentHashMap<>();

    public BackgroundRuns(PlanReportProperties properties, RunStarts starts, JobRuns runs, JobOperator operator,
                          JobRepository repository, RunRecords records, RunLocking lock, OfficeTime time) {
        this.properties = properties;
        this.starts = starts;
        this.runs = runs;
        this.operator = operator;
        this.repository = repository;
        this.records = records;
        this.lock = lock;
        this.time = time;
    }

    /**
     * Starts a roll-up ({@code rollup}) or the year-end compilation ({@code compile}) of a year.
     *
     * @throws RunLocking.Busy when another run holds the lock
     */
    public Outcome start(String job, int fiscalYear, boolean allowIncomplete, boolean force) {
        boolean rollup = "rollup".equals(job);
        String what = rollup ? "夜間集計" : "年度末取りまとめ";
        String command = "ポータル（" + FiscalYears.label(fiscalYear) + " " + what + (allowIncomplete && !rollup ? "、未提出のまま作成" : "")
                + "）";
        AutoCloseable held = lock.hold(command);
        List<String> messages = Collections.synchronizedList(new ArrayList<>());
        RunMessages say = new RunMessages(messages::add, messages::add);
        try {
            Optional<RunTarget> target = RunTarget.resolve(properties.input(), properties.output(), OptionalInt.of(fiscalYear),
                    properties, what, say);
            if (target.isEmpty()) {
                release(held);
                return new Outcome(Optional.empty(), messages);
            }
            RunStarts.Start start = rollup ? starts.rollup(target.get(), time.today(), force, say)
                    : starts.compile(target.get(), allowIncomplete, force, say);
            if (start instanceof RunStarts.NothingToDo nothing) {
                release(held);
                messages.add(nothing.message());
                return new Outcome(Optional.empty(), messages);
            }
            if (start instanceof RunStarts.RefusedBefore) {
                release(held);
                messages.add("全プランのシートが完成・有効になっていないため、年度末の報告書は作成しませんでした（前回から入力に変更なし）。"
                        + "提出・修正を待つか、「未提出のまま作成」を選んでください。");
                return new Outcome(Optional.empty(), messages);
            }
            RunStarts.Launch launch = (RunStarts.Launch) start;
            return inBackground(held, messages, () -> runs.launchOrResume(launch.job(), launch.parameters(), launch.what(), say));
        } catch (IOException | RuntimeException e) {
            release(held);
            log.error("portal run could not start", e);
            messages.add(what + "を開始できませんでした: " + e.getMessage());
            return new Outcome(Optional.empty(), messages);
        }
    }

    /**
     * Restarts a failed or stopped run with Spring Batch's job operator: finished steps are not redone.
     *
     * @throws RunLocking.Busy when another run holds the lock
     */
    public Outcome restart(long executionId) {
        JobExecution execution = records.execution(executionId);
        if (execution == null) {
            return new Outcome(Optional.empty(), List.of("実行 " + executionId + " はありません。"));
        }
        AutoCloseable held = lock.hold("ポータル（再実行 " + executionId + "）");
        List<String> messages = Collections.synchronizedList(new ArrayList<>());
        try {
            runs.abandonDeadRuns(); // we hold the lock: a run still marked running belongs to a process that ended
            JobExecution last = repository.getJobExecution(executionId);
            if (last.getStatus() != BatchStatus.FAILED && last.getStatus() != BatchStatus.STOPPED) {
                release(held);
                messages.add("実行 " + executionId + " は「" + RunRecords.statusLabel(last.getStatus()) + "」です。再実行できるのは失敗・停止した実行だけです。");
                return new Outcome(Optional.empty(), messages);
            }
            return inBackground(held, messages, () -> Optional.ofNullable(operator.restart(last)));
        } catch (RuntimeException e) {
            release(held);
            log.error("portal restart failed", e);
            messages.add("再実行できませんでした: " + e.getMessage());
            return new Outcome(Optional.empty(), messages);
        }
    }

    /** Asks a running run to stop at its next step or chunk; true when it was running. */
    public boolean stop(long executionId) {
        try {
            return operator.stop(executionId);
        } catch (Exception e) {
            log.info("stop {}: {}", executionId, e.getMessage());
            return false;
        }
    }

    /** What a portal run said to the office (its failure, in Japanese). */
    public List<String> said(long executionId) {
        return said.getOrDefault(executionId, List.of());
    }

    private interface Launching {
        Optional<JobExecution> launch() throws Exception;
    }

    private Outcome inBackground(AutoCloseable held, List<String> messages, Launching launching) {
        CompletableFuture<Long> first = new CompletableFuture<>();
        starting.set(first);
        thread.submit(() -> {
            Optional<JobExecution> done = Optional.empty();
            try {
                done = launching.launch();
            } catch (Exception e) {
                log.error("portal run failed", e);
                messages.add("実行に失敗しました: " + e.getMessage());
            } finally {
                release(held);
                starting.compareAndSet(first, null);
            }
            JobExecution last = done.orElseGet(() -> first.isDone() && !first.isCompletedExceptionally()
                    ? repository.getJobExecution(first.join()) : null);
            if (last != null) {
                said.put(last.getId(), List.copyOf(messages));
                first.complete(last.getId());
            } else {
                first.completeExceptionally(new IllegalStateException(String.join(" ", messages)));
            }
        });
        try {
            return new Outcome(Optional.of(first.get(FIRST_STEP_SECONDS, TimeUnit.SECONDS)), messages);
        } catch (TimeoutException e) {
            return new Outcome(Optional.empty(), List.of("実行を開始しましたが、" + FIRST_STEP_SECONDS + " 秒たっても最初の手順が始まりません。実行の一覧で確認してください。"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(Optional.empty(), messages);
        } catch (java.util.concurrent.ExecutionException e) {
            return new Outcome(Optional.empty(), messages.isEmpty() ? List.of("実行を開始できませんでした。") : List.copyOf(messages));
        }
    }

    @EventListener
    void stepStarted(ProgressEvent.StepStarted event) {
        CompletableFuture<Long> first = starting.get();
        if (first != null) {
            first.complete(event.jobExecutionId());
        }
    }

    private static void release(AutoCloseable held) {
        try {
            held.close();
        } catch (Exception e) {
            log.warn("run lock release: {}", e.getMessage());
        }
    }
}
