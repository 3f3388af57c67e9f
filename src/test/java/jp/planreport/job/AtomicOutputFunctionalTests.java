package jp.planreport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import jp.planreport.FunctionalTest;
import jp.planreport.aggregate.Compilation;
import jp.planreport.config.PlanReportProperties;
import jp.planreport.config.RenderProperties;
import jp.planreport.config.TemporaryFolder;
import jp.planreport.intake.Checksums;
import jp.planreport.model.PlanSheetField;
import jp.planreport.report.Edition;
import jp.planreport.report.pdf.BookletRenderer;
import jp.planreport.report.pdf.ReportTemplates;

/**
 * A run that breaks off while the PDF is being written (half a file on disk, then a full disk) leaves
 * the previous report byte for byte as it was and no half file, says what failed in the office's
 * words; the same run given again completes.
 */
class AtomicOutputFunctionalTests extends FunctionalTest {

    /** The real renderer, which when told to writes its file, cuts it in half and fails (a crash mid-write). */
    static class BreakingRenderer extends BookletRenderer {
        volatile boolean breakNext;

        BreakingRenderer(ReportTemplates templates, PlanReportProperties properties, RenderProperties pieces,
                         TemporaryFolder temporary) {
            super(templates, properties, pieces, temporary);
        }

        @Override
        public int render(Compilation compilation, Edition edition, Path target) throws IOException {
            int pages = super.render(compilation, edition, target);
            if (breakNext) {
                breakNext = false;
                try (FileChannel file = FileChannel.open(target, StandardOpenOption.WRITE)) {
                    file.truncate(file.size() / 2);
                }
                throw new IOException("No space left on device");
            }
            return pages;
        }
    }

    @TestConfiguration
    static class Breaking {
        @Bean
        @Primary
        BreakingRenderer breakingRenderer(ReportTemplates templates, PlanReportProperties properties, RenderProperties pieces,
                                          TemporaryFolder temporary) {
            return new BreakingRenderer(templates, properties, pieces, temporary);
        }
    }

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;

    @Autowired
    @Qualifier("yearEndCompilationJob")
    Job job;

    @Autowired
    BreakingRenderer renderer;

    @BeforeEach
    void yearEndJob() {
        jobOperatorTestUtils.setJob(job);
    }

    @Test
    void aFailureWhileRenderingLeavesThePreviousReportByteIdenticalAndNoHalfFile() throws Exception {
        SampleInput sample = new SampleInput(work);
        assertThat(jobOperatorTestUtils.startJob(sample.parameters()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        OutputFiles outputs = sample.outputs();
        String reportBefore = Checksums.sha256(outputs.report());
        String summaryBefore = Checksums.sha256(outputs.summary());

        sample.writePlan(5, "総務課.xlsx", f -> f.put(PlanSheetField.SUMMARY, "○年度末の修正"));
        renderer.breakNext = true;
        JobExecution broken = jobOperatorTestUtils.startJob(sample.parameters());

        assertThat(broken.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(broken.getAllFailureExceptions()).extracting(Throwable::getMessage)
                .containsExactly("書き込めませんでした: " + outputs.report() + "（原因: ディスクの空き容量が足りません）");
        assertThat(Checksums.sha256(outputs.report())).isEqualTo(reportBefore);
        assertThat(Checksums.sha256(outputs.summary())).isEqualTo(summaryBefore);
        // the half PDF is gone; the workbook, written beside it, is finished but waits in its part file
        // for the resumed run: outputs are published together or not at all
        assertThat(names(outputs.folder())).containsExactlyInAnyOrder("report-2022.pdf", "summary-2022.xlsx",
                ".summary-2022.xlsx.part");

        JobExecution resumed = jobOperatorTestUtils.startJob(sample.parameters());

        assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(names(outputs.folder())).containsExactlyInAnyOrder("report-2022.pdf", "summary-2022.xlsx");
        assertThat(new PdfText(outputs.report(), "").all()).contains("年度末の修正");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
