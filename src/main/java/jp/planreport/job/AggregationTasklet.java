package jp.planreport.job;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

import jp.planreport.aggregate.Compilation;
import jp.planreport.aggregate.CompilationAssembler;
import jp.planreport.aggregate.PolicyGroup;
import jp.planreport.cli.Console;
import jp.planreport.intake.Finding;
import jp.planreport.intake.FindingCode;
import jp.planreport.intake.PlanMaster;
import jp.planreport.intake.PlanMasterEntry;
import jp.planreport.intake.PlanSheetField;
import jp.planreport.intake.PlanSheetValidator;
import jp.planreport.store.PlanSheetVersion;
import jp.planreport.store.SubmissionStore;

/**
 * Chooses the version reported for each plan of the master (the newest accepted one), names plans
 * that came in twice, and refuses the year-end report while a plan is missing, unless the run
 * allows incomplete input.
 * <p>
 * The year-end compilation chooses among the versions its own intake accepted under the year-end
 * rules: the store also holds sheets a roll-up accepted while they were still being written, and
 * those must never reach the council report.
 */
public class AggregationTasklet implements Tasklet {

    public static final ExitStatus REFUSED = new ExitStatus("REFUSED", "plans of the master are missing");

    private static final Comparator<PlanSheetVersion> NEWEST_FIRST = Comparator
            .comparing(PlanSheetVersion::fileModifiedAt).thenComparingLong(PlanSheetVersion::id).reversed();

    private final PlanMaster master;
    private final SubmissionStore store;
    private final long jobInstanceId;
    private final CompilationRun run;
    private final List<String> gradeScale;

    public AggregationTasklet(PlanMaster master, SubmissionStore store, long jobInstanceId, CompilationRun run,
                              List<String> gradeScale) {
        this.master = master;
        this.store = store;
        this.jobInstanceId = jobInstanceId;
        this.run = run;
        this.gradeScale = gradeScale;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Map<Integer, List<PlanSheetVersion>> readInRun = store.readInRun(jobInstanceId).stream()
                .collect(Collectors.groupingBy(PlanSheetVersion::planNo, LinkedHashMap::new, Collectors.toList()));
        Map<Integer, PlanSheetVersion> selected = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>(duplicates(readInRun));
        findings.addAll(printabilityOfMaster());
        for (PlanMasterEntry plan : master.plans()) {
            select(plan.planNo(), readInRun).ifPresentOrElse(v -> selected.put(plan.planNo(), v),
                    () -> findings.add(Finding.of(FindingCode.MISSING_SUBMISSION, null, null, null, plan.planNo(),
                            plan.planTitle(), String.join("、", plan.departments()))));
        }
        store.saveFindings(jobInstanceId, findings);
        CompilationLoader.remember(chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext(),
                selected);

        Compilation compilation = CompilationAssembler.assemble(master, selected, store.plansReadInRun(jobInstanceId));
        for (PolicyGroup policy : compilation.policies()) {
            Console.info("  方針" + policy.policyNo() + " " + policy.title() + ": プラン " + policy.plans().size()
                    + " 件、提出 " + policy.submittedCount() + " 件、有効 " + policy.validCount() + " 件、評価 " + policy.gradeCounts(gradeScale).entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ")));
        }
        contribution.incrementWriteCount(selected.size());
        if (compilation.plans().stream().anyMatch(p -> !p.hasSheet()) && run.refusesIncomplete()) {
            contribution.setExitStatus(REFUSED);
        }
        return RepeatStatus.FINISHED;
    }

    /** Year-end: the newest version this run accepted; roll-up: the newest version in the store. */
    private Optional<PlanSheetVersion> select(int planNo, Map<Integer, List<PlanSheetVersion>> readInRun) {
        if (run.requireComplete()) {
            return readInRun.getOrDefault(planNo, List.of()).stream().min(NEWEST_FIRST);
        }
        return store.newest(master.fiscalYear(), planNo);
    }

    /**
     * The master's titles and departments print in the 目次, the overviews and the sheets' headers,
     * submitted or not: the characters its fonts lack are said once per 方針, 基本的取組 and プラン.
     */
    private List<Finding> printabilityOfMaster() {
        String file = master.source().getFileName().toString();
        String where = "プラン一覧（" + file + "）の";
        Map<String, List<Finding>> said = new LinkedHashMap<>();
        for (PlanMasterEntry plan : master.plans()) {
            said.computeIfAbsent("policy " + plan.policyNo(), k -> PlanSheetValidator.printability(file, null,
                    PlanSheetField.POLICY_TITLE, where + "方針" + plan.policyNo(), plan.policyTitle()));
            said.computeIfAbsent("initiative " + plan.initiativeCode(), k -> PlanSheetValidator.printability(file, null,
                    PlanSheetField.INITIATIVE_TITLE, where + "基本的取組" + plan.initiativeCode(), plan.initiativeTitle()));
            List<Finding> planFindings = new ArrayList<>(PlanSheetValidator.printability(file, null,
                    PlanSheetField.PLAN_TITLE, where + "プラン" + plan.planNo(), plan.planTitle()));
            planFindings.addAll(PlanSheetValidator.printability(file, null, PlanSheetField.DEPARTMENTS,
                    where + "プラン" + plan.planNo(), String.join("、", plan.departments())));
            said.put("plan " + plan.planNo(), planFindings);
        }
        return said.values().stream().flatMap(List::stream).toList();
    }

    /** Plans that this run read from more than one file: the newest file wins, both are named. */
    private List<Finding> duplicates(Map<Integer, List<PlanSheetVersion>> readInRun) {
        List<Finding> findings = new ArrayList<>();
        readInRun.forEach((planNo, versions) -> {
            List<String> files = versions.stream().map(v -> v.sourceFile() + "（" + v.sheetName() + "）").distinct().toList();
            if (files.size() > 1) {
                PlanSheetVersion winner = select(planNo, readInRun).orElseThrow();
                findings.add(Finding.of(FindingCode.DUPLICATE_PLAN, winner.sourceFile(), winner.sheetName(),
                        PlanSheetField.PLAN_NO.definedName(), planNo, String.join("、", files), winner.sourceFile()));
            }
        });
        return findings;
    }
}
