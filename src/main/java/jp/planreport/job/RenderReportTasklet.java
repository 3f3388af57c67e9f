package jp.planreport.job;

import java.nio.file.Path;
import java.time.Duration;
import jp.planreport.aggregate.Compilation;
import jp.planreport.config.OfficeTime;
import jp.planreport.model.PlanMaster;
import jp.planreport.service.ProgressEvent;
import org.springframework.context.ApplicationEventPublisher;
import jp.planreport.report.Edition;
import jp.planreport.service.PastYears;
import jp.planreport.report.pdf.BookletRenderer;
import jp.planreport.store.SubmissionStore;

/** Renders the council report PDF (or the draft) into its part file (published later by {@link PublishTasklet}). */
public class RenderReportTasklet extends RenderTasklet {

    private final BookletRenderer renderer;
    private final ApplicationEventPublisher events;

    public RenderReportTasklet(PlanMaster master, SubmissionStore store, CompilationRun run, RollupHistory rollups,
                               OfficeTime time, PastYears pastYears, BookletRenderer renderer, ApplicationEventPublisher events) {
        super(master, store, run, rollups, time, pastYears);
        this.renderer = renderer;
        this.events = events;
    }

    @Override
    Path output(OutputFiles outputs) {
        return outputs.report();
    }

    @Override
    int render(Compilation compilation, Edition edition, OutputFiles outputs, long jobInstanceId) throws Exception {
        long start = System.nanoTime();
        int pages = renderer.render(compilation, edition, part(outputs.report()));
        events.publishEvent(new ProgressEvent.BookletWritten(pages, Duration.ofNanos(System.nanoTime() - start)));
        return pages;
    }
}
