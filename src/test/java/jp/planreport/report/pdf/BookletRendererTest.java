package jp.planreport.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;


/**
 * The council booklet rendered from a small compilation (see {@link BookletFixture}) and read back
 * with PDFBox: structure, 目次 numbers against the real pages, outline, fonts, metadata, PDF/A
 * (checked by veraPDF; PDF/UA in {@link AccessibleBookletTest}), tags, drafts, literal text and a sheet that runs over four pages.
 */
class BookletRendererTest {

    static Path yearEnd;
    static Path draft;

    @BeforeAll
    static void render() throws IOException {
        BookletFixture.Booklets booklets = BookletFixture.rendered(); // rendered once for both classes
        yearEnd = booklets.yearEnd();
        draft = booklets.draft();
    }

    @Test
    void coverContentsThenPerPolicyAnOverviewAndItsPlanSheets() throws IOException {
        List<String> pages = pageTexts(yearEnd);
        assertThat(pages.get(0)).contains("行財政改革プラン", "令和4年度進捗・評価シート", "令和5年5月31日取りまとめ", "テスト市")
                .doesNotContain("-1-");
        assertThat(pages.get(1)).startsWith("目次");
        assertThat(pages.get(2)).contains("方針1市民参加の推進", "プラン別の状況", "年次評価・進捗見込の集計");
        int overview2 = indexOfPageContaining(pages, "方針2行財政運営の改革プラン2件");
        assertThat(overview2).isGreaterThan(3);
        assertThat(pages.get(overview2 + 2)).contains("提出されていないプラン", "未提出");
        assertThat(pages).as("one overview per 方針, though 方針1 is filled in two parts")
                .filteredOn(p -> p.contains("プラン別の状況")).hasSize(2);
        for (int i = 1; i < pages.size(); i++) {
            assertThat(pages.get(i)).as("page %d", i + 1).endsWith("-" + (i + 1) + "-");
        }
    }

    @Test
    void contentsGivesThePageEachPolicyInitiativeAndPlanStartsOn() throws IOException {
        Map<String, Integer> contents = contentsNumbers(pageTexts(yearEnd).get(1));
        assertThat(contents).hasSize(2 + 3 + 5);
        try (PDDocument pdf = Loader.loadPDF(yearEnd.toFile())) {
            Map<String, Integer> outline = outlinePages(pdf, pdf.getDocumentCatalog().getDocumentOutline(), new LinkedHashMap<>());
            contents.forEach((heading, page) -> assertThat(outline.get(heading)).as(heading).isEqualTo(page));
        }
        List<String> pages = pageTexts(yearEnd);
        for (var plan : BookletFixture.PLANS) {
            int page = contents.get("プラン" + plan.planNo() + plan.planTitle());
            assertThat(pages.get(page - 1)).as("page %d starts プラン%d", page, plan.planNo())
                    .contains("プラン" + plan.planNo() + plan.planTitle());
            assertThat(pages.get(page - 2)).doesNotContain("プラン" + plan.planNo() + plan.planTitle() + "担当課");
        }
        assertThat(pages.get(contents.get("方針2行財政運営の改革") - 1)).contains("方針2行財政運営の改革プラン2件");
    }

