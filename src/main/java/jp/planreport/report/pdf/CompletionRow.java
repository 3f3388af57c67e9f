package jp.planreport.report.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.planreport.aggregate.Compilation;
import jp.planreport.aggregate.PlanEntry;
import jp.planreport.aggregate.PlanStatus;

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
