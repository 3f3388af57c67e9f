package jp.planreport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.userdetails.UserDetailsService;

import jp.planreport.aggregate.Completion;
import jp.planreport.intake.Checksums;
import jp.planreport.intake.SubmissionFolder;
import jp.planreport.job.JobParameterNames;
import jp.planreport.job.OutputFiles;
import jp.planreport.job.SampleInput;
import jp.planreport.model.PlanMaster;
import jp.planreport.model.PlanSheetField;
import jp.planreport.service.SubmissionStatus;
import jp.planreport.service.SubmissionUpload;
import jp.planreport.service.YearInputs;

/**
 * 取りまとめ状況 against the summary workbook of a year-end compilation (--allow-incomplete) of the
 * same data: the sample without 協働推進課's workbook (plans 2 and 3 未提出) and with 広報課's plan 4
 * uploaded with a grade not on the scale (不備あり).
 */
class DashboardFunctionalTests extends PortalTest {

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    @Qualifier("yearEndCompilationJob")
    Job compilation;

    @Autowired
    SubmissionUpload upload;

    @Autowired
    SubmissionStatus status;

    @Autowired
    YearInputs years;

    @Autowired
    UserDetailsService users;

    @Test
    void theDashboardCountsWhatTheSummaryWorkbookOfTheSameDataCounts() throws Exception {
        for (String department : new String[] {"企画経営課", "総務課"}) {
            Files.copy(SAMPLE.resolve("submissions").resolve(department + ".xlsx"), submissions().resolve(department + ".xlsx"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        Path wrongGrade = new SampleInput(work).writePlan(4, "広報課.xlsx", f -> f.put(PlanSheetField.GRADE, "Z"));
        // placed in the folder by hand, not uploaded: the run's reading makes it 不備あり, as in the workbook
        Files.copy(new SampleInput(work.resolve("by-hand")).writePlan(2, "協働推進課.xlsx", f -> f.put(PlanSheetField.GRADE, "Y")),
                submissions().resolve("協働推進課.xlsx"), StandardCopyOption.REPLACE_EXISTING);
        PlanMaster master = years.master(2022).orElseThrow();
        try (InputStream in = Files.newInputStream(wrongGrade)) {
            SubmissionUpload.Outcome outcome = upload.upload(master, new SubmissionUpload.Uploader("kouhou", "広報課"), "広報課.xlsx", in);
            assertThat(outcome.accepted()).isEmpty();
        }
        jobs.setJob(compilation);
        JobExecution run = jobs.startJob(new JobParametersBuilder()
                .addLong(JobParameterNames.FISCAL_YEAR, 2022L)
                .addString(JobParameterNames.INPUT, input().toString())
                .addString(JobParameterNames.OUTPUT, site.resolve("output").toString())
                .addString(JobParameterNames.INPUT_DIGEST, Checksums.of(SubmissionFolder.of(input(), 2022)))
                .addString(JobParameterNames.ALLOW_INCOMPLETE, "true").toJobParameters());
        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);

        Completion completion = status.completion(master);
        Workbook workbook = Workbook.read(OutputFiles.of(site.resolve("output"), 2022).summary());

        assertThat(completion.policies()).extracting(p -> p.key() + ": " + p.tally().plans() + " " + p.tally().submitted() + " "
                + p.tally().valid()).containsExactlyElementsOf(workbook.policies);
        assertThat(completion.total().plans() + " " + completion.total().submitted() + " " + completion.total().valid())
                .isEqualTo(workbook.total).isEqualTo("5 4 2");
        java.util.List<String> scale = java.util.List.of("A", "B", "C");
        assertThat(completion.policies()).extracting(p -> p.key() + ": " + join(completion.grades(p, scale)))
                .containsExactlyElementsOf(workbook.grades.subList(0, workbook.grades.size() - 1));
        assertThat("合計: " + join(completion.grades(scale))).isEqualTo(workbook.grades.get(workbook.grades.size() - 1))
                .isNotEqualTo("合計: 0 0 0");
        Map<Integer, String> shown = new LinkedHashMap<>();
        completion.plans().forEach(p -> shown.put(p.plan().planNo(), p.status().label()));
        assertThat(shown).isEqualTo(workbook.statuses)
                .containsEntry(2, "不備あり").containsEntry(3, "未提出").containsEntry(4, "不備あり").containsEntry(5, "受付済");
        assertThat(completion.departmentsToChase()).extracting(Completion.Line::key).containsExactly("協働推進課", "広報課");

        String page = mvc.perform(get("/2022/dashboard").with(user(users.loadUserByUsername("kikaku"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("全 <strong>5</strong> プランのうち", "受付済 <strong>2</strong>", "不備あり <strong>2</strong>",
                "未提出 <strong>1</strong>", "提出期限: <strong>令和5年4月28日</strong>")
                .contains("協働推進課 ご担当者様", "・プラン2「市民活動・地域コミュニティ活動に関する支援の推進」: 不備あり",
                        "・プラン3「コミュニティ施設の在り方検討」: 未提出", "・プラン4「積極的な市政情報の提供」: 不備あり")
                .contains("年次評価「Y」", "年次評価「Z」")
                .contains("年次評価")
                .contains("評価の分布（受付済のプラン）", "方針ごとの評価（受付済 2 プラン。");
    }

    private static String join(Map<String, Long> counts) {
        return counts.values().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(" "));
    }

    @Test
    void theReminderIsAMailWhenTheDepartmentsAddressIsConfigured() throws Exception {
        String page = mvc.perform(get("/2022/dashboard").with(user(users.loadUserByUsername("kikaku"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"mailto:kyodo@example.lg.jp?subject=%E3%80%90")
                .contains("メールアドレスは設定されていません");
    }

    @org.springframework.test.context.DynamicPropertySource
    static void mail(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("plan-report.departments[協働推進課].mail", () -> "kyodo@example.lg.jp");
    }

    /**
     * What the summary workbook says: per 方針 「no: plans submitted valid」, the total, each plan's 状況,
     * and per 方針 then in all 「no: A B C」 (the grade columns).
     */
    private record Workbook(java.util.List<String> policies, String total, Map<Integer, String> statuses,
                            java.util.List<String> grades) {

        static Workbook read(Path file) throws Exception {
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
                java.util.List<String> policies = new java.util.ArrayList<>();
                String total = null;
                java.util.List<String> grades = new java.util.ArrayList<>();
                Sheet overview = book.getSheet("総括");
                for (Row row : overview) {
                    if (row.getRowNum() <= 3 || row.getCell(2) == null) {
                        continue;
                    }
                    String counts = (int) row.getCell(2).getNumericCellValue() + " " + (int) row.getCell(3).getNumericCellValue() + " "
                            + (int) row.getCell(4).getNumericCellValue();
                    String gradeCounts = (int) row.getCell(6).getNumericCellValue() + " " + (int) row.getCell(7).getNumericCellValue()
                            + " " + (int) row.getCell(8).getNumericCellValue();
                    if ("合計".equals(row.getCell(1).getStringCellValue())) {
                        total = counts;
                        grades.add("合計: " + gradeCounts);
                    } else {
                        policies.add((int) row.getCell(0).getNumericCellValue() + ": " + counts);
                        grades.add((int) row.getCell(0).getNumericCellValue() + ": " + gradeCounts);
                    }
                }
                Map<Integer, String> statuses = new LinkedHashMap<>();
                for (Row row : book.getSheet("一覧")) {
                    if (row.getRowNum() > 0 && row.getCell(4) != null && row.getCell(4).getCellType()
                            == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                        statuses.put((int) row.getCell(4).getNumericCellValue(), row.getCell(11).getStringCellValue());
                    }
                }
                return new Workbook(policies, total, statuses, grades);
            }
        }
    }
}
