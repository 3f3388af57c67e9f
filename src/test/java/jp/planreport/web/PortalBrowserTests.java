package jp.planreport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.planreport.intake.Checksums;

/**
 * The department's flow in a real browser: sign in, upload the sample workbook and see its plan
 * accepted, upload a broken file and read the Japanese finding, open the plan, download its version
 * and its preview (read back with PDFBox), try another department's page and get 403; then the office's
 * list and the caretaker's accounts page. axe-core on every page: no violations.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalBrowserTests extends PortalTest {

    @LocalServerPort
    int port;

    @Test
    void aDepartmentUploadsChecksAndPreviewsItsPlanAndCannotSeeAnotherDepartment() throws Exception {
        try (Browser browser = Browser.open("http://127.0.0.1:" + port, work.resolve("chromium"))) {
            var driver = browser.driver;
            browser.go("/");
            assertThat(driver.getCurrentUrl()).endsWith("/login");
            assertThat(browser.look("portal-01-login")).isEmpty();
            signIn(browser, "soumu");

            assertThat(driver.findElement(By.tagName("h1")).getText()).contains("総務課", "令和4年度");
            assertThat(driver.getPageSource()).contains("提出期限", "プラン5");
            assertThat(browser.look("portal-02-home")).isEmpty();

            driver.findElement(By.id("files")).sendKeys(SAMPLE.resolve("submissions/総務課.xlsx").toAbsolutePath().toString());
            browser.submit(By.cssSelector("#upload-form button[type=submit]"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("アップロード結果");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("受け付けて保存しました", "受付済: プラン5");
            assertThat(browser.look("portal-03-uploaded")).isEmpty();

            Path broken = work.resolve("総務課_壊れた.xlsx");
            Files.writeString(broken, "not a workbook", StandardCharsets.UTF_8);
            browser.go("/2022/departments/総務課");
            driver.findElement(By.id("files")).sendKeys(broken.toAbsolutePath().toString());
            browser.submit(By.cssSelector("#upload-form button[type=submit]"));
            assertThat(driver.findElement(By.tagName("main")).getText())
                    .contains("このファイルは受け付けていません", "ファイルの中身が Excel ブックではありません");
            assertThat(browser.look("portal-04-refused")).isEmpty();

            browser.go("/2022/departments/総務課");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("受付済");
            browser.submit(By.linkText("プラン5"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains("プラン5", "適正な公文書管理の推進");
            assertThat(browser.look("portal-05-plan")).isEmpty();

            String download = driver.findElement(By.partialLinkText("のブック")).getAttribute("href");
            assertThat(Checksums.sha256(Files.write(work.resolve("download.xlsx"), browser.fetch(download))))
                    .isEqualTo(Checksums.sha256(SAMPLE.resolve("submissions/総務課.xlsx")));
            String preview = driver.findElement(By.partialLinkText("PDF（案）")).getAttribute("href");
            byte[] pdf = browser.fetch(preview);
            Files.write(Path.of("target", "screenshots", "portal-preview-plan5.pdf"), pdf);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", ""))
                        .contains("適正な公文書管理の推進", "案");
            }

            browser.go("/2022/departments/広報課");
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains("権限がありません");
            assertThat(driver.getPageSource()).doesNotContain("広報");
            assertThat(browser.look("portal-06-forbidden")).isEmpty();

            browser.go("/");
            browser.submit(By.cssSelector("form[action$='/logout'] button"));
            assertThat(driver.getCurrentUrl()).contains("/login");
            signIn(browser, "kikaku");
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains("課の一覧");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("総務課", "広報課");
            assertThat(browser.look("portal-07-office")).isEmpty();

            browser.submit(By.cssSelector("form[action$='/logout'] button"));
            signIn(browser, "admin");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("アカウント管理");
            assertThat(browser.look("portal-08-accounts")).isEmpty();
        }
    }

    private static void signIn(Browser browser, String login) {
        browser.driver.findElement(By.id("username")).sendKeys(login);
        browser.driver.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.submit(By.cssSelector("form button[type=submit]"));
    }
}
