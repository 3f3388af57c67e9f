package jp.planreport.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import jp.planreport.aggregate.CompilationAssembler;
import jp.planreport.config.OfficeTime;
import jp.planreport.config.TemporaryFolder;
import jp.planreport.model.PlanMaster;
import jp.planreport.model.PlanMasterEntry;
import jp.planreport.report.Edition;
import jp.planreport.report.pdf.BookletRenderer;
import jp.planreport.store.PlanSheetVersion;

/** One stored version of a plan sheet as it will print, by the booklet's templates, marked 「案」. */
@Service
public class PlanSheetPreview {

    private final BookletRenderer renderer;
    private final TemporaryFolder temporary;
    private final OfficeTime time;

    public PlanSheetPreview(BookletRenderer renderer, TemporaryFolder temporary, OfficeTime time) {
        this.renderer = renderer;
        this.temporary = temporary;
        this.time = time;
    }

    /** @return the PDF */
    public byte[] render(PlanMaster master, PlanMasterEntry plan, PlanSheetVersion version) throws IOException {
        PlanMaster one = new PlanMaster(master.source(), master.fiscalYear(), List.of(plan));
        var compilation = CompilationAssembler.assemble(one, Map.of(plan.planNo(), version), Set.of(plan.planNo()));
        Path target = temporary.createTempFile("preview-", ".pdf").toPath();
        try {
            renderer.renderSheets(compilation, Edition.draft(time.local(Instant.now())), target);
            return Files.readAllBytes(target);
        } finally {
            Files.deleteIfExists(target);
        }
    }
}
