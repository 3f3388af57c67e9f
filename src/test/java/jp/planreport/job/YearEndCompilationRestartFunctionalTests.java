package jp.planreport.job;

import jp.planreport.FunctionalTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A run whose PDF step fails (a folder stands where its part file goes) is resumed by launching it
 * again with the same parameters: intake, aggregation and the workbook (written beside the PDF, and
 * finished) are not redone, nothing is stored twice.
 */
class YearEndCompilationRestartFunctionalTests extends FunctionalTest {

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;

    @Autowired
    @Qualifier("yearEndCompilationJob")
    Job job;

    @BeforeEach
    void yearEndJob() {
        jobOperatorTestUtils.setJob(job);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFailedRunResumesAtTheFailedStepAndCompletes() throws Exception {
        SampleInput sample = new SampleInput(work);
        Path blocker = OutputFiles.partOf(sample.outputs().report());
        Files.createDirectories(blocker.resolve("in-the-way"));

        JobExecution first = jobOperatorTestUtils.startJob(sample.parameters());

        assertThat(first.getStatus()).isEqualTo(BatchStatus.FAILED);
        // the intake ran in parts that together read each of the four workbooks once
        assertThat(first.getStepExecutions()).filteredOn(s -> s.getStepName().startsWith("intakeFiles:"))
                .hasSizeGreaterThanOrEqualTo(1).allMatch(s -> s.getStatus() == BatchStatus.COMPLETED)
                .extracting(StepExecution::getReadCount)
                .satisfies(reads -> assertThat(reads.stream().mapToLong(Long::longValue).sum()).isEqualTo(4));
        assertThat(first.getStepExecutions()).filteredOn(s -> !s.getStepName().startsWith("intakeFiles:"))
                .extracting(StepExecution::getStepName, StepExecution::getStatus)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("intake", BatchStatus.COMPLETED),
                        org.assertj.core.groups.Tuple.tuple("aggregate", BatchStatus.COMPLETED),
                        org.assertj.core.groups.Tuple.tuple("renderReport", BatchStatus.FAILED),
                        org.assertj.core.groups.Tuple.tuple("renderSummary", BatchStatus.COMPLETED),
                        org.assertj.core.groups.Tuple.tuple("renderHtml", BatchStatus.COMPLETED));
        // the finished workbook waits in its part file for the resumed run: the outputs are published
        // together or not at all
        assertThat(sample.outputs().summary()).doesNotExist();
        assertThat(OutputFiles.partOf(sample.outputs().summary())).isNotEmptyFile();
        int versions = count("plan_sheet_version");
        int findings = count("intake_finding");
        assertThat(versions).isEqualTo(5);

        org.springframework.util.FileSystemUtils.deleteRecursively(blocker);
        JobExecution second = jobOperatorTestUtils.startJob(sample.parameters());

        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(second.getJobInstance().getInstanceId()).isEqualTo(first.getJobInstance().getInstanceId());
        assertThat(second.getStepExecutions()).extracting(StepExecution::getStepName)
                .containsExactly("renderReport", "publish");
        assertThat(count("plan_sheet_version")).isEqualTo(versions);
        assertThat(count("intake_finding")).isEqualTo(findings);
        assertThat(sample.outputs().exist()).isTrue();
        assertThat(new PdfText(sample.outputs().report(), "").all()).contains("適正な公文書管理の推進");
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }
}
