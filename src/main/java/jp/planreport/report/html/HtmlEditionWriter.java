package jp.planreport.report.html;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import jp.planreport.aggregate.Compilation;
import jp.planreport.config.PlanReportProperties;
import jp.planreport.model.FiscalYears;
import jp.planreport.report.Edition;
import jp.planreport.report.pdf.ContentsEntry;
import jp.planreport.report.pdf.ItemLine;
import jp.planreport.report.pdf.PlanSheetView;
import jp.planreport.report.pdf.PolicyOverview;
import jp.planreport.report.pdf.PolicyPages;

/**
 * Writes the HTML edition into a folder: {@code index.html} (the 目次), {@code policy-N.html} per
 * 方針 (its overview, then its plan sheets) and {@code style.css}. Plain HTML5 written by hand: no
 * script, every table with header cells and their scope, item lists as lists, the chart as SVG with
 * its numbers in a table beside it. Headings: 方針 h1, 基本的取組 h2, プラン h3, the sheet's sections
 * h4, 前期/後期 h5, the blocks h6.
 */
@Component
public class HtmlEditionWriter {

    private static final String STYLE = """
            body { font-family: "IPAexGothic", "Noto Sans CJK JP", sans-serif; line-height: 1.6; margin: 0 auto; max-width: 60em; padding: 0 1em; color: #111; background: #fff; }
            header, footer { border-bottom: 1px solid #444; margin-bottom: 1em; }
            footer { border-top: 1px solid #444; border-bottom: 0; margin-top: 2em; font-size: .9em; }
            a { color: #0645ad; }
            table { border-collapse: collapse; margin: .5em 0 1em; }
            th, td { border: 1px solid #333; padding: .2em .5em; vertical-align: top; text-align: left; }
            th { background: #e6e6e6; font-weight: normal; }
            td.number { text-align: right; }
            td.mark, td.grade { text-align: center; font-size: 1.3em; }
            td.status { white-space: nowrap; }
            ul.items { margin: 0; padding-left: 1.5em; }
            ul.diamond { list-style-type: "◆"; }
            ul.circle { list-style-type: "○"; }
            .note { font-size: .9em; }
            .not-written { color: #595959; }
            .placeholder { border: 1px solid #333; padding: 1em; text-align: center; font-size: 1.3em; color: #404040; }
            .draft { border: 2px solid #333; padding: .5em; font-weight: bold; }
            figure { margin: 1em 0; }
            svg text { font-size: 12px; }
            nav ol { list-style: none; padding-left: 1.2em; }
            """;

    private final PlanReportProperties properties;

    public HtmlEditionWriter(PlanReportProperties properties) {
        this.properties = properties;
    }

    /** Writes the edition into the folder (made anew: anything in it before is removed). @return the pages written */
    public int write(Compilation compilation, Edition edition, Path folder) throws IOException {
        FileSystemUtils.deleteRecursively(folder);
        Files.createDirectories(folder);
        String yearLabel = FiscalYears.label(compilation.fiscalYear());
        String documentTitle = properties.programmeTitle() + " " + yearLabel + " 進捗・評価シート" + (edition.draft() ? "（案）" : "");
        List<PolicyPages> policies = PolicyPages.of(compilation, properties.gradeScale());
        Files.writeString(folder.resolve("style.css"), STYLE, StandardCharsets.UTF_8);
        write(folder.resolve("index.html"), "目次 | " + documentTitle, documentTitle, edition,
                out -> contents(out, compilation, edition, yearLabel));
        for (PolicyPages policy : policies) {
            PolicyOverview overview = policy.overview();
            write(folder.resolve(policyPage(overview.getPolicyNo())), "方針" + overview.getPolicyNo() + "　"
                    + overview.getTitle() + " | " + documentTitle, documentTitle, edition, out -> policy(out, policy));
        }
        return policies.size() + 1;
    }

    static String policyPage(String policyNo) {
        return "policy-" + policyNo + ".html";
    }

    private interface Body {
        void write(StringBuilder out);
    }

