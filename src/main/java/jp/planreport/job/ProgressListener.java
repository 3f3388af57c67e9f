package jp.planreport.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.stereotype.Component;

import jp.planreport.cli.Console;
import jp.planreport.intake.SubmissionFile;
import jp.planreport.intake.ValidatedSheet;

/**
 * Progress on the console: each step's start and end with its counts and elapsed time, and during
 * intake, at most every few seconds, the files read and plan sheets accepted so far.
 */
@Component
public class ProgressListener implements StepExecutionListener {

    static final String ACCEPTED_SHEETS = "progress.acceptedSheets";
    private static final Duration EVERY = Duration.ofSeconds(5);
    private static final Map<String, String> LABELS = Map.of(
            "intake", "読込・検証", "aggregate", "集計", "changes", "前回からの変更",
            "renderReport", "PDF 作成", "renderSummary", "集計表作成", "publish", "出力の公開");

    private final Map<Long, LocalDateTime> lastPrinted = new ConcurrentHashMap<>();

    @Override
    public void beforeStep(StepExecution step) {
        Console.info("[" + label(step) + "]");
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        lastPrinted.remove(step.getId());
        boolean failed = !step.getFailureExceptions().isEmpty();
        Console.info(String.format("  → %s %s（読込 %d、スキップ %d、書込 %d、%s）", label(step), failed ? "失敗" : "完了",
                step.getReadCount(), step.getSkipCount(), step.getWriteCount(), elapsed(step)));
        return null;
    }

    /** For the intake's worker steps: only the running totals, not a start and end line per worker. */
    IntakeProgress intakeProgress() {
        return new IntakeProgress();
    }

    final class IntakeProgress implements ChunkListener<SubmissionFile, IntakeResult>, ItemWriteListener<IntakeResult> {

        @Override
        public void afterWrite(Chunk<? extends IntakeResult> items) {
            StepExecution step = StepSynchronizationManager.getContext().getStepExecution();
            long accepted = items.getItems().stream().flatMap(r -> r.sheets().stream()).filter(ValidatedSheet::accepted).count();
            step.getExecutionContext().putLong(ACCEPTED_SHEETS, step.getExecutionContext().getLong(ACCEPTED_SHEETS, 0L) + accepted);
        }

        @Override
        public void afterChunk(Chunk<IntakeResult> chunk) {
            StepExecution step = StepSynchronizationManager.getContext().getStepExecution();
            LocalDateTime now = LocalDateTime.now();
            LocalDateTime last = lastPrinted.getOrDefault(step.getId(), step.getStartTime());
            if (last != null && Duration.between(last, now).compareTo(EVERY) >= 0) {
                lastPrinted.put(step.getId(), now);
                Console.info(String.format("  … ファイル %d 件読込、シート %d 件受付（%s）", step.getReadCount(),
                        step.getExecutionContext().getLong(ACCEPTED_SHEETS, 0L), elapsed(step)));
            }
        }
    }

    private static String label(StepExecution step) {
        return LABELS.getOrDefault(step.getStepName(), step.getStepName());
    }

    private static String elapsed(StepExecution step) {
        Duration d = Duration.between(step.getStartTime() == null ? LocalDateTime.now() : step.getStartTime(), LocalDateTime.now());
        return String.format("%.1f 秒", d.toMillis() / 1000.0);
    }
}
