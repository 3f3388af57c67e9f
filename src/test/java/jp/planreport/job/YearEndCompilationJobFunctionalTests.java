package jp.planreport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import jp.planreport.FunctionalTest;
import jp.planreport.model.PlanSheetField;
import jp.planreport.sample.SampleSubmissions.TranscribedSheet;
import jp.planreport.sample.SampleSubmissions;
import jp.planreport.store.SubmissionStore;

/**
 * The year-end compilation of the repository's sample, end to end: the real workbooks, H2 file
 * database, JasperReports PDF and POI workbook, read back and checked against the transcription.
 */
class YearEndCompilationJobFunctionalTests extends FunctionalTest {

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
    SubmissionStore store;

    @Test
    void compilesEveryItemOfTheFivePlansInOrderIntoThePdfAndTheWorkbook() throws Exception {
        SampleInput sample = new SampleInput(work);

        JobExecution execution = jobOperatorTestUtils.startJob(sample.parameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution.getExitStatus().getExitCode()).isEqualTo(ExitStatus.COMPLETED.getExitCode());
        List<TranscribedSheet> plans = SampleSubmissions.read(SampleInput.SAMPLE.resolve("transcription"));
        assertThat(plans).hasSize(5);

        PdfText pdf = new PdfText(sample.outputs().report(), "行財政改革プラン 令和4年度 進捗・評価シート");
        assertThat(pdf.fontsNotEmbedded).isEmpty();
        assertThat(pdf.fonts).anyMatch(f -> f.endsWith("IPAexGothic")).anyMatch(f -> f.endsWith("IPAexMincho"));
        String text = pdf.all();
        int cursor = 0;
        for (TranscribedSheet plan : plans) {
            for (String expected : expectedInOrder(plan)) {
                int at = text.indexOf(PdfText.squeeze(expected), cursor);
                assertThat(at).as("プラン%s: 「%s」 after position %d", plan.fields().get(PlanSheetField.PLAN_NO), expected, cursor)
                        .isGreaterThanOrEqualTo(0);
                cursor = at + PdfText.squeeze(expected).length();
            }
        }
        // every plan sheet starts on a new page: its header is at the top of some page
        for (TranscribedSheet plan : plans) {
            assertThat(pdf.pages).anyMatch(page -> page.startsWith(PdfText.squeeze("方針1参加と協働のまちづくりの実践")))
                    .anyMatch(page -> page.contains(PdfText.squeeze("プラン" + plan.fields().get(PlanSheetField.PLAN_NO)
                            + plan.fields().get(PlanSheetField.PLAN_TITLE))));
        }
        // plan 4's ※4 note sits under section 2, the others under section 1
        int plan4Page = 0;
        while (!(pdf.pages.get(plan4Page).startsWith(PdfText.squeeze("方針1参加と協働のまちづくりの実践"))
                && pdf.pages.get(plan4Page).contains("プラン4積極的な市政情報の提供"))) {
            plan4Page++;
        }
        String plan4 = String.join("", pdf.pages.subList(plan4Page, pdf.pages.size()));
        assertThat(plan4.indexOf("※4CMS（ContentsManagementSystem）")).isBetween(plan4.indexOf("2取組状況"),
                plan4.indexOf("3年次評価及び総括"));
        assertThat(plan4.indexOf("※1ソーシャルメディア：")).isLessThan(plan4.indexOf("2取組状況"));

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(sample.outputs().summary()))) {
            Sheet list = workbook.getSheet("一覧");
            assertThat(list.getLastRowNum()).isEqualTo(5);
            for (int i = 1; i <= 5; i++) {
                Row row = list.getRow(i);
                assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(i);
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(1);
                assertThat(row.getCell(8).getStringCellValue()).isEqualTo("○");
                assertThat(row.getCell(10).getStringCellValue()).isEqualTo("A");
                assertThat(row.getCell(11).getStringCellValue()).isEqualTo("受付済");
                assertThat(row.getCell(13).getDateCellValue()).isNotNull();
            }
            assertThat(workbook.getSheet("検証結果")).isNotNull();
        }
        assertThat(Files.list(sample.outputs().folder())).as("no part files left")
                .allMatch(p -> !p.getFileName().toString().endsWith(".part"));
    }

    @Test
    void aBrokenFileAndAnInvalidNewerVersionNeitherStopTheRunNorReplaceAcceptedSheets() throws Exception {
        SampleInput sample = new SampleInput(work);
        assertThat(jobOperatorTestUtils.startJob(sample.parameters()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        int versionsOfPlan5 = store.countVersions(2022, 5);

        // a later delivery: a file that is not a workbook, and plan 5 again with a grade off the scale
        Files.writeString(sample.submissions().resolve("壊れたファイル.xlsx"), "not a workbook");
        Map<PlanSheetField, String> bad = new java.util.EnumMap<>(SampleSubmissions.read(SampleInput.SAMPLE.resolve("transcription"))
                .get(4).fields());
        bad.put(PlanSheetField.GRADE, "Z");
        bad.put(PlanSheetField.SUMMARY, "○差し替え後の総括");
        new jp.planreport.intake.PlanSheetWorkbookWriter().write(
                List.of(new jp.planreport.intake.PlanSheetWorkbookWriter.SheetContent("プラン5", bad)),
                sample.submissions().resolve("総務課_修正版.xlsx"));

        JobExecution second = jobOperatorTestUtils.startJob(sample.parameters());

        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(store.countVersions(2022, 5)).isEqualTo(versionsOfPlan5);
        List<String> codes = new ArrayList<>();
        store.findings(second.getJobInstance().getInstanceId()).forEach(f -> codes.add(f.code() + " " + f.file() + " " + f.field()));
        assertThat(codes).contains("UNREADABLE_WORKBOOK 壊れたファイル.xlsx null", "INVALID_GRADE 総務課_修正版.xlsx grade");
        String text = new PdfText(sample.outputs().report(), "").all();
        assertThat(text).doesNotContain("差し替え後の総括").contains(PdfText.squeeze("○令和3年11月に発覚した市政情報公開手続における"));
    }

    /** What the plan sheet must print, in reading order, for one transcribed plan. */
    private static List<String> expectedInOrder(TranscribedSheet plan) {
        Map<PlanSheetField, String> f = plan.fields();
        List<String> expected = new ArrayList<>(List.of("方針", f.get(PlanSheetField.POLICY_NO), f.get(PlanSheetField.POLICY_TITLE),
                "基本的取組", f.get(PlanSheetField.INITIATIVE_CODE), f.get(PlanSheetField.INITIATIVE_TITLE),
                "プラン", f.get(PlanSheetField.PLAN_NO), f.get(PlanSheetField.PLAN_TITLE),
                "担当課", f.get(PlanSheetField.DEPARTMENTS), "連絡先"));
        expected.addAll(lines(f.get(PlanSheetField.CONTACTS)));
        expected.addAll(List.of("1 プランの内容", f.get(PlanSheetField.CONTENT), "年度別計画", "令和4年度"));
        expected.addAll(lines(f.get(PlanSheetField.ANNUAL_PLAN)));
        expected.add("2 取組状況");
        half(expected, "前期", f, PlanSheetField.H1_PLAN, PlanSheetField.H1_RESULT, PlanSheetField.H1_PROGRESS, PlanSheetField.H1_ACTION);
        half(expected, "後期", f, PlanSheetField.H2_PLAN, PlanSheetField.H2_RESULT, PlanSheetField.H2_PROGRESS, PlanSheetField.H2_ACTION);
        expected.addAll(List.of("3 年次評価及び総括", "年次評価",
                "【今年度の総括（評価の理由、取組による成果・効果）、次年度以降の取組の方向性】（CHECK・ACTION）",
                f.get(PlanSheetField.GRADE)));
        expected.addAll(lines(f.get(PlanSheetField.SUMMARY)));
        return expected;
    }

    private static void half(List<String> expected, String label, Map<PlanSheetField, String> f, PlanSheetField plan,
                             PlanSheetField result, PlanSheetField progress, PlanSheetField action) {
        expected.addAll(List.of(label, "【取組計画】（PLAN）"));
        expected.addAll(lines(f.get(plan)));
        expected.add("【取組実績及び取組による成果・効果】（DO・CHECK）");
        expected.addAll(lines(f.get(result)));
        if (f.containsKey(progress)) {
            expected.addAll(List.of("【年度別計画に対する今年度の進捗見込】（CHECK）",
                    "※◎：計画を上回る　○：（概ね）計画どおり　△：遅れる", f.get(progress)));
        }
        if (f.containsKey(action)) {
            expected.add("【後期における取組の方向性（留意点や見直し、改善など）】（ACTION）");
            expected.addAll(lines(f.get(action)));
        }
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
