package jp.planreport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.json.JsonMapper;

import jp.planreport.FunctionalTest;
import jp.planreport.aggregate.Compilation;
import jp.planreport.aggregate.RollupChanges;
import jp.planreport.config.PlanReportProperties;
import jp.planreport.config.RenderProperties;
import jp.planreport.config.TemporaryFolder;
import jp.planreport.report.Edition;
import jp.planreport.report.pdf.BookletRenderer;
import jp.planreport.report.pdf.ReportTemplates;
import jp.planreport.service.ProgressEvent;
import jp.planreport.store.PlanSheetVersion;
import jp.planreport.store.SubmissionStore;

/**
 * The steps that have behaviour of their own, each run alone (Spring Batch's {@code startStep}, with
 * the job's context the earlier steps would have left): the partitioned intake counts each workbook
 * once, the changes step keeps what it found for the render steps, which take it from there, and a
 * render step that breaks off leaves no half file and the previous output as it was. The flows
 * (steps in order, refusals, restarts) are the job tests'.
 */
@TestPropertySource(properties = "plan-report.intake.partitions=2")
class CompilationStepsTests extends FunctionalTest {

    private static final LocalDate DAY = LocalDate.of(2022, 11, 24);

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

    /** Every progress event the steps publish, as the console or a page would receive them. */
    static class Events {
        final List<ProgressEvent> received = new CopyOnWriteArrayList<>();

        @EventListener
        void on(ProgressEvent event) {
            received.add(event);
        }
    }

    @TestConfiguration
    static class Wiring {
        @Bean
        @Primary
        BreakingRenderer breakingRenderer(ReportTemplates templates, PlanReportProperties properties, RenderProperties pieces,
                                          TemporaryFolder temporary) {
            return new BreakingRenderer(templates, properties, pieces, temporary);
        }

        @Bean
        Events events() {
            return new Events();
        }
    }

    @Autowired
    JobOperatorTestUtils steps;

    @Autowired
    @Qualifier("intakeStep")
    Step intakeStep;

    @Autowired
    @Qualifier("rollupChangesStep")
    Step changesStep;

    @Autowired
    @Qualifier("renderSummaryStep")
    Step renderSummaryStep;

    @Autowired
    @Qualifier("renderReportStep")
    Step renderReportStep;

    @Autowired
    SubmissionStore store;

    @Autowired
    RollupHistory rollups;

    @Autowired
    JsonMapper json;

    @Autowired
    BreakingRenderer renderer;

    @Autowired
    Events events;

    @BeforeEach
    void noEventsYet() {
        events.received.clear();
    }

    @Test
    void thePartitionedIntakeReadsEachWorkbookOnceAndReportsOnlyThroughItsManagerStep() throws Exception {
        SampleInput sample = new SampleInput(work);

        JobExecution run = steps.startStep(intakeStep, sample.parameters(), null);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<StepExecution> workers = run.getStepExecutions().stream()
                .filter(s -> s.getStepName().startsWith("intakeFiles:")).toList();
        assertThat(workers).hasSize(2).allSatisfy(w -> assertThat(w.getReadCount()).isPositive());
        assertThat(workers.stream().mapToLong(StepExecution::getReadCount).sum()).isEqualTo(4);
        StepExecution manager = run.getStepExecutions().stream().filter(s -> s.getStepName().equals("intake")).findFirst()
                .orElseThrow();
        assertThat(manager.getReadCount()).as("the manager's total is the workers' sum, not added to it").isEqualTo(4);
        long instance = run.getJobInstance().getInstanceId();
        assertThat(store.readInRun(instance)).extracting(PlanSheetVersion::planNo).containsExactly(1, 2, 3, 4, 5);
        assertThat(events.received).filteredOn(e -> e instanceof ProgressEvent.FileRead)
                .extracting(e -> ((ProgressEvent.FileRead) e).file()).doesNotHaveDuplicates().hasSize(4);
        assertThat(events.received).filteredOn(e -> e instanceof ProgressEvent.StepStarted || e instanceof ProgressEvent.StepFinished)
                .extracting(ProgressEventsLine::of)
                .containsExactly("started intake", "finished intake read 4");
    }

