package jp.planreport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The office's flow in a real browser on the sample without 協働推進課's workbook: 取りまとめ状況 shows
 * its two plans missing and the reminder to send; a roll-up started on 実行 is followed live to 完了;
 * its draft PDF downloads (read back with PDFBox); the year-end compilation started with 未提出のまま作成
 * completes; 出力 and 監査ログ list them. axe-core on every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardBrowserTests extends PortalTest {

    @LocalServerPort
    int port;

    @Test
    void theOfficeFindsWhoIsMissingRollsUpWatchesItAndDownloadsTheDraft() throws Exception {
        for (String department : new String[] {"企画経営課", "広報課", "総務課"}) {
            Files.copy(SAMPLE.resolve("submissions").resolve(department + ".xlsx"), submissions().resolve(department + ".xlsx"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        try (Browser browser = Browser.open("http://127.0.0.1:" + port, work.resolve("chromium"))) {
            var driver = browser.driver;
            browser.go("/");
            driver.findElement(By.id("username")).sendKeys("kikaku");
            driver.findElement(By.id("password")).sendKeys(PASSWORD);
            browser.submit(By.cssSelector("form button[type=submit]"));

            browser.submit(By.linkText("実行"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("実行");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("次回の夜間集計");
            assertThat(browser.look("dash-01-runs")).isEmpty();
            driver.findElement(By.cssSelector("input[name=job][value=rollup]")).click();
            browser.submit(By.cssSelector("#start-form button[type=submit]"));

            assertThat(driver.getCurrentUrl()).matches(".*/runs/\\d+");
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains("夜間集計", "令和4年度");
            browser.look("dash-02-run-live"); // taken while it runs; checked for violations once done
            // the page says 完了 from the run's last event, then shows the outputs once it has reloaded itself
            new WebDriverWait(driver, Duration.ofMinutes(3)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("run-status")).getText().equals("完了")
                            && !d.findElements(By.partialLinkText("report-2022-draft.pdf")).isEmpty());
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("読込・検証", "PDF 作成", "出力の公開")
                    .doesNotContain("renderReport");
            assertThat(browser.look("dash-03-run-done")).isEmpty();

            String draft = driver.findElement(By.partialLinkText("report-2022-draft.pdf")).getAttribute("href");
            byte[] pdf = browser.fetch(draft);
            Files.write(Path.of("target", "screenshots", "dash-draft.pdf"), pdf);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", "")).contains("案", "未提出");
            }

            // the roll-up's complete sheets meet the year-end rules: the dashboard counts them at once
            browser.submit(By.linkText("取りまとめ状況"));
            String dashboard = driver.findElement(By.tagName("main")).getText();
            assertThat(dashboard).contains("全 5 プランのうち", "受付済 3", "未提出 2");
            var chase = driver.findElement(By.id("chase-協働推進課"));
            assertThat(chase.getText()).contains("プラン2", "プラン3", "未提出");
            assertThat(chase.findElement(By.tagName("textarea")).getAttribute("value"))
                    .contains("協働推進課 ご担当者様", "・プラン2「市民活動・地域コミュニティ活動に関する支援の推進」: 未提出");
            assertThat(browser.look("dash-04-dashboard")).isEmpty();

            // then the year-end compilation, for the outputs page
            browser.submit(By.linkText("実行"));
            driver.findElement(By.cssSelector("input[name=job][value=compile]")).click();
            driver.findElement(By.cssSelector("input[name=allowIncomplete]")).click();
            browser.submit(By.cssSelector("#start-form button[type=submit]"));
            new WebDriverWait(driver, Duration.ofMinutes(3)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("run-status")).getText().equals("完了")
                            && !d.findElements(By.partialLinkText("report-2022.pdf")).isEmpty());
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("未提出のまま作成");

            browser.submit(By.linkText("出力"));
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("report-2022-draft.pdf", "summary-2022-draft.xlsx",
                    "report-2022.pdf", "summary-2022.xlsx", "年度末");
            assertThat(browser.look("dash-05-outputs")).isEmpty();

            browser.submit(By.linkText("監査ログ"));
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("実行開始", "ダウンロード", "report-2022-draft.pdf");
            assertThat(browser.look("dash-06-audit")).isEmpty();
        }
    }
}
