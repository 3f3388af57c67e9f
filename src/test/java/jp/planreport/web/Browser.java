package jp.planreport.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Debian's headless Chromium driven by Selenium (Selenium Manager cannot download a browser here),
 * with axe-core on every page and a screenshot of each under target/screenshots. Without Chromium on
 * the machine the browser tests are skipped and say why.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    private final String base;

    private Browser(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /** Skips the test (with the reason on the console) when the machine has no Chromium. */
    public static Browser open(String base, Path profile) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String reason = "ブラウザのテストを省略しました: " + CHROMIUM + " と " + CHROMEDRIVER
                    + " がありません（Debian の chromium と chromium-driver を入れると実行されます）";
            System.err.println(reason);
            Assumptions.abort(reason);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // as root in a sandboxed machine without a network: no sandbox, no background connections
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,1000", "--lang=ja", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), base);
    }

    public void go(String path) {
        driver.get(base + path);
    }

    /** Clicks what sends a form and waits until the next page has replaced this one. */
    void submit(org.openqa.selenium.By button) {
        org.openqa.selenium.WebElement page = driver.findElement(org.openqa.selenium.By.tagName("html"));
        driver.findElement(button).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(60))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(60))
                .until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** The page as a PNG under target/screenshots, and axe-core's verdict: no violation. */
    public List<String> look(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path png = SCREENSHOTS.resolve(name + ".png");
        // the whole page, not the window: the window grows to the page's height for the picture
        org.openqa.selenium.Dimension window = driver.manage().window().getSize();
        long height = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return Math.ceil(document.documentElement.scrollHeight)");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(window.getWidth(),
                (int) Math.min(8000, Math.max(window.getHeight(), height + 140))));
        try {
            Files.write(png, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } finally {
            driver.manage().window().setSize(window);
        }
        Results results = new AxeBuilder().analyze(driver);
        return results.getViolations().stream().map(Browser::describe).collect(Collectors.toList());
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
    }

    /** A link's content fetched with the browser's session, as a person clicking it would get it. */
    byte[] fetch(String href) throws IOException, InterruptedException {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                href.startsWith("http") ? href : base + href)).header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " for " + href);
        }
        return response.body();
    }

    Cookie session() {
        return driver.manage().getCookieNamed("JSESSIONID");
    }

    @Override
    public void close() {
        driver.quit();
    }
}
