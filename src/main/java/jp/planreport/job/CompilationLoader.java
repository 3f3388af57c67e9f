package jp.planreport.job;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import jp.planreport.aggregate.Compilation;
import jp.planreport.aggregate.CompilationAssembler;
import jp.planreport.model.PlanMaster;
import jp.planreport.store.PlanSheetVersion;
import jp.planreport.store.SubmissionStore;

/**
 * The versions chosen by the aggregate step travel in the job's execution context as ids only, so
 * a resumed run renders exactly what was aggregated, and the context stays small.
 */
public final class CompilationLoader {

    static final String SELECTED_VERSIONS = "selectedVersions";

    private CompilationLoader() {
    }

    static void remember(ExecutionContext jobContext, Map<Integer, PlanSheetVersion> selected) {
        jobContext.putString(SELECTED_VERSIONS, String.join(",",
                selected.values().stream().map(v -> Long.toString(v.id())).toList()));
    }

    /** What a run aggregated (for the refusal message, or a comparison with an earlier run). */
    public static Compilation of(org.springframework.batch.core.job.JobExecution execution, PlanMaster master, SubmissionStore store) {
        return load(execution.getExecutionContext(), master, store, execution.getJobInstance().getInstanceId());
    }

    static Compilation load(ExecutionContext jobContext, PlanMaster master, SubmissionStore store, long jobInstanceId) {
        Map<Integer, PlanSheetVersion> versions = new LinkedHashMap<>();
        String ids = jobContext.getString(SELECTED_VERSIONS, "");
        Arrays.stream(ids.split(",")).filter(s -> !s.isEmpty()).map(Long::parseLong).map(store::version)
                .forEach(v -> versions.put(v.planNo(), v));
        return CompilationAssembler.assemble(master, versions, store.plansReadInRun(jobInstanceId));
    }
}
