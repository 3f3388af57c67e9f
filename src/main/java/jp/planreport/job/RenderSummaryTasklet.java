package jp.planreport.job;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jp.planreport.aggregate.Compilation;
import jp.planreport.cli.Console;
import jp.planreport.config.OfficeTime;
import jp.planreport.intake.PlanMaster;
import jp.planreport.intake.PlanMasterEntry;
import jp.planreport.report.Edition;
import jp.planreport.report.workbook.SummaryWorkbookWriter;
import jp.planreport.store.SubmissionStore;

/** Writes the summary workbook (or the draft) into its part file (published later by {@link PublishTasklet}). */
public class RenderSummaryTasklet extends RenderTasklet {

    private final SummaryWorkbookWriter writer;

    public RenderSummaryTasklet(PlanMaster master, SubmissionStore store, CompilationRun run, RollupHistory rollups,
                                OfficeTime time, SummaryWorkbookWriter writer) {
        super(master, store, run, rollups, time);
        this.writer = writer;
    }

    @Override
    Path output(OutputFiles outputs) {
        return outputs.summary();
    }

    @Override
    int render(Compilation compilation, Edition edition, OutputFiles outputs, long jobInstanceId) throws Exception {
        Map<String, String> departments = new HashMap<>();
        store().plansByFile(jobInstanceId).forEach((file, plans) -> departments.put(file, plans.stream()
                .map(master()::plan).flatMap(Optional::stream).map(PlanMasterEntry::leadDepartment)
                .distinct().collect(Collectors.joining("、"))));
        writer.write(compilation, store().findings(jobInstanceId), departments, edition, part(outputs.summary()));
        Console.info("  集計表: プラン " + compilation.plans().size() + " 行");
        return compilation.plans().size();
    }
}