    @Test
    void outlineNestsPoliciesInitiativesAndPlans() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(yearEnd.toFile())) {
            List<String> top = titles(pdf.getDocumentCatalog().getDocumentOutline());
            assertThat(top).containsExactly("目次", "方針1　市民参加の推進", "方針2　行財政運営の改革");
            PDOutlineItem policy1 = child(pdf.getDocumentCatalog().getDocumentOutline(), "方針1　市民参加の推進");
            assertThat(titles(policy1)).containsExactly("基本的取組1-1　参加の仕組み", "基本的取組1-2　情報の提供");
            assertThat(titles(child(policy1, "基本的取組1-1　参加の仕組み")))
                    .containsExactly("プラン1　市民参加と多様な主体との連携・協働の推進", "プラン2　地域コミュニティ活動の支援");
        }
    }

    @Test
    void embedsEveryFontAndCarriesTheMetadata() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(yearEnd.toFile())) {
            List<String> fonts = new ArrayList<>();
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).anyMatch(f -> f.endsWith("IPAexGothic")).anyMatch(f -> f.endsWith("IPAexMincho"));
            var info = pdf.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("行財政改革プラン 令和4年度 進捗・評価シート");
            assertThat(info.getAuthor()).isEqualTo("テスト市");
            assertThat(info.getSubject()).contains("令和4年度");
            assertThat(info.getKeywords()).contains("行財政改革プラン", "令和4年度");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("ja");
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
        }
    }

    @Test
    void isPdfA2aByVeraPdfWithAnOutputIntentAndATaggedStructure() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(yearEnd.toFile())) {
            PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
            String xmp = new String(metadata.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).containsPattern("pdfaid:part(>|=\")2").containsPattern("pdfaid:conformance(>|=\")A")
                    .containsPattern("pdfuaid:part(>|=\")1");
            assertThat(pdf.getDocumentCatalog().getOutputIntents()).isNotEmpty();
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            List<String> tags = new ArrayList<>();
            structureTypes(pdf.getDocumentCatalog().getStructureTreeRoot(), tags);
            assertThat(tags).contains("H1", "H2", "H3", "Table", "TH", "TD", "L", "LI", "Lbl", "LBody", "TOC", "TOCI", "Link", "Figure")
                    .doesNotContain("Text", "All", "Anchor").hasSizeGreaterThan(100);
        }
        for (Path file : List.of(yearEnd, draft)) {
            PdfConformance.Verdict verdict = PdfConformance.check(file, PDFAFlavour.PDFA_2_A);
            assertThat(verdict.compliant()).as(file.getFileName() + ": " + verdict).isTrue();
        }
    }

    @Test
    void watermarksEveryPageOfADraftAndNoPageOfTheYearEndReport() throws IOException {
        assertThat(watermarks(yearEnd)).allMatch(String::isEmpty);
        assertThat(watermarks(draft)).allMatch("案"::equals);
    }

    @Test
    void draftStartsWithTheCompletionPageAndMarksUnwrittenBlocks() throws IOException {
        List<String> pages = pageTexts(draft);
        assertThat(pages.get(0)).contains("（案）夜間集計", "令和4年11月25日2:00");
        assertThat(pages.get(1)).startsWith("提出状況")
                .contains("財政課1001プラン5（未提出）", "合計5401",
                        "前回の夜間集計（令和4年11月24日2:00）からの変更【総務課】更新プラン4公文書管理の推進（総務課_修正.xlsx）");
        int plan4 = indexOfPageContaining(pages, "プラン4公文書管理の推進担当課");
        assertThat(pages.get(plan4)).contains("未記入");
        try (PDDocument pdf = Loader.loadPDF(draft.toFile())) {
            assertThat(pdf.getDocumentInformation().getTitle()).endsWith("（案）");
        }
    }

    @Test
    void cellTextPrintsLiterallyNeverAsMarkupOrExpression() throws IOException {
        String text = String.join("", pageTexts(yearEnd));
        assertThat(text).contains(squeeze(BookletFixture.LITERAL));
    }

    @Test
    void aLongPlanRunsOverFourPagesWithEveryItemInOrder() throws IOException {
        List<String> pages = pageTexts(yearEnd);
        int start = indexOfPageContaining(pages, "プラン3長い記述のあるプラン担当課");
        int end = indexOfPageContaining(pages, "○総括3");
        assertThat(end - start + 1).isGreaterThanOrEqualTo(4);
        String text = String.join("", pages.subList(start, end + 1));
        int cursor = 0;
        for (String what : List.of("前期の計画", "前期の実績", "方向性")) {
            for (int i = 1; i <= 30; i++) {
                int at = text.indexOf("○" + what + "その" + i + "：", cursor);
                assertThat(at).as(what + i).isGreaterThanOrEqualTo(0);
                cursor = at;
            }
        }
        assertThat(text).contains("※1注記の説明");
    }

    @Test
    void noSectionHeadingIsLeftAloneAtThePageBottom() throws IOException {
        for (Path file : List.of(yearEnd, draft)) {
            List<String> pages = pageTexts(file);
            for (int i = 0; i < pages.size(); i++) {
                String body = pages.get(i).replaceFirst("-" + (i + 1) + "-$", "");
                assertThat(body).as("%s page %d", file.getFileName(), i + 1)
                        .doesNotEndWith("1プランの内容").doesNotEndWith("2取組状況").doesNotEndWith("3年次評価及び総括");
            }
        }
    }

    // --- reading the PDF back

    private static List<String> pageTexts(Path file) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String text = squeeze(stripper.getText(pdf));
                // the running header of the body pages (not the cover's title), and a draft's watermark
                pages.add(i == 1 ? text : text.replaceFirst("^行財政改革プラン令和4年度進捗・評価シート(（案）)?", "")
                        .replaceFirst("^案", ""));
            }
        }
        return pages;
    }

    private static String squeeze(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }

    private static int indexOfPageContaining(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no page contains " + text);
    }

    /** 目次 lines as printed: 方針1市民参加の推進3, 1-1参加の仕組み4, プラン1…4 → heading → page. */
    private static Map<String, Integer> contentsNumbers(String contentsPage) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        String body = contentsPage.replaceFirst("^目次", "").replaceFirst("-\\d+-$", "");
        Matcher m = Pattern.compile("((?:方針\\d+|\\d+-\\d+|プラン\\d+)\\D+?)(\\d+)(?=方針|\\d+-\\d|プラン|$)").matcher(body);
        while (m.find()) {
            String heading = m.group(1).matches("\\d+-\\d+.*") ? "基本的取組" + m.group(1) : m.group(1);
            numbers.put(heading, Integer.parseInt(m.group(2)));
        }
        return numbers;
    }

    /** Outline title (squeezed, as the 目次 prints it) → 1-based page of its destination. */
    private static Map<String, Integer> outlinePages(PDDocument pdf, PDOutlineNode node, Map<String, Integer> pages)
            throws IOException {
        for (PDOutlineItem item : node.children()) {
            pages.put(squeeze(item.getTitle()), pdf.getPages().indexOf(item.findDestinationPage(pdf)) + 1);
            outlinePages(pdf, item, pages);
        }
        return pages;
    }

    private static List<String> titles(PDOutlineNode node) {
        List<String> titles = new ArrayList<>();
        node.children().forEach(i -> titles.add(i.getTitle()));
        return titles;
    }

    private static PDOutlineItem child(PDOutlineNode node, String title) {
        for (PDOutlineItem item : node.children()) {
            if (item.getTitle().equals(title)) {
                return item;
            }
        }
        throw new AssertionError("no bookmark " + title);
    }

    private static void structureTypes(PDStructureNode node, List<String> types) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                structureTypes(element, types);
            }
        }
    }

    /** Per page, the characters printed far larger than any text of the form: the watermark. */
    private static List<String> watermarks(Path file) throws IOException {
        List<String> marks = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                StringBuilder large = new StringBuilder();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition text) {
                        if (text.getFontSizeInPt() > 100) {
                            large.append(text.getUnicode());
                        }
                    }
                };
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                stripper.getText(pdf);
                marks.add(large.toString());
            }
        }
        return marks;
    }

}
