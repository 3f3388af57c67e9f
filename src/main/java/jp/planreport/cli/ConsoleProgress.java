package jp.planreport.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jp.planreport.aggregate.RollupChanges;
import jp.planreport.config.OfficeTime;
import jp.planreport.job.RunRecords;
import jp.planreport.model.Finding;
import jp.planreport.model.Severity;
import jp.planreport.service.ProgressEvent;

/** Prints the core's progress events on the console, in the office's words. */
@Component
class ConsoleProgress {

    @EventListener
    void on(ProgressEvent event) {
        String text = text(event);
        if (text != null) {
            Console.info(text);
        }
    }

    /** The line for an event; null for the end of a run, which the command says in its own words. */
    static String text(ProgressEvent event) {
        if (event instanceof ProgressEvent.RunFinished) {
            return null;
        }
        if (event instanceof ProgressEvent.StepStarted e) {
            return "[" + label(e.step()) + "]";
        }
        if (event instanceof ProgressEvent.StepFinished e) {
            return String.format("  → %s %s（読込 %d、スキップ %d、書込 %d、%s）", label(e.step()), e.failed() ? "失敗" : "完了",
                    e.read(), e.skipped(), e.written(), seconds(e.elapsed()));
        }
        if (event instanceof ProgressEvent.IntakeRunning e) {
            return String.format("  … ファイル %d 件読込、シート %d 件受付（%s）", e.filesRead(), e.sheetsAccepted(), seconds(e.elapsed()));
        }
        if (event instanceof ProgressEvent.FileRead e) {
            return "  読込 " + e.file() + ": 受付 " + (e.acceptedPlans().isEmpty() ? "なし"
                    : e.acceptedPlans().stream().map(n -> "プラン" + n).collect(Collectors.joining("、"))) + counts(e.findings());
        }
        if (event instanceof ProgressEvent.PolicyTotals e) {
            return "  方針" + e.policyNo() + " " + e.title() + ": プラン " + e.plans() + " 件、提出 " + e.submitted()
                    + " 件、有効 " + e.valid() + " 件、評価 " + e.gradeCounts().entrySet().stream()
                    .map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining(" "));
        }
        if (event instanceof ProgressEvent.RollupChangesFound e) {
            return String.join("\n", describe(e.changes()));
        }
        if (event instanceof ProgressEvent.SummaryWritten e) {
            return "  集計表: プラン " + e.rows() + " 行";
        }
        ProgressEvent.BookletWritten e = (ProgressEvent.BookletWritten) event;
        return String.format("  PDF: %d ページ（%s）", e.pages(), seconds(e.elapsed()));
    }

    private static String seconds(java.time.Duration elapsed) {
        return String.format("%.1f 秒", elapsed.toMillis() / 1000.0);
    }

    static List<String> describe(RollupChanges changes) {
        List<String> lines = new ArrayList<>();
        lines.add(changes.previousRollupAt() == null ? "  前回からの変更（この年度の最初の夜間集計です）:"
                : "  前回からの変更（前回の夜間集計 " + OfficeTime.format(changes.previousRollupAt()) + "）:");
        if (changes.isEmpty()) {
            lines.add("    提出されたシートに変更はありません。");
        }
        for (Map.Entry<String, List<RollupChanges.Change>> department : changes.byDepartment().entrySet()) {
            lines.add("    【" + department.getKey() + "】");
            for (RollupChanges.Change c : department.getValue()) {
                lines.add("      " + c.kind().label() + "  プラン" + c.planNo() + "「" + c.planTitle() + "」（" + c.sourceFile() + "）");
            }
        }
        return lines;
    }

    private static String label(String step) {
        return RunRecords.stepLabel(step);
    }

    /** 「（エラー 1 件、警告 2 件）」, or nothing when the file was clean. */
    private static String counts(List<Finding> findings) {
        List<String> parts = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            long n = findings.stream().filter(f -> f.severity() == severity).count();
            if (n > 0) {
                parts.add(severity.label() + " " + n + " 件");
            }
        }
        return parts.isEmpty() ? "" : "（" + String.join("、", parts) + "）";
    }
}
