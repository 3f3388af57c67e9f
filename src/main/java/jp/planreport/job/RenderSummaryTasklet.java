package jp.planreport.job;

import java.nio.file.Path;
import jp.planreport.service.ProgressEvent;
import org.springframework.context.ApplicationEventPublisher;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jp.planreport.aggregate.Compilation;
import jp.planreport.config.OfficeTime;
import jp.planreport.model.PlanMaster;
import jp.planreport.model.PlanMasterEntry;
import jp.planreport.report.Edition;
import jp.planreport.service.PastYears;
import jp.planreport.report.workbook.SummaryWorkbookWriter;
import jp.planreport.store.SubmissionStore;

/** Writes the summary workbook (or the draft) into its part file (published later by {@link PublishTasklet}). */
public class RenderSummaryTasklet extends RenderTasklet {

    private final SummaryWorkbookWriter writer;
    private final ApplicationEventPublisher events;

    public RenderSummaryTasklet(PlanMaster master, SubmissionStore store, CompilationRun run, RollupHistory rollups,
                                OfficeTime time, PastYears pastYears, SummaryWorkbookWriter writer, ApplicationEventPublisher events) {
        super(master, store, run, rollups, time, pastYears);
        this.writer = writer;
        this.events = events;
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
        events.publishEvent(new ProgressEvent.SummaryWritten(compilation.plans().size()));
        return compilation.plans().size();
    }
}
