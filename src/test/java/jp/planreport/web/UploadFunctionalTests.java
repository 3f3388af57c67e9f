package jp.planreport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;

import jp.planreport.intake.Checksums;
import jp.planreport.intake.PlanSheetWorkbookWriter;
import jp.planreport.intake.SubmissionFolder;
import jp.planreport.job.JobParameterNames;
import jp.planreport.model.PlanSheetField;
import jp.planreport.model.Role;
import jp.planreport.sample.SampleSubmissions;
import jp.planreport.service.Accounts;
import jp.planreport.service.SubmissionUpload;
import jp.planreport.service.YearInputs;
import jp.planreport.store.IntakeSheet;
import jp.planreport.store.PlanSheetVersion;
import jp.planreport.store.SubmissionStore;

/**
 * Uploads as a department makes them, through the page: the workbook lands under its department
 * with a generated name and the next roll-up counts exactly the version the page accepted; a file
 * that is no workbook is kept nowhere; a corrected workbook takes the earlier one's place in the
 * folder while both versions stay; the preview and the template come back readable.
 */
class UploadFunctionalTests extends PortalTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    SubmissionStore store;

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;

    @Autowired
    @Qualifier("nightlyRollupJob")
    Job rollupJob;

    @Test
    void anUploadLandsUnderItsDepartmentAndTheNextRollupCountsExactlyThatVersion() throws Exception {
        int before = store.countVersions(2022, 1);
        String page = upload("kikaku", sampleWorkbook("files", "企画経営課"));

        assertThat(page).contains("受け付けて保存しました", "受付済: プラン1");
        Path placed = only(submissions().resolve("企画経営課"));
        assertThat(placed.getFileName().toString()).matches("web-\\d+\\.xlsx");
        assertThat(Checksums.sha256(placed)).isEqualTo(Checksums.sha256(SAMPLE.resolve("submissions/企画経営課.xlsx")));
        assertThat(store.countVersions(2022, 1)).isEqualTo(before + 1);
        PlanSheetVersion uploaded = store.newest(2022, 1).orElseThrow();
        assertThat(uploaded.sourceFile()).isEqualTo("企画経営課/" + placed.getFileName());

        jobOperatorTestUtils.setJob(rollupJob);
        JobExecution rollup = jobOperatorTestUtils.startJob(new JobParametersBuilder()
                .addLong(JobParameterNames.FISCAL_YEAR, 2022L)
                .addString(JobParameterNames.INPUT, input().toString())
                .addString(JobParameterNames.OUTPUT, site.resolve("output").toString())
                .addString(JobParameterNames.INPUT_DIGEST, Checksums.of(SubmissionFolder.of(input(), 2022)))
                .addString(JobParameterNames.ROLLUP_DATE, "2022-12-01").toJobParameters());

        assertThat(rollup.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(store.countVersions(2022, 1)).as("no second version of the same file").isEqualTo(before + 1);
        assertThat(store.seenInRun(rollup.getJobInstance().getInstanceId())).filteredOn(s -> Integer.valueOf(1).equals(s.planNo()))
                .extracting(IntakeSheet::version).extracting(PlanSheetVersion::id).containsExactly(uploaded.id());
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedAndKeptNowhere() throws Exception {
        List<Path> before = everything();

        String page = upload("soumu", new MockMultipartFile("files", "総務課.xlsx", "application/octet-stream",
                "これは Excel ではありません".getBytes(StandardCharsets.UTF_8)));

        assertThat(page).contains("このファイルは受け付けていません", "ファイルの中身が Excel ブックではありません");
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void theRehearsalAfterAStartReadsATemplateAndKeepsNothing(@Autowired SubmissionUpload upload, @Autowired YearInputs years,
                                                               @Autowired JdbcTemplate jdbc) throws Exception {
        List<Path> before = everything();
        String count = "SELECT (SELECT COUNT(*) FROM plan_sheet_version) + (SELECT COUNT(*) FROM upload) "
                + "+ (SELECT COUNT(*) FROM audit_event)";
        int rows = jdbc.queryForObject(count, Integer.class);

        upload.rehearse(years.master(2022).orElseThrow(), 2);

        assertThat(everything()).isEqualTo(before);
        assertThat(jdbc.queryForObject(count, Integer.class)).isEqualTo(rows);
    }

    @Test
    void aCorrectedWorkbookTakesTheEarlierOnesPlaceInTheFolderAndBothVersionsStay() throws Exception {
        upload("soumu", sampleWorkbook("files", "総務課"));
        int versions = store.countVersions(2022, 5);

        String page = upload("soumu", plan(5, "総務課_修正.xlsx", f -> f.put(PlanSheetField.SUMMARY, "○修正後の総括です。")));

        assertThat(page).contains("受付済: プラン5");
        assertThat(store.countVersions(2022, 5)).isEqualTo(versions + 1);
        assertThat(store.newest(2022, 5).orElseThrow().sheet().summary()).anyMatch(s -> s.contains("修正後の総括"));
        Path placed = only(submissions().resolve("総務課"));
        assertThat(store.newest(2022, 5).orElseThrow().sourceFile()).isEqualTo("総務課/" + placed.getFileName());
        String planPage = page("soumu", "/2022/plans/5");
        assertThat(planPage).contains("版の一覧", "掲載", "soumu", "総務課/" + placed.getFileName());
    }

    @Test
    void aSheetWithAnErrorIsFiledButNotAcceptedAndTheHomePageSaysSo() throws Exception {
        String page = upload("kikaku", plan(3, "協働推進課.xlsx", f -> f.put(PlanSheetField.GRADE, "Z")));

        assertThat(page).contains("不備あり（受け付けていません）: プラン3", "年次評価「Z」は使えません");
        assertThat(only(submissions().resolve("協働推進課"))).isRegularFile();
        String home = page("kikaku", "/2022/departments/協働推進課");
        assertThat(home).contains("プラン3").contains("不備あり");
        assertThat(page("kikaku", "/2022/plans/3")).contains("年次評価「Z」は使えません");
    }

    @Test
    void thePreviewIsThePlanSheetAloneMarkedAsDraft() throws Exception {
        upload("soumu", sampleWorkbook("files", "総務課"));
        long version = store.newest(2022, 5).orElseThrow().id();

        byte[] pdf = mvc.perform(get("/2022/plans/5/versions/" + version + "/preview.pdf").with(user(users.loadUserByUsername("soumu"))))
                .andReturn().getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("適正な公文書管理の推進", "案").doesNotContain("目次");
            assertThat(document.getNumberOfPages()).isBetween(1, 4);
        }
    }

    @Test
    void theTemplateCarriesTheDepartmentsOwnPlans() throws Exception {
        byte[] xlsx = mvc.perform(get("/2022/departments/協働推進課/template.xlsx").with(user(users.loadUserByUsername("kikaku"))))
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> sheets = Stream.iterate(0, i -> i < workbook.getNumberOfSheets(), i -> i + 1)
                    .map(workbook::getSheetName).toList();
            assertThat(sheets).anyMatch(s -> s.contains("2")).anyMatch(s -> s.contains("3")).noneMatch(s -> s.contains("5"));
        }
    }

    @Test
    void fiveFailedSignInsInARowLockTheAccountForAWhile(@Autowired Accounts accounts) throws Exception {
        accounts.add("lockme", Role.DEPARTMENT, "総務課", null, PASSWORD, "test");
        for (int i = 0; i < Accounts.LOCK_AFTER; i++) {
            assertThat(mvc.perform(formLogin().user("lockme").password("wrong-" + i)).andReturn().getResponse().getRedirectedUrl())
                    .isEqualTo("/login?error");
        }

        var locked = mvc.perform(formLogin().user("lockme").password(PASSWORD)).andReturn();

        assertThat(locked.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        String page = mvc.perform(get("/login").param("error", "").session((org.springframework.mock.web.MockHttpSession)
                locked.getRequest().getSession())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("しばらく使えません");
        assertThat(mvc.perform(formLogin().user("soumu").password(PASSWORD)).andReturn().getResponse().getRedirectedUrl())
                .as("others are not affected").isEqualTo("/");
    }

    private String upload(String login, MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/2022/submissions").file(file).with(user(users.loadUserByUsername(login))).with(csrf()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String page(String login, String url) throws Exception {
        return mvc.perform(get(url).with(user(users.loadUserByUsername(login)))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The transcribed sheet of a sample plan, changed as given, as an uploaded workbook. */
    private MockMultipartFile plan(int planNo, String name, Consumer<Map<PlanSheetField, String>> change) throws Exception {
        Map<PlanSheetField, String> fields = new EnumMap<>(SampleSubmissions.read(SAMPLE.resolve("transcription"))
                .get(planNo - 1).fields());
        change.accept(fields);
        Path file = work.resolve(name);
        new PlanSheetWorkbookWriter().write(List.of(new PlanSheetWorkbookWriter.SheetContent("プラン" + planNo, fields)), file);
        return new MockMultipartFile("files", name, "application/octet-stream", Files.readAllBytes(file));
    }

    private static Path only(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    private static List<Path> everything() throws Exception {
        try (Stream<Path> files = Files.walk(input())) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    static {
        // the archive lies beside submissions/, never inside it
        assertThat(SubmissionUpload.ARCHIVE).doesNotContain("/");
    }
}
