package jp.planreport.report.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.planreport.aggregate.Compilation;
import jp.planreport.aggregate.PlanEntry;
import jp.planreport.aggregate.PlanStatus;
import jp.planreport.aggregate.RollupChanges;
import jp.planreport.model.FiscalYears;

/**
 * One department on a draft's completion page (提出状況): its plans, how many came in, how many
 * were accepted, and which are still missing or invalid. Departments in plan order.
 */
public record CompletionRow(String department, long plans, long valid, long invalid, long missing, String open) {

    static List<CompletionRow> of(Compilation compilation) {
        Map<String, List<PlanEntry>> byDepartment = new LinkedHashMap<>();
        for (PlanEntry entry : compilation.plans()) {
            byDepartment.computeIfAbsent(entry.master().leadDepartment(), k -> new ArrayList<>()).add(entry);
        }
        List<CompletionRow> rows = new ArrayList<>();
        byDepartment.forEach((department, entries) -> {
            List<String> open = entries.stream().filter(e -> e.status() != PlanStatus.VALID)
                    .map(e -> "プラン" + e.master().planNo() + "（" + e.status().label() + "）").toList();
            rows.add(new CompletionRow(department, entries.size(), count(entries, PlanStatus.VALID),
                    count(entries, PlanStatus.INVALID), count(entries, PlanStatus.MISSING), String.join("、", open)));
        });
        return rows;
    }

    /** 「前回の夜間集計からの変更」 as printed under the table: by department, one plan a line. */
    static String changes(RollupChanges changes) {
        if (changes == null) {
            return "前回の夜間集計からの変更: 比較できる前回の集計はありません。";
        }
        StringBuilder text = new StringBuilder("前回の夜間集計");
        if (changes.previousRollupAt() != null) {
            text.append("（").append(FiscalYears.date(changes.previousRollupAt().toLocalDate()))
                    .append(String.format(" %d:%02d", changes.previousRollupAt().getHour(), changes.previousRollupAt().getMinute()))
                    .append("）");
        }
        text.append("からの変更");
        if (changes.isEmpty()) {
            return text.append(": ありません。").toString();
        }
        changes.byDepartment().forEach((department, list) -> {
            text.append("\n【").append(department).append("】");
            for (RollupChanges.Change change : list) {
                text.append("\n　").append(change.kind().label()).append("　プラン").append(change.planNo()).append("　")
                        .append(change.planTitle()).append(change.sourceFile().isEmpty() ? "" : "（" + change.sourceFile() + "）");
            }
        });
        return text.toString();
    }

    private static long count(List<PlanEntry> entries, PlanStatus status) {
        return entries.stream().filter(e -> e.status() == status).count();
    }

    public String getDepartment() {
        return department;
    }

    public Long getPlans() {
        return plans;
    }

    public Long getValid() {
        return valid;
    }

    public Long getInvalid() {
        return invalid;
    }

    public Long getMissing() {
        return missing;
    }

    public String getOpen() {
        return open;
    }
}
