package jp.planreport.job;

import java.io.IOException;
import java.nio.file.Path;

import org.springframework.util.FileSystemUtils;

import jp.planreport.aggregate.Compilation;
import jp.planreport.config.OfficeTime;
import jp.planreport.model.PlanMaster;
import jp.planreport.report.Edition;
import jp.planreport.report.html.HtmlEditionWriter;
import jp.planreport.service.PastYears;
import jp.planreport.store.SubmissionStore;

/**
 * Writes the HTML edition (or the draft's) into its part folder (published later by
 * {@link PublishTasklet}); a failed write removes its half folder, a resumed run writes it anew.
 */
public class RenderHtmlTasklet extends RenderTasklet {

    private final HtmlEditionWriter writer;

    public RenderHtmlTasklet(PlanMaster master, SubmissionStore store, CompilationRun run, RollupHistory rollups,
                             OfficeTime time, PastYears pastYears, HtmlEditionWriter writer) {
        super(master, store, run, rollups, time, pastYears);
        this.writer = writer;
    }

    @Override
    Path output(OutputFiles outputs) {
        return outputs.html();
    }

    @Override
    int render(Compilation compilation, Edition edition, OutputFiles outputs, long jobInstanceId) throws Exception {
        Path part = part(outputs.html());
        try {
            return writer.write(compilation, edition, part);
        } catch (IOException | RuntimeException e) {
            try {
                FileSystemUtils.deleteRecursively(part);
            } catch (IOException notRemoved) {
                e.addSuppressed(notRemoved);
            }
            throw e;
        }
    }
}
