package jp.planreport.cli;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import java.util.Optional;

import jp.planreport.config.OfficeTime;
import jp.planreport.config.PlanReportProperties;
import jp.planreport.model.FiscalYears;
import jp.planreport.service.PlanVersions;
import jp.planreport.store.PlanSheetVersion;
import jp.planreport.store.UploadStore;
import jp.planreport.job.AggregationTasklet;
import jp.planreport.job.JobParameterNames;
import jp.planreport.job.RunRecords;

/**
 * {@code history}: the past runs from the Spring Batch metadata, newest first — job, what the run
 * was for, start, end, status and the read / skipped / written counts of its steps.
 */
@Component
public class HistoryCommand implements Command {

    private static final List<String> HEADER = List.of("番号", "ジョブ", "年度", "条件", "開始", "終了", "状態", "読込", "スキップ", "書込");

    private static final List<String> VERSION_HEADER = List.of("版", "受付日時", "ファイル", "シート", "チェックサム", "提出者",
            "受付の基準", "採用");

    private final RunRecords records;
    private final OfficeTime time;
    private final PlanVersions versions;
    private final PlanReportProperties properties;

    public HistoryCommand(RunRecords records, OfficeTime time, PlanVersions versions, PlanReportProperties properties) {
        this.records = records;
        this.time = time;
        this.versions = versions;
        this.properties = properties;
    }

    @Override
    public String name() {
        return "history";
    }

    @Override
    public int run(CommandLineOptions options) {
        if (options.options().containsKey("plan")) {
            return planVersions(options);
        }
        int limit;
        try {
            limit = options.limit(20);
        } catch (IllegalArgumentException e) {
            Console.error(e.getMessage());
            return ExitCodes.USAGE;
        }
        List<JobExecution> executions = records.newest(limit);
        if (executions.isEmpty()) {
            Console.info("まだ実行の記録がありません。");
            return ExitCodes.DONE;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        executions.stream().limit(limit).forEach(e -> rows.add(row(e)));
        table(rows).forEach(Console::info);
        Console.info("（新しい順に " + Math.min(limit, executions.size()) + " 件。読込・スキップはブックの数、書込は取りまとめたプランの数。"
                + "条件の「入力」は入力フォルダのダイジェストの先頭 8 桁）");
        return ExitCodes.DONE;
    }

    /** history --plan=N: the versions of one plan sheet, the one received last first, and which one counts. */
    private int planVersions(CommandLineOptions options) {
        Optional<PlanTarget> target = PlanTarget.of(options, properties);
        if (target.isEmpty()) {
            return ExitCodes.USAGE;
        }
        int year = target.get().fiscalYear();
        int planNo = target.get().planNo();
        List<PlanVersions.Listed> listed = versions.of(year, planNo);
        String plan = FiscalYears.label(year) + " プラン" + planNo;
        if (listed.isEmpty() && versions.rejected(year, planNo).isEmpty()) {
            Console.info(plan + " のシートはまだ届いていません。");
            return ExitCodes.DONE;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(VERSION_HEADER);
        for (PlanVersions.Listed l : listed) {
            PlanSheetVersion v = l.version();
            rows.add(List.of(Long.toString(v.id()), OfficeTime.format(time.local(v.receivedAt())), v.sourceFile(), v.sheetName(),
                    v.checksum().substring(0, Math.min(12, v.checksum().length())), l.uploadedBy(),
                    v.yearEndRules() ? "年度末" : "夜間集計のみ", l.counts() ? "○" : ""));
        }
        for (UploadStore.RejectedSheet r : versions.rejected(year, planNo)) {
            rows.add(List.of("—", OfficeTime.format(time.local(r.receivedAt())), r.originalName(), r.sheetName(),
                    r.checksum().substring(0, Math.min(12, r.checksum().length())), r.uploadedBy(), "不受理", ""));
        }
        Console.info(plan + " のシートの版（新しい順に " + listed.size() + " 件）");
        table(rows, 1).forEach(Console::info);
        Console.info("（採用: 年度末の基準で受け付けた版のうち最後に受け付けたもの。受付の基準「夜間集計のみ」は記入途中でも"
                + "受け付けた版、「不受理」はポータルに提出されたが"
                + "誤りがあり受け付けなかったシート。提出者はポータルから提出された版だけ分かります。チェックサムは SHA-256 の先頭 12 桁。"
                + "変更点は diff --plan=" + planNo + "）");
        return ExitCodes.DONE;
    }

    /**
     * One run: 読込 the workbooks its intake read and スキップ those it skipped (the intake step's
     * own counts, which already sum its parallel parts), 書込 the plans it compiled (aggregate).
     */
    List<String> row(JobExecution e) {
        return List.of(Long.toString(e.getId()), RunRecords.jobLabel(e.getJobInstance().getJobName()),
                String.valueOf(e.getJobParameters().getLong(JobParameterNames.FISCAL_YEAR)), conditions(e.getJobParameters()),
                time.show(e.getStartTime()), time.show(e.getEndTime()), status(e),
                count(e, "intake", StepExecution::getReadCount), count(e, "intake", StepExecution::getSkipCount),
                count(e, "aggregate", StepExecution::getWriteCount));
    }

    /** The count of a step's executions in this run (one, or none when the run stopped before it). */
    private static String count(JobExecution e, String step, java.util.function.ToLongFunction<StepExecution> what) {
        return Long.toString(e.getStepExecutions().stream().filter(s -> s.getStepName().equals(step)).mapToLong(what).sum());
    }

    private static String conditions(JobParameters p) {
        List<String> parts = new ArrayList<>();
        if (p.getString(JobParameterNames.ROLLUP_DATE) != null) {
            parts.add(p.getString(JobParameterNames.ROLLUP_DATE));
        }
        String digest = p.getString(JobParameterNames.INPUT_DIGEST);
        parts.add("入力 " + (digest == null ? "-" : digest.substring(0, Math.min(8, digest.length()))));
        if (Boolean.parseBoolean(p.getString(JobParameterNames.ALLOW_INCOMPLETE))) {
            parts.add("未提出可");
        }
        if (p.getString(JobParameterNames.REBUILD) != null) {
            parts.add("作り直し");
        }
        return String.join(" ", parts);
    }

    /** This process holds the run lock, so an execution still marked as running was cut short. */
    static String status(JobExecution e) {
        return RunRecords.status(e, "中断（未完了）");
    }

    /** Columns padded to the widest cell; a Japanese character takes two columns of a terminal. */
    static List<String> table(List<List<String>> rows) {
        return table(rows, 3);
    }

    /** @param numbersAtEnd how many of the last columns (besides the first) hold numbers, right-aligned */
    static List<String> table(List<List<String>> rows, int numbersAtEnd) {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        rows.forEach(r -> {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], width(r.get(c)));
            }
        });
        List<String> lines = new ArrayList<>();
        for (List<String> r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = r.get(c);
                boolean number = c >= columns - numbersAtEnd || c == 0;
                String pad = " ".repeat(widths[c] - width(cell));
                line.append(number ? pad + cell : cell + pad).append(c < columns - 1 ? "  " : "");
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    static int width(String text) {
        return text.codePoints().map(cp -> cp >= 0x1100 && (cp <= 0x115F || cp >= 0x2E80) && !(cp >= 0xFF61 && cp <= 0xFF9F) ? 2 : 1).sum();
    }
}
