package jp.planreport.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


import nu.validator.client.EmbeddedValidator;

import jp.planreport.report.Edition;
import jp.planreport.report.pdf.BookletFixture;
import jp.planreport.web.Browser;

/**
 * The HTML edition of the booklet fixture: its pages, their structure, the Nu HTML checker (no
 * error) and axe-core in headless Chromium (no violation; screenshots in target/screenshots; skipped,
 * saying why, without Chromium).
 */
class HtmlEditionWriterTest {

    @TempDir
    static Path dir;
    static Path yearEnd;
    static Path draft;

    @BeforeAll
    static void write() throws IOException {
        HtmlEditionWriter writer = new HtmlEditionWriter(BookletFixture.PROPERTIES);
        yearEnd = dir.resolve("html");
        draft = dir.resolve("draft-html");
        assertThat(writer.write(BookletFixture.compilation(), Edition.yearEnd(LocalDateTime.of(2023, 5, 31, 10, 0)), yearEnd))
                .isEqualTo(3);
        writer.write(BookletFixture.compilation(), Edition.draft(LocalDateTime.of(2022, 11, 25, 2, 0)), draft);
    }

    @Test
    void anIndexAndAPagePerPolicyWithItsOverviewAndPlanSheetsInOrder() throws IOException {
        assertThat(names(yearEnd)).containsExactly("index.html", "policy-1.html", "policy-2.html", "style.css");
        String index = read(yearEnd, "index.html");
        assertThat(index).contains("<html lang=\"ja\">", "<h2 id=\"contents\">目次</h2>",
                "<a href=\"policy-1.html\">方針1　市民参加の推進</a>",
                "<a href=\"policy-1.html#基本的取組1-1_参加の仕組み\">1-1　参加の仕組み</a>",
                "<a href=\"policy-2.html#プラン5_提出されていないプラン\">プラン5　提出されていないプラン</a>");
        String policy1 = read(yearEnd, "policy-1.html");
        assertThat(policy1).containsSubsequence("<h1>方針1　市民参加の推進</h1>", "<h2>プラン別の状況</h2>",
                "<th scope=\"col\">基本的取組</th>", "<th scope=\"row\">1-1</th>", "<h2>年次評価・進捗見込の集計</h2>",
                "<svg", "<title id=\"chart-title\">年次評価ごとのプラン数の棒グラフ。A：2件、B：1件、C：0件。</title>",
                "<th scope=\"col\">プラン数</th>", "<th scope=\"row\">A</th><td class=\"number\">2</td>",
                "<h2 id=\"基本的取組1-1_参加の仕組み\">", "<h3 id=\"プラン1_市民参加と多様な主体との連携・協働の推進\">",
                "<th scope=\"row\">担当課</th>", "<h4>1 プランの内容</h4>", "<th scope=\"row\">年度別計画</th>",
                "<ul class=\"items diamond\"><li>年度の計画</li></ul>", "<h4>2 取組状況</h4>", "<h5>前期</h5>",
                "<h6>【取組計画】（PLAN）</h6>", "<li>前期の計画1：", "<h6>【年度別計画に対する今年度の進捗見込】（CHECK）</h6>",
                "<td class=\"mark\">○</td>", "<h5>後期</h5>", "<h4>3 年次評価及び総括</h4>", "<td class=\"grade\">A</td>",
                "<h3 id=\"プラン2_", "<h3 id=\"プラン3_");
        assertThat(policy1).contains(escaped(BookletFixture.LITERAL)).doesNotContain(BookletFixture.LITERAL);
        assertThat(read(yearEnd, "policy-2.html")).contains("<p class=\"placeholder\">未提出</p>");
        assertThat(read(draft, "policy-2.html")).contains("（案）", "<span class=\"not-written\">未記入</span>");
    }

    @Test
    void theNuHtmlCheckerFindsNoError() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        List<String> errors = new ArrayList<>();
        for (Path folder : List.of(yearEnd, draft)) {
            for (String page : List.of("index.html", "policy-1.html", "policy-2.html")) {
                String report = validator.validate(folder.resolve(page));
                report.lines().filter(line -> line.contains("error")).forEach(line -> errors.add(page + ": " + line));
            }
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void axeFindsNoViolationInChromium() throws IOException {
        for (Path folder : List.of(yearEnd, draft)) {
            try (Browser browser = Browser.open(folder.toUri().toString(), Files.createTempDirectory(dir, "chromium-"))) {
                for (String page : List.of("index.html", "policy-1.html", "policy-2.html")) {
                    browser.go(page);
                    assertThat(browser.look("html-edition-" + folder.getFileName() + "-" + page.replace(".html", "")))
                            .as(folder.getFileName() + "/" + page).isEmpty();
                }
            }
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String read(Path folder, String name) throws IOException {
        return Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
