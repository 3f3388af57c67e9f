package jp.planreport.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import jp.planreport.job.RunRecords;
import jp.planreport.service.ProgressEvent;

/**
 * The core's progress events, pushed to the office's open 実行 pages as server-sent events: steps
 * started and finished (files read, items written), the intake's running totals, pages written,
 * and the end of a run. One run at a time (the run lock), so events without a run's number belong
 * to the running one.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Component
class RunEvents {

    /** Long enough for a night's run; the browser reconnects by itself after it. */
    private static final long TIMEOUT_MILLIS = 60 * 60 * 1000L;

    private final List<SseEmitter> open = new CopyOnWriteArrayList<>();

    SseEmitter subscribe() {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MILLIS);
        open.add(emitter);
        emitter.onCompletion(() -> open.remove(emitter));
        emitter.onTimeout(() -> open.remove(emitter));
        emitter.onError(e -> open.remove(emitter));
        return emitter;
    }

    @EventListener
    void on(ProgressEvent event) {
        Map<String, Object> data = new LinkedHashMap<>();
        String name;
        if (event instanceof ProgressEvent.StepStarted e) {
            name = "step";
            data.put("id", e.jobExecutionId());
            data.put("step", e.step());
            data.put("label", RunRecords.stepLabel(e.step()));
            data.put("status", "実行中");
        } else if (event instanceof ProgressEvent.StepFinished e) {
            name = "step";
            data.put("id", e.jobExecutionId());
            data.put("step", e.step());
            data.put("label", RunRecords.stepLabel(e.step()));
            data.put("status", e.failed() ? "失敗" : "完了");
            data.put("read", e.read());
            data.put("written", e.written());
            data.put("seconds", e.elapsed().toMillis() / 1000.0);
        } else if (event instanceof ProgressEvent.IntakeRunning e) {
            name = "intake";
            data.put("id", e.jobExecutionId());
            data.put("read", e.filesRead());
            data.put("accepted", e.sheetsAccepted());
        } else if (event instanceof ProgressEvent.FileRead e) {
            name = "file";
            data.put("file", e.file());
            data.put("accepted", e.acceptedPlans().size());
        } else if (event instanceof ProgressEvent.BookletWritten e) {
            name = "pages";
            data.put("pages", e.pages());
        } else if (event instanceof ProgressEvent.SummaryWritten e) {
            name = "summary";
            data.put("rows", e.rows());
        } else if (event instanceof ProgressEvent.RunFinished e) {
            name = "finished";
            data.put("id", e.jobExecutionId());
            data.put("status", e.status());
            data.put("label", "COMPLETED".equals(e.status()) && "REFUSED".equals(e.exitCode()) ? "取りまとめ不可"
                    : RunRecords.statusLabel(org.springframework.batch.core.BatchStatus.valueOf(e.status())));
        } else {
            return;
        }
        for (SseEmitter emitter : open) {
            try {
                emitter.send(SseEmitter.event().name(name).data(data));
            } catch (IOException | IllegalStateException e) {
                open.remove(emitter);
            }
        }
    }
}
