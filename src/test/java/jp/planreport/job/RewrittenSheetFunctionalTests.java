package jp.planreport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import jp.planreport.FunctionalTest;
import jp.planreport.aggregate.Completion;
import jp.planreport.aggregate.PlanStatus;
import jp.planreport.intake.PlanMasterReader;
import jp.planreport.model.PlanMaster;
import jp.planreport.model.PlanSheetField;
import jp.planreport.service.Reminders;
import jp.planreport.service.SubmissionStatus;

/**
 * A plan whose newest sheet a nightly roll-up took while it is still being written: printed in the
 * draft with 「未記入」 blocks but 不備あり there, on the portal and in the office's reminder, which
 * says which fields are still blank, from that run's own notice.
 */
class RewrittenSheetFunctionalTests extends FunctionalTest {

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    @Qualifier("nightlyRollupJob")
    Job rollup;

    @Autowired
    SubmissionStatus status;

    @Autowired
    Reminders reminders;

    @Test
    void aSheetBeingRewrittenIsChasedWithTheFieldsItStillLacks() throws Exception {
        SampleInput sample = new SampleInput(work);
        PlanMaster master = new PlanMasterReader().read(sample.input.resolve("2022/plans.csv"), 2022);
        jobs.setJob(rollup);
        assertThat(jobs.startJob(sample.rollupParameters(LocalDate.of(2022, 11, 24))).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(status.completion(master).departmentsToChase()).as("the sample is complete").isEmpty();

        // 広報課 overwrites its workbook with plan 4 half rewritten: 年次評価 and 総括 cleared
        sample.writePlan(4, "広報課.xlsx", f -> {
            f.remove(PlanSheetField.SUMMARY);
            f.remove(PlanSheetField.GRADE);
        });
        LocalDate day = LocalDate.of(2022, 11, 25);
        assertThat(jobs.startJob(sample.rollupParameters(day)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        try (Workbook draft = new XSSFWorkbook(OutputFiles.rollup(sample.output, 2022, day).summary().toFile())) {
            // 検証結果: severity, department, file, sheet, field, message, code
            assertThat(draft.getSheet("検証結果")).filteredOn(row -> row.getRowNum() > 0)
                    .extracting(row -> row.getCell(0).getStringCellValue() + " " + row.getCell(1).getStringCellValue()
                            + " " + row.getCell(6).getStringCellValue())
                    .containsExactly("お知らせ 広報課 NOT_YET_WRITTEN");
            // 一覧: 状況 (column 12) and the file it came in (13): printed, not yet 受付済
            assertThat(draft.getSheet("一覧")).filteredOn(row -> row.getRowNum() > 0)
                    .extracting(row -> (int) row.getCell(4).getNumericCellValue() + " " + row.getCell(11).getStringCellValue()
                            + " " + row.getCell(12).getStringCellValue())
                    .contains("4 不備あり 広報課.xlsx", "5 受付済 総務課.xlsx");
        }
        Path report = OutputFiles.rollup(sample.output, 2022, day).report();
        assertThat(PdfText.linesOfPage(report, "提出状況")).contains("広報課 1 0 1 0 プラン4（不備あり）");
        assertThat(new PdfText(report, "").all()).as("the 方針 overview").contains("受付済4件")
                .contains("未記入").doesNotContain("不備あり（提出されたシートに誤りがあり");

        // what the year-end compilation of this folder would say: plan 4 is not ready
        Completion completion = status.completion(master);
        assertThat(completion.plans()).filteredOn(p -> p.plan().planNo() == 4).singleElement()
                .satisfies(p -> assertThat(p.status()).isEqualTo(PlanStatus.INVALID));
        assertThat(completion.departmentsToChase()).extracting(Completion.Line::key).containsExactly("広報課");
        Completion.Line kouhou = completion.department("広報課").orElseThrow();
        assertThat(reminders.of(2022, kouhou, reminders.open(kouhou)).body())
                .contains("・プラン4「積極的な市政情報の提供」: 不備あり\n    お知らせ  広報課.xlsx")
                .contains("まだ記入されていない欄があります（「年次評価」、「今年度の総括」）。年度末の取りまとめまでに記入してください。")
                .doesNotContain("記入途中のシートのみ", "[NOT_YET_WRITTEN]");
    }
}
