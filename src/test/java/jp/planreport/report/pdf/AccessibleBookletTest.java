package jp.planreport.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;


/** The booklet for everyone: PDF/UA-1 and PDF/A-2a by veraPDF, and its structure as a screen reader meets it. */
class AccessibleBookletTest {

    static Path yearEnd;
    static Path draft;

    @BeforeAll
    static void render() throws IOException {
        BookletFixture.Booklets booklets = BookletFixture.rendered(); // rendered once for both classes
        yearEnd = booklets.yearEnd();
        draft = booklets.draft();
    }

    @Test
    void yearEndAndDraftPassPdfUa1AndPdfA2aWithNoFailedCheck() throws Exception {
        for (Path file : List.of(yearEnd, draft)) {
            for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A)) {
                PdfConformance.Verdict verdict = PdfConformance.check(file, flavour);
                assertThat(verdict.failed()).as(file.getFileName() + " " + verdict).isZero();
                assertThat(verdict.compliant()).isTrue();
            }
        }
    }

    @Test
    void aPlanSheetReadsInTheOrderOfThePrintedForm() throws IOException {
        List<StructureOutline.Element> tree = StructureOutline.of(yearEnd);
        List<String> plan1 = sheet(tree, "市民参加と多様な主体との連携・協働の推進");
        assertThat(plan1).containsSubsequence(
                "TH[Row] 方針", "TD 1", "TD 市民参加の推進",
                "TH[Row] 基本的取組", "TD 1-1", "TD 参加の仕組み",
                "TH[Row] プラン", "TD 1", "TD 市民参加と多様な主体との連携・協働の推進",
                "TH[Row] 担当課", "TD 企画経営課", "TH[Row] 連絡先",
                "H2 1 プランの内容", "P プラン1の内容。",
                "TH[Row] 年度別計画", "TH[Row] 令和4年度", "LBody ◆年度の計画",
                "H2 2 取組状況",
                "TH[Row] 前期", "H3 【取組計画】（PLAN）", "Lbl ○", "LBody 前期の計画1：",
                "H3 【取組実績及び取組による成果・効果】（DO・CHECK）", "LBody 前期の実績1：",
                "H3 【年度別計画に対する今年度の進捗見込】（CHECK）", "TH[Row] ※◎：計画を上回る", "TD ○",
                "H3 【後期における取組の方向性（留意点や見直し、改善など）】（ACTION）", "LBody 後期も続けます",
                "TH[Row] 後期", "H3 【取組計画】（PLAN）", "LBody 後期の計画",
                "H2 3 年次評価及び総括", "TH[Column] 年次評価", "TH[Column] 【今年度の総括", "TD A", "LBody ○総括1");
    }

    @Test
    void aSheetOverFourPagesKeepsEveryItemInOrderInItsList() throws IOException {
        List<StructureOutline.Element> tree = StructureOutline.of(yearEnd);
        List<String> plan3 = sheet(tree, "長い記述のあるプラン");
        List<String> expected = new java.util.ArrayList<>();
        for (String what : List.of("前期の計画", "前期の実績", "方向性")) {
            for (int i = 1; i <= 30; i++) {
                expected.add("LBody " + what + "その" + i + "：");
            }
        }
        assertThat(plan3).containsSubsequence(expected);
        for (StructureOutline.Element element : tree) {
            if (element.type().equals("LBody") || element.type().equals("Lbl")) {
                assertThat(parentOf(tree, element)).as(element.toString()).isEqualTo("LI");
            }
            if (element.type().equals("LI")) {
                assertThat(parentOf(tree, element)).isEqualTo("L");
            }
            if (element.type().equals("TH") || element.type().equals("TD")) {
                assertThat(parentOf(tree, element)).isEqualTo("TR");
            }
        }
    }

    @Test
    void runningHeaderPageNumbersAndWatermarkAreArtifactsNotText() throws IOException {
        for (Path file : List.of(yearEnd, draft)) {
            String all = String.join("\n", StructureOutline.of(file).stream().map(e -> e.text()).toList());
            assertThat(all).as(file.getFileName().toString()).doesNotContainPattern("- \\d+ -")
                    .doesNotContain("進捗・評価シート（案）").doesNotContain("（前ページから続く）");
            assertThat(StructureOutline.of(file)).noneMatch(e -> e.text().equals("案"));
        }
    }

    @Test
    void headingsHoldTheirTextTheChartIsAFigureWithItsNumbersAndTheContentsLinks() throws IOException {
        List<StructureOutline.Element> tree = StructureOutline.of(yearEnd);
        assertThat(tree).filteredOn(e -> e.type().matches("H\\d")).allMatch(e -> !e.text().isEmpty())
                .extracting(StructureOutline.Element::type).startsWith("H1", "H1", "H1", "H2", "H2");
        assertThat(tree).filteredOn(e -> e.type().equals("P")).allMatch(e -> !e.text().isEmpty());
        assertThat(tree).filteredOn(e -> e.type().equals("TH")).allMatch(e -> e.scope() != null);
        assertThat(tree).filteredOn(e -> e.type().equals("Figure")).hasSize(2)
                .allMatch(e -> e.bbox() && e.alt().matches("年次評価ごとのプラン数の棒グラフ。A：\\d+件、B：\\d+件、C：\\d+件。"));
        assertThat(tree).filteredOn(e -> e.type().equals("Link")).hasSize(10)
                .allMatch(e -> e.annotations() == 3 && e.text().matches(".+\\d+"));
        assertThat(tree).filteredOn(e -> e.type().equals("Link")).first().extracting(StructureOutline.Element::text)
                .isEqualTo("方針1市民参加の推進3");
    }

    /** The lines "Type text" of the section of the plan sheet with the title, in order. */
    private static List<String> sheet(List<StructureOutline.Element> tree, String planTitle) {
        List<String> lines = new java.util.ArrayList<>();
        int depth = -1;
        for (int i = 0; i < tree.size(); i++) {
            StructureOutline.Element element = tree.get(i);
            if (depth < 0 && element.type().equals("Sect") && i + 14 < tree.size() && tree.get(i + 1).type().equals("Table")
                    && tree.subList(i, i + 14).stream().anyMatch(e -> e.text().equals(planTitle))) {
                depth = element.depth();
                continue;
            }
            if (depth >= 0) {
                if (element.depth() <= depth) {
                    break;
                }
                lines.add(element.type() + (element.scope() != null ? "[" + element.scope() + "]" : "")
                        + (element.text().isEmpty() ? "" : " " + element.text()));
            }
        }
        assertThat(lines).as(planTitle).isNotEmpty();
        return lines.stream().map(l -> l.length() > 40 && l.contains("：") ? l.substring(0, l.indexOf('：') + 1) : l)
                .map(l -> l.startsWith("TH[Row] ※◎") ? "TH[Row] ※◎：計画を上回る" : l)
                .map(l -> l.startsWith("TH[Column] 【今年度の総括") ? "TH[Column] 【今年度の総括" : l).toList();
    }

    private static String parentOf(List<StructureOutline.Element> tree, StructureOutline.Element element) {
        int at = tree.indexOf(element);
        for (int i = at - 1; i >= 0; i--) {
            if (tree.get(i).depth() == element.depth() - 1) {
                return tree.get(i).type();
            }
        }
        return null;
    }
}
