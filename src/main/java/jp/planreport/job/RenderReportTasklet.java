package jp.planreport.job;

import java.nio.file.Path;

import jp.planreport.aggregate.Compilation;
import jp.planreport.cli.Console;
import jp.planreport.config.OfficeTime;
import jp.planreport.intake.PlanMaster;
import jp.planreport.report.Edition;
import jp.planreport.report.pdf.BookletRenderer;
import jp.planreport.store.SubmissionStore;

/** Renders the council report PDF (or the draft) into its part file (published later by {@link PublishTasklet}). */
public class RenderReportTasklet extends RenderTasklet {

    private final BookletRenderer renderer;

    public RenderReportTasklet(PlanMaster master, SubmissionStore store, CompilationRun run, RollupHistory rollups,
                               OfficeTime time, BookletRenderer renderer) {
        super(master, store, run, rollups, time);
        this.renderer = renderer;
    }

    @Override
    Path output(OutputFiles outputs) {
        return outputs.report();
    }

    @Override
    int render(Compilation compilation, Edition edition, OutputFiles outputs, long jobInstanceId) throws Exception {
        long start = System.nanoTime();
        int pages = renderer.render(compilation, edition, part(outputs.report()));
        Console.info(String.format("  PDF: %d ページ（%.1f 秒）", pages, (System.nanoTime() - start) / 1e9));
        return pages;
    }
}