    private void write(Path file, String title, String documentTitle, Edition edition, Body body) throws IOException {
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"style.css\">\n</head>\n<body>\n<header>\n<p>")
                .append(Html.escape(properties.organisation())).append("　").append(Html.escape(documentTitle))
                .append("</p>\n</header>\n<main>\n");
        if (edition.draft()) {
            out.append("<p class=\"draft\">（案）夜間集計の途中経過です。年度末に確定した報告書ではありません。</p>\n");
        }
        body.write(out);
        out.append("</main>\n<footer>\n<p>").append(Html.escape(properties.organisation())).append("　")
                .append(Html.escape(FiscalYears.date(edition.compiledAt().toLocalDate()))).append(edition.draft() ? " 時点" : " 取りまとめ")
                .append("</p>\n</footer>\n</body>\n</html>\n");
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write(out.toString());
        }
    }

    // --- 目次

    private void contents(StringBuilder out, Compilation compilation, Edition edition, String yearLabel) {
        out.append("<h1>").append(Html.escape(yearLabel)).append(" 進捗・評価シート").append(edition.draft() ? "（案）" : "")
                .append("</h1>\n<p>").append(Html.escape(properties.programmeTitle())).append("</p>\n")
                .append("<nav aria-labelledby=\"contents\">\n<h2 id=\"contents\">目次</h2>\n<ol>\n");
        int open = 0; // the level of the open item
        String page = null;
        for (ContentsEntry entry : ContentsEntry.of(compilation)) {
            int level = entry.getLevel();
            if (open >= level) {
                for (; open > level; open--) {
                    out.append("</li>\n</ol>\n");
                }
                out.append("</li>\n");
            } else if (open > 0) {
                out.append("\n<ol>\n");
            }
            open = level;
            if (level == 1) {
                page = policyPage(entry.getLabel().replace("方針", ""));
            }
            out.append("<li><a href=\"").append(page).append(level == 1 ? "" : "#" + id(entry.getAnchor())).append("\">")
                    .append(Html.escape(entry.getLabel())).append("　").append(Html.escape(entry.getTitle())).append("</a>");
        }
        for (; open > 1; open--) {
            out.append("</li>\n</ol>\n");
        }
        out.append(open == 1 ? "</li>\n" : "").append("</ol>\n</nav>\n");
    }

    // --- a 方針: its overview, then its plan sheets

    private void policy(StringBuilder out, PolicyPages policy) {
        PolicyOverview overview = policy.overview();
        out.append("<p><a href=\"index.html\">目次へ戻る</a></p>\n")
                .append("<h1>方針").append(Html.escape(overview.getPolicyNo())).append("　").append(Html.escape(overview.getTitle())).append("</h1>\n")
                .append("<p>プラン ").append(overview.getPlanCount()).append(" 件　提出 ").append(overview.getSubmittedCount())
                .append(" 件　受付済 ").append(overview.getValidCount()).append(" 件</p>\n");
        out.append("<h2>プラン別の状況</h2>\n<table>\n<thead>\n<tr>");
        for (String header : List.of("基本的取組", "プラン", "プラン名", "担当課", "前期", "後期", "評価", "状況")) {
            out.append("<th scope=\"col\">").append(header).append("</th>");
        }
        out.append("</tr>\n</thead>\n<tbody>\n");
        for (PolicyOverview.PlanRow row : overview.getPlans()) {
            out.append("<tr><th scope=\"row\">").append(Html.escape(row.initiativeCode())).append("</th>");
            for (String cell : List.of(row.planNo(), row.planTitle(), row.departments(), row.firstHalfMark(),
                    row.secondHalfMark(), row.grade())) {
                out.append("<td>").append(Html.escape(cell)).append("</td>");
            }
            out.append("<td class=\"status\">").append(Html.escape(row.status())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n<h2>年次評価・進捗見込の集計</h2>\n<table>\n<thead>\n<tr>");
        for (String header : List.of("区分", "記号", "意味", "件数", "割合")) {
            out.append("<th scope=\"col\">").append(header).append("</th>");
        }
        out.append("</tr>\n</thead>\n<tbody>\n");
        for (PolicyOverview.CountRow row : overview.getCounts()) {
            out.append("<tr><th scope=\"row\">").append(Html.escape(row.group())).append("</th><th scope=\"row\">")
                    .append(Html.escape(row.code())).append("</th><td>").append(Html.escape(row.meaning()))
                    .append("</td><td class=\"number\">").append(row.count()).append("</td><td class=\"number\">")
                    .append(Html.escape(row.share())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        chart(out, overview);
        String initiative = null;
        for (PlanSheetView plan : policy.plans()) {
            if (!plan.getInitiativeCode().equals(initiative)) {
                if (initiative != null) {
                    out.append("</section>\n");
                }
                initiative = plan.getInitiativeCode();
                out.append("<section aria-labelledby=\"").append(id(plan.getInitiativeAnchor())).append("\">\n<h2 id=\"")
                        .append(id(plan.getInitiativeAnchor())).append("\">基本的取組").append(Html.escape(initiative))
                        .append("　").append(Html.escape(plan.getInitiativeTitle())).append("</h2>\n");
            }
            sheet(out, plan);
        }
        if (initiative != null) {
            out.append("</section>\n");
        }
    }

    /** The chart of the grades as SVG (an image with its description), and its numbers as a table. */
    private static void chart(StringBuilder out, PolicyOverview overview) {
        Map<String, Long> counts = overview.getChart().counts();
        long max = Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
        int width = 60 + 50 * counts.size();
        int height = 180;
        int base = 150;
        out.append("<figure aria-labelledby=\"chart-caption\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"chart-title\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\">\n<title id=\"chart-title\">").append(Html.escape(overview.getChartDescription())).append("</title>\n")
                .append("<line x1=\"40\" y1=\"").append(base).append("\" x2=\"").append(width - 10).append("\" y2=\"").append(base)
                .append("\" stroke=\"#333\"/>\n");
        int x = 55;
        for (Map.Entry<String, Long> grade : counts.entrySet()) {
            long bar = Math.round(120.0 * grade.getValue() / max);
            out.append("<rect x=\"").append(x).append("\" y=\"").append(base - bar).append("\" width=\"30\" height=\"").append(bar)
                    .append("\" fill=\"#4a6f9c\"/>\n<text x=\"").append(x + 15).append("\" y=\"").append(base - bar - 4)
                    .append("\" text-anchor=\"middle\">").append(grade.getValue()).append("</text>\n<text x=\"").append(x + 15)
                    .append("\" y=\"").append(base + 16).append("\" text-anchor=\"middle\">").append(Html.escape(grade.getKey())).append("</text>\n");
            x += 50;
        }
        out.append("</svg>\n<table>\n<thead>\n<tr><th scope=\"col\">年次評価</th><th scope=\"col\">プラン数</th></tr>\n</thead>\n<tbody>\n");
        counts.forEach((grade, count) -> out.append("<tr><th scope=\"row\">").append(Html.escape(grade)).append("</th><td class=\"number\">")
                .append(count).append("</td></tr>\n"));
        out.append("</tbody>\n</table>\n<figcaption id=\"chart-caption\">年次評価ごとのプラン数（グラフと表）</figcaption>\n</figure>\n");
    }

    // --- a plan sheet

    private static void sheet(StringBuilder out, PlanSheetView plan) {
        String id = id(plan.getPlanAnchor());
        out.append("<section aria-labelledby=\"").append(id).append("\">\n<h3 id=\"").append(id).append("\">プラン")
                .append(Html.escape(plan.getPlanNo())).append("　").append(Html.escape(plan.getPlanTitle())).append("</h3>\n")
                .append("<table>\n<tbody>\n")
                .append(headerRow("方針", plan.getPolicyNo(), plan.getPolicyTitle()))
                .append(headerRow("基本的取組", plan.getInitiativeCode(), plan.getInitiativeTitle()))
                .append(headerRow("プラン", plan.getPlanNo(), plan.getPlanTitle()))
                .append("<tr><th scope=\"row\">担当課</th><td colspan=\"2\">").append(Html.escape(plan.getDepartments())).append("</td></tr>\n")
                .append("<tr><th scope=\"row\">連絡先</th><td colspan=\"2\">").append(Html.escape(plan.getContacts()).replace("\n", "<br>"))
                .append("</td></tr>\n</tbody>\n</table>\n");
        if (!plan.isHasSheet()) {
            out.append("<p class=\"placeholder\">").append(Html.escape(plan.getPlaceholder())).append("</p>\n</section>\n");
            return;
        }
        out.append("<h4>1 プランの内容</h4>\n");
        for (String paragraph : Html.styledLines(plan.getContent())) {
            out.append("<p>").append(paragraph).append("</p>\n");
        }
        out.append("<table>\n<tbody>\n<tr><th scope=\"row\">年度別計画</th><th scope=\"row\">").append(Html.escape(plan.getFiscalYearLabel()))
                .append("</th><td>");
        items(out, plan.getAnnualPlan(), "diamond");
        out.append("</td></tr>\n</tbody>\n</table>\n");
        notes(out, plan.getContentNotes());
        out.append("<h4>2 取組状況</h4>\n");
        half(out, "前期", plan.getFirstHalf());
        half(out, "後期", plan.getSecondHalf());
        notes(out, plan.getStatusNotes());
        out.append("<h4>3 年次評価及び総括</h4>\n<table>\n<thead>\n<tr><th scope=\"col\">年次評価</th>")
                .append("<th scope=\"col\">【今年度の総括（評価の理由、取組による成果・効果）、次年度以降の取組の方向性】（CHECK・ACTION）</th></tr>\n")
                .append("</thead>\n<tbody>\n<tr><td class=\"grade\">").append(Html.escape(plan.getGrade())).append("</td><td>");
        items(out, plan.getSummary(), "circle");
        out.append("</td></tr>\n</tbody>\n</table>\n");
        notes(out, plan.getSummaryNotes());
        out.append("</section>\n");
    }

    private static String headerRow(String label, String number, String title) {
        return "<tr><th scope=\"row\">" + label + "</th><td>" + Html.escape(number) + "</td><td>" + Html.escape(title) + "</td></tr>\n";
    }

    /** Lines of styled text that each start with the bullet: a list (the bullet is the list's marker). */
    private static void items(StringBuilder out, String styled, String bullet) {
        List<String> lines = Html.styledLines(styled);
        if (lines.size() == 1 && lines.get(0).startsWith("<span class=\"not-written\">")) {
            out.append(lines.get(0));
            return;
        }
        out.append("<ul class=\"items ").append(bullet).append("\">");
        for (String line : lines) {
            out.append("<li>").append(line.isEmpty() ? "" : line.substring(1)).append("</li>");
        }
        out.append("</ul>");
    }

    private static void half(StringBuilder out, String label, List<ItemLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.append("<h5>").append(label).append("</h5>\n");
        boolean inList = false;
        for (ItemLine line : lines) {
            if (line.getHeading() != null) {
                if (inList) {
                    out.append("</ul>\n");
                    inList = false;
                }
                out.append("<h6>").append(Html.escape(line.getHeading())).append("</h6>\n");
            }
            if (line.isMarkBlock()) {
                out.append("<table>\n<tbody>\n<tr><th scope=\"row\">").append(Html.escape(line.getLegend()))
                        .append("</th><td class=\"mark\">").append(Html.escape(line.getMark())).append("</td></tr>\n</tbody>\n</table>\n");
            } else if (line.getBullet() == null) {
                out.append("<p>").append(Html.styled(line.getText())).append("</p>\n");
            } else {
                if (!inList) {
                    out.append("<ul class=\"items circle\">\n");
                    inList = true;
                }
                out.append("<li>").append(Html.styled(line.getText())).append("</li>\n");
            }
        }
        if (inList) {
            out.append("</ul>\n");
        }
    }

    private static void notes(StringBuilder out, String notes) {
        for (String note : Html.styledLines(notes)) {
            out.append("<p class=\"note\">").append(note).append("</p>\n");
        }
    }

    /** An id from an anchor (方針1　題名): the anchors are unique in the booklet; spaces are not allowed in ids. */
    static String id(String anchor) {
        return anchor.replaceAll("[\\s\\u3000]+", "_");
    }
}
