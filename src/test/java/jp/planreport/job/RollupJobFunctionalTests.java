package jp.planreport.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import jp.planreport.FunctionalTest;
import jp.planreport.model.Finding;
import jp.planreport.model.PlanSheetField;
import jp.planreport.service.ProgressEvent;

/**
 * The nightly roll-up on the sample: tolerant intake, drafts in rollup/<date>/, 「前回からの変更」
 * against the previous successful roll-up, and a restart that does not read the submissions again.
 */
@RecordApplicationEvents
class RollupJobFunctionalTests extends FunctionalTest {

    private static final LocalDate DAY1 = LocalDate.of(2022, 11, 24);
    private static final LocalDate DAY2 = LocalDate.of(2022, 11, 25);

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;

    @Autowired
    @Qualifier("nightlyRollupJob")
    Job rollupJob;

    @Autowired
    @Qualifier("yearEndCompilationJob")
    Job yearEndJob;

    @Autowired
    jp.planreport.store.SubmissionStore store;

    @Autowired
    ApplicationEvents events;

    @Test
    void draftsListTheChangesSinceThePreviousRollupByDepartmentAndPartialSheetsNeverReachTheYearEndReport() throws Exception {
        SampleInput sample = new SampleInput(work);
        jobOperatorTestUtils.setJob(rollupJob);

        JobExecution first = jobOperatorTestUtils.startJob(sample.rollupParameters(DAY1));

        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        OutputFiles day1 = OutputFiles.rollup(sample.output, 2022, DAY1);
        assertThat(day1.report()).hasFileName("report-2022-draft.pdf").isRegularFile();
        assertThat(day1.summary()).hasFileName("summary-2022-draft.xlsx").isRegularFile();
        assertThat(changes(day1.summary())).containsExactly("企画経営課 新規提出 1", "協働推進課 新規提出 2",
                "協働推進課 新規提出 3", "広報課 新規提出 4", "総務課 新規提出 5");
        assertThat(sample.outputs().report()).doesNotExist();

        // during the day: plan 5 corrected, plan 4 half rewritten (summary still blank), plan 2 sent again with a wrong grade
        sample.writePlan(5, "総務課.xlsx", f -> f.put(PlanSheetField.SUMMARY, "○修正後の総括"));
        sample.writePlan(4, "広報課.xlsx", f -> f.remove(PlanSheetField.SUMMARY));
        sample.writePlan(2, "協働推進課_再提出.xlsx", f -> f.put(PlanSheetField.GRADE, "Z"));

        JobExecution second = jobOperatorTestUtils.startJob(sample.rollupParameters(DAY2));

        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        OutputFiles day2 = OutputFiles.rollup(sample.output, 2022, DAY2);
        assertThat(changes(day2.summary())).containsExactly("協働推進課 新たに不備 2", "広報課 更新 4", "総務課 更新 5");
        assertThat(new PdfText(day2.report(), "").all()).contains("修正後の総括");
        // what a roll-up read is kept as meeting the year-end rules when it does: the portal counts it as 受付済
        assertThat(store.newest(2022, 5)).hasValueSatisfying(v -> assertThat(v.yearEndRules()).isTrue());
        assertThat(store.newest(2022, 4)).hasValueSatisfying(v -> {
            assertThat(v.yearEndRules()).as("総括 blank").isFalse();
            // what the portal and the reminder quote for it: the run's notice of what is still to write
            assertThat(store.newestReading(v)).hasValueSatisfying(r -> assertThat(store.findings(r.jobInstanceId()))
                    .filteredOn(f -> v.sheetName().equals(f.sheet())).extracting(Finding::code).containsExactly("NOT_YET_WRITTEN"));
        });
        assertThat(Files.list(day2.folder())).allMatch(p -> !p.getFileName().toString().endsWith(".part"));

        // the year-end compilation of the same input applies its own rules: plan 4 is incomplete
        jobOperatorTestUtils.setJob(yearEndJob);
        JobExecution yearEnd = jobOperatorTestUtils.startJob(sample.parameters());

        assertThat(yearEnd.getExitStatus().getExitCode()).isEqualTo(AggregationTasklet.REFUSED.getExitCode());
        assertThat(events.stream(ProgressEvent.RunFinished.class)).last()
                .extracting(ProgressEvent.RunFinished::jobExecutionId, ProgressEvent.RunFinished::exitCode)
                .containsExactly(yearEnd.getId(), AggregationTasklet.REFUSED.getExitCode());
        assertThat(sample.outputs().report()).doesNotExist();
    }

