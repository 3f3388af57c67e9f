package jp.planreport.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import jp.planreport.FunctionalTest;
import jp.planreport.model.Role;
import jp.planreport.service.Accounts;

/**
 * The portal over the whole application (real H2 file, real workbooks): the sample's plans.csv in an
 * input folder of the class's own, no submissions yet, and one account per role: 企画 {@code kikaku},
 * 総務課 {@code soumu}, 広報課 {@code kouhou}, 管理 {@code admin}.
 */
@AutoConfigureMockMvc
abstract class PortalTest extends FunctionalTest {

    static final String PASSWORD = "correct-horse-9";
    static final Path SAMPLE = Path.of("input", "2022");

    @TempDir
    static Path site;

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected Accounts accounts;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("plan-report.input", () -> site.resolve("input").toString());
        registry.add("plan-report.output", () -> site.resolve("output").toString());
        registry.add("plan-report.deadline.2022", () -> "2023-04-28");
    }

    @BeforeEach
    void sampleMasterAndAccounts() throws IOException {
        Path year = Files.createDirectories(input().resolve("2022").resolve("submissions"));
        Files.copy(SAMPLE.resolve("plans.csv"), year.getParent().resolve("plans.csv"), StandardCopyOption.REPLACE_EXISTING);
        if (accounts.none()) {
            accounts.add("kikaku", Role.OFFICE, null, "企画経営課", PASSWORD, "test");
            accounts.add("soumu", Role.DEPARTMENT, "総務課", "山田", PASSWORD, "test");
            accounts.add("kouhou", Role.DEPARTMENT, "広報課", "佐藤", PASSWORD, "test");
            accounts.add("admin", Role.ADMIN, null, null, PASSWORD, "test");
        }
    }

    static Path input() {
        return site.resolve("input");
    }

    static Path submissions() {
        return input().resolve("2022").resolve("submissions");
    }

    /** A workbook of the sample (総務課.xlsx carries plan 5, 広報課.xlsx plan 4) as a multipart part. */
    static MockMultipartFile sampleWorkbook(String part, String department) throws IOException {
        return new MockMultipartFile(part, department + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                Files.readAllBytes(SAMPLE.resolve("submissions").resolve(department + ".xlsx")));
    }
}
