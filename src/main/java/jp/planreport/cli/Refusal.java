package jp.planreport.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;

import jp.planreport.aggregate.PlanEntry;
import jp.planreport.job.CompilationLoader;
import jp.planreport.model.Finding;
import jp.planreport.model.FindingCode;
import jp.planreport.model.PlanMaster;
import jp.planreport.model.PlanMasterEntry;
import jp.planreport.store.SubmissionStore;

/**
 * Why the year-end report was refused, per department (担当課): the plans without a valid sheet
 * and the errors found in that department's files, so each department knows what to send again.
 */
final class Refusal {

    static final String UNKNOWN_DEPARTMENT = "担当課不明（プランを読み取れなかったファイル）";

    private final PlanMaster master;
    private final SubmissionStore store;
    private final JobExecution execution;

    Refusal(PlanMaster master, SubmissionStore store, JobExecution execution) {
        this.master = master;
        this.store = store;
        this.execution = execution;
    }

    List<String> lines() {
        long instanceId = execution.getJobInstance().getInstanceId();
        Map<String, List<String>> byDepartment = new LinkedHashMap<>();
        for (PlanEntry plan : CompilationLoader.of(execution, master, store).plans()) {
            if (!plan.hasSheet()) {
                byDepartment.computeIfAbsent(plan.master().leadDepartment(), d -> new ArrayList<>())
                        .add("  " + plan.status().label() + "  プラン" + plan.master().planNo() + "「" + plan.master().planTitle() + "」");
            }
        }
        Map<String, String> fileDepartments = new LinkedHashMap<>();
        store.plansByFile(instanceId).forEach((file, plans) -> plans.stream().map(master::plan).flatMap(Optional::stream)
                .map(PlanMasterEntry::leadDepartment).findFirst().ifPresent(d -> fileDepartments.put(file, d)));
        List<Finding> others = new ArrayList<>();
        for (Finding f : store.findings(instanceId)) {
            if (f.code().equals(FindingCode.MISSING_SUBMISSION.name())) {
                continue; // listed above as 未提出
            }
            if (f.isError()) {
                byDepartment.computeIfAbsent(f.file() == null ? UNKNOWN_DEPARTMENT
                                : fileDepartments.getOrDefault(f.file(), UNKNOWN_DEPARTMENT), d -> new ArrayList<>())
                        .add("    " + f.describe());
            } else {
                others.add(f);
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("担当課ごとの不足・不備:");
        byDepartment.forEach((department, items) -> {
            lines.add("【" + department + "】");
            lines.addAll(items);
        });
        if (!others.isEmpty()) {
            lines.add("そのほかの確認事項（報告書の作成は妨げません）:");
            others.forEach(f -> lines.add("    " + f.describe()));
        }
        return lines;
    }
}