    @Test
    void aFailedRollupResumesWithoutReadingTheSubmissionsAgainAndWithTheChangesItFound() throws Exception {
        SampleInput sample = new SampleInput(work);
        jobOperatorTestUtils.setJob(rollupJob);
        LocalDate day = LocalDate.of(2022, 12, 1);
        Path blocker = OutputFiles.partOf(OutputFiles.rollup(sample.output, 2022, day).report());
        Files.createDirectories(blocker.resolve("in-the-way"));

        JobExecution first = jobOperatorTestUtils.startJob(sample.rollupParameters(day));

        assertThat(first.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(first.getStepExecutions()).filteredOn(s -> !s.getStepName().startsWith("intakeFiles:"))
                .extracting(StepExecution::getStepName, StepExecution::getStatus)
                .containsExactlyInAnyOrder(tuple("intake", BatchStatus.COMPLETED), tuple("aggregate", BatchStatus.COMPLETED),
                        tuple("changes", BatchStatus.COMPLETED), tuple("renderReport", BatchStatus.FAILED),
                        tuple("renderSummary", BatchStatus.COMPLETED), tuple("renderHtml", BatchStatus.COMPLETED));

        org.springframework.util.FileSystemUtils.deleteRecursively(blocker);
        JobExecution second = jobOperatorTestUtils.startJob(sample.rollupParameters(day));

        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(second.getJobInstance().getInstanceId()).isEqualTo(first.getJobInstance().getInstanceId());
        // every run's end is an event, whoever started it: a page following a scheduled roll-up learns of it
        assertThat(events.stream(ProgressEvent.RunFinished.class))
                .extracting(ProgressEvent.RunFinished::jobExecutionId, ProgressEvent.RunFinished::status)
                .containsExactly(tuple(first.getId(), "FAILED"), tuple(second.getId(), "COMPLETED"));
        assertThat(second.getStepExecutions()).extracting(StepExecution::getStepName)
                .containsExactly("renderReport", "publish");
        OutputFiles drafts = OutputFiles.rollup(sample.output, 2022, day);
        assertThat(drafts.exist()).isTrue();
        // the changes step is not run again: the resumed PDF prints what the first attempt found and kept
        assertThat(second.getExecutionContext().getString(RollupHistory.ROLLUP_CHANGES)).contains("NEW");
        assertThat(new PdfText(drafts.report(), "").all()).contains("新規提出");
        assertThat(changes(drafts.summary())).hasSize(5);
    }

    @Test
    void charactersNoBundledFontHasAreNamedWithTheirPlanAndPrintAsGetaInTheDraft() throws Exception {
        SampleInput sample = new SampleInput(work);
        Path plans = sample.input.resolve("2022").resolve("plans.csv");
        String master = Files.readString(plans);
        assertThat(master).contains("支援の推進,協働推進課\n");
        Files.writeString(plans, master.replace("支援の推進,協働推進課\n", "支援の推進,協働推進課、𠮷田😀係\n"));
        sample.writePlan(5, "総務課.xlsx", f -> f.put(PlanSheetField.SUMMARY, "○笑顔😀と確認✔の記号"));
        jobOperatorTestUtils.setJob(rollupJob);

        JobExecution rollup = jobOperatorTestUtils.startJob(sample.rollupParameters(DAY1));

        assertThat(rollup.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(store.findings(rollup.getJobInstance().getInstanceId()))
                .filteredOn(f -> f.code().equals("UNPRINTABLE_CHARACTERS"))
                .extracting(f -> f.file() + " " + f.field() + " " + f.message().substring(0, f.message().indexOf(" は、")))
                .containsExactlyInAnyOrder(
                        "plans.csv departments プラン一覧（plans.csv）のプラン2の欄「担当課」の 「😀」（U+1F600）",
                        "総務課.xlsx summary プラン5の欄「今年度の総括」の 「😀」（U+1F600）、「✔」（U+2714）");
        String text = new PdfText(OutputFiles.rollup(sample.output, 2022, DAY1).report(), "").all();
        assertThat(text).contains("協働推進課、𠮷田〓係", "○笑顔〓と確認〓の記号").doesNotContain("😀");
    }

    /** The rows of 「前回からの変更」: department, kind, plan number. */
    private static List<String> changes(Path workbook) throws Exception {
        List<String> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet("前回からの変更");
            assertThat(sheet).isNotNull();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    rows.add(row.getCell(0).getStringCellValue() + " " + row.getCell(1).getStringCellValue() + " "
                            + (int) row.getCell(2).getNumericCellValue());
                }
            }
        }
        return rows;
    }
}
