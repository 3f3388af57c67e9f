package jp.planreport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;

import jp.planreport.config.OfficeTime;
import jp.planreport.job.OutputFiles;
import jp.planreport.job.RunLocking;
import jp.planreport.store.AuditLog;

/**
 * Runs started from the portal on the sample: through the API to a downloadable draft, refused with
 * the command line's words while another run holds the lock, and a failed roll-up restarted from the
 * page that completes without redoing its finished steps.
 */
class RunsFunctionalTests extends PortalTest {

    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @Autowired
    UserDetailsService users;

    @Autowired
    JobRepository jobs;

    @Autowired
    RunLocking lock;

    @Autowired
    OfficeTime time;

    @Autowired
    AuditLog audit;

    @BeforeEach
    void sampleSubmissions() throws Exception {
        try (Stream<Path> files = Files.list(SAMPLE.resolve("submissions"))) {
            for (Path file : files.toList()) {
                Files.copy(file, submissions().resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Test
    void aRollupStartedThroughTheApiEndsWithItsDraftsToDownload() throws Exception {
        MockHttpServletResponse started = mvc.perform(post("/api/2022/runs").param("job", "rollup").param("force", "true")
                .with(httpBasic("kikaku", PASSWORD))).andReturn().getResponse();
        assertThat(started.getStatus()).as(started.getContentAsString()).isEqualTo(202);
        long id = Long.parseLong(started.getContentAsString().replaceAll("\\D", ""));

        JobExecution done = ended(id).run();

        assertThat(done.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        String run = mvc.perform(get("/api/runs/" + id).with(httpBasic("kikaku", PASSWORD))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String day = time.today().toString();
        assertThat(run).contains("\"id\":" + id, "\"job\":\"rollup\"", "\"status\":\"COMPLETED\"", "{\"name\":\"intake\"",
                "\"/2022/outputs/" + day + "/report\"", "\"/2022/outputs/" + day + "/summary\"");
        MockHttpServletResponse pdf = mvc.perform(get("/2022/outputs/" + day + "/report").with(user(users.loadUserByUsername("kikaku"))))
                .andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(5);
        }
        assertThat(audit.newest(10, "kikaku", null)).extracting(AuditLog.Entry::action)
                .contains(AuditLog.Action.RUN_START, AuditLog.Action.DOWNLOAD);

        try (AutoCloseable held = lock.hold("compile（テスト）")) {
            MockHttpServletResponse refused = mvc.perform(post("/api/2022/runs").param("job", "compile").param("allowIncomplete", "true")
                    .with(httpBasic("kikaku", PASSWORD))).andReturn().getResponse();
            assertThat(refused.getStatus()).isEqualTo(409);
            assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("別の取りまとめが実行中です", "compile（テスト）",
                    "終わってからもう一度実行してください");
        }
    }

    @Test
    void aFailedRollupRestartedFromThePageCompletesWithoutRedoingItsFinishedSteps() throws Exception {
        Path blocker = OutputFiles.partOf(OutputFiles.rollup(site.resolve("output"), 2022, time.today()).report());
        Files.createDirectories(blocker.resolve("in-the-way"));
        var kikaku = user(users.loadUserByUsername("kikaku"));

        MockHttpServletResponse started = mvc.perform(post("/runs").param("job", "rollup").param("year", "2022").param("force", "true")
                .with(kikaku).with(csrf())).andReturn().getResponse();
        assertThat(started.getRedirectedUrl()).startsWith("/runs/");
        long first = Long.parseLong(started.getRedirectedUrl().substring("/runs/".length()));
        JobExecution failed = ended(first).run();
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        String page = mvc.perform(get("/runs/" + first).with(kikaku)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("失敗", "再実行（完了済みの手順は繰り返しません）");
        assertThat(mvc.perform(get("/runs").with(kikaku)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("前回の夜間集計", "は失敗しました");

        org.springframework.util.FileSystemUtils.deleteRecursively(blocker);
        MockHttpServletResponse restarted = mvc.perform(post("/runs/" + first + "/restart").with(kikaku).with(csrf()))
                .andReturn().getResponse();
        long second = Long.parseLong(restarted.getRedirectedUrl().substring("/runs/".length()));
        JobExecution done = ended(second).run();

        assertThat(done.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(done.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
        assertThat(done.getStepExecutions()).extracting(StepExecution::getStepName).containsExactly("renderReport", "publish");
        assertThat(OutputFiles.rollup(site.resolve("output"), 2022, time.today()).exist()).isTrue();
        assertThat(audit.newest(10, "kikaku", AuditLog.Action.RUN_RESTART)).hasSize(1);
        assertThat(mvc.perform(get("/runs?status=COMPLETED&job=rollup&year=2022").with(kikaku)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("/runs/" + second + "\"").doesNotContain("/runs/" + first + "\"");
    }

    /** The execution once it no longer runs (not returned as such: Spring Batch's test support would call it). */
    private record Ended(JobExecution run) {
    }

    private Ended ended(long id) throws InterruptedException {
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < until) {
            JobExecution execution = jobs.getJobExecution(id);
            if (execution != null && !execution.isRunning()) {
                Thread.sleep(200); // the portal's thread releases the lock just after
                return new Ended(jobs.getJobExecution(id));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("run " + id + " did not end within " + PATIENCE);
    }
}