    @Test
    void theChangesStepKeepsWhatItFoundInTheJobsContextAsTheRenderStepsWillReadIt() throws Exception {
        SampleInput sample = new SampleInput(work);
        ExecutionContext job = intakeAndSelect(sample);

        JobExecution run = steps.startStep(changesStep, step(sample.rollupParameters(DAY), "changes"), job);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(run.getStepExecutions()).singleElement().extracting(StepExecution::getWriteCount).isEqualTo(5L);
        RollupChanges found = events.received.stream().filter(e -> e instanceof ProgressEvent.RollupChangesFound)
                .map(e -> ((ProgressEvent.RollupChangesFound) e).changes()).findFirst().orElseThrow();
        assertThat(found.changes()).extracting(c -> c.kind() + " " + c.planNo())
                .containsExactly("NEW 1", "NEW 2", "NEW 3", "NEW 4", "NEW 5");
        assertThat(run.getExecutionContext().getString(RollupHistory.ROLLUP_CHANGES)).isNotBlank();
        assertThat(rollups.keptChanges(run, null)).as("read back from the context, not computed again").isEqualTo(found);
    }

    @Test
    void aRenderStepTakesTheChangesFromTheJobsContextInsteadOfComparingAgain() throws Exception {
        SampleInput sample = new SampleInput(work);
        ExecutionContext job = intakeAndSelect(sample);
        // changes no comparison of this input could give: only the context can have told the step
        RollupChanges kept = new RollupChanges(LocalDateTime.of(2022, 11, 23, 2, 0), List.of(
                new RollupChanges.Change(RollupChanges.Kind.CHANGED, "総務課", 5, "適正な公文書管理の推進", "手で置いた.xlsx")));
        job.putString(RollupHistory.ROLLUP_CHANGES, json.writeValueAsString(kept));

        JobExecution run = steps.startStep(renderSummaryStep, step(sample.rollupParameters(DAY), "renderSummary"), job);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path part = OutputFiles.partOf(OutputFiles.rollup(sample.output, 2022, DAY).summary());
        assertThat(changesSheet(part)).containsExactly("総務課 更新 5 手で置いた.xlsx");
    }

    @Test
    void aRenderStepThatBreaksOffLeavesThePreviousOutputByteIdenticalAndNoHalfFile() throws Exception {
        SampleInput sample = new SampleInput(work);
        ExecutionContext job = intakeAndSelect(sample);
        OutputFiles outputs = sample.outputs();
        Files.createDirectories(outputs.folder());
        byte[] previous = "the report of the previous run".getBytes();
        Files.write(outputs.report(), previous);
        renderer.breakNext = true;

        JobExecution run = steps.startStep(renderReportStep, step(sample.parameters(), "renderReport"), job);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(run.getAllFailureExceptions()).extracting(Throwable::getMessage)
                .containsExactly("書き込めませんでした: " + outputs.report() + "（原因: ディスクの空き容量が足りません）");
        assertThat(outputs.report()).hasBinaryContent(previous);
        assertThat(names(outputs.folder())).containsExactly("report-2022.pdf");
    }

    /** The sample read by the intake step, and the job context the aggregate step would leave: every accepted version chosen. */
    private ExecutionContext intakeAndSelect(SampleInput sample) throws Exception {
        JobExecution intake = steps.startStep(intakeStep, step(sample.rollupParameters(DAY), "intake"), null);
        assertThat(intake.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        ExecutionContext job = new ExecutionContext();
        job.putString(CompilationLoader.SELECTED_VERSIONS, store.readInRun(intake.getJobInstance().getInstanceId()).stream()
                .map(v -> Long.toString(v.id())).collect(Collectors.joining(",")));
        events.received.clear();
        return job;
    }

    /** The run's parameters, told apart per step: each step run alone is a job instance of its own. */
    private static JobParameters step(JobParameters run, String step) {
        return new JobParametersBuilder(run).addString("test.step", step).toJobParameters();
    }

    /** The rows of 「前回からの変更」: department, kind, plan number, file. */
    private static List<String> changesSheet(Path workbook) throws IOException {
        List<String> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Row row : book.getSheet("前回からの変更")) {
                if (row.getRowNum() > 0) {
                    rows.add(row.getCell(0).getStringCellValue() + " " + row.getCell(1).getStringCellValue() + " "
                            + (int) row.getCell(2).getNumericCellValue() + " " + row.getCell(4).getStringCellValue());
                }
            }
        }
        return rows;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    /** A step's start or end as one line, to compare lists of them. */
    private static final class ProgressEventsLine {
        static String of(ProgressEvent event) {
            if (event instanceof ProgressEvent.StepFinished f) {
                return "finished " + f.step() + " read " + f.read();
            }
            return "started " + ((ProgressEvent.StepStarted) event).step();
        }
    }
}
