package jp.planreport.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.lowagie.text.pdf.BaseFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.planreport.config.RenderProperties;
import jp.planreport.config.TemporaryFolder;
import jp.planreport.aggregate.Compilation;
import jp.planreport.aggregate.CompilationAssembler;
import jp.planreport.fonts.FontCoverage;
import jp.planreport.intake.PlanSheetValidator;
import jp.planreport.intake.RawPlanSheet;
import jp.planreport.intake.ValidatedSheet;
import jp.planreport.job.PdfText;
import jp.planreport.model.Finding;
import jp.planreport.model.PlanMaster;
import jp.planreport.model.PlanMasterEntry;
import jp.planreport.model.Severity;
import jp.planreport.report.Edition;
import jp.planreport.store.PlanSheetVersion;

/**
 * Characters beyond the main fonts, from a department's sheet through intake to the booklet read back
 * with PDFBox: what a bundled font has comes back (𠮷 from the fallback, also in a Gothic title from
 * the plan master), what none has is a warning naming plan, field and character and prints as 〓 in
 * the draft and the year-end booklet alike, a variation selector leaves its base character.
 */
class BookletCharactersTest {

    static final String UNUSUAL = "𠮷 简 한 ế ™ ✔ ⚠ 😀 葛\uDB40\uDD00";
    static final PlanMasterEntry PLAN = new PlanMasterEntry(1, "市民参加の推進", "1-1", "参加の仕組み", 1,
            "𠮷田地区の協働", List.of("企画経営課"));
    static final PlanMaster MASTER = new PlanMaster(Path.of("plans.csv"), 2022, List.of(PLAN));

    @TempDir
    static Path dir;
    static ValidatedSheet validated;
    static Path yearEnd;
    static Path draft;

    @BeforeAll
    static void validateAndRender() throws IOException {
        validated = new PlanSheetValidator(MASTER, BookletFixture.PROPERTIES.gradeScale(), true)
                .validate(new RawPlanSheet("企画経営課.xlsx", "プラン1", fields()));
        assertThat(validated.accepted()).as(validated.findings().toString()).isTrue();
        PlanSheetVersion version = new PlanSheetVersion(1, 2022, 1, "企画経営課.xlsx", "プラン1", "0".repeat(64), 1000,
                Instant.parse("2023-03-31T01:00:00Z"), Instant.parse("2023-04-01T00:30:00Z"),
                Instant.parse("2023-04-01T00:30:00Z"), true, validated.sheet());
        Compilation compilation = CompilationAssembler.assemble(MASTER, Map.of(1, version), Set.of(1));
        TemporaryFolder temporary = new TemporaryFolder();
        try {
            BookletRenderer renderer = new BookletRenderer(new ReportTemplates(), BookletFixture.PROPERTIES, RenderProperties.DEFAULTS, temporary);
            yearEnd = dir.resolve("report.pdf");
            draft = dir.resolve("draft.pdf");
            renderer.render(compilation, Edition.yearEnd(LocalDateTime.of(2023, 5, 31, 10, 0)), yearEnd);
            renderer.render(compilation, Edition.draft(LocalDateTime.of(2022, 11, 25, 2, 0)), draft);
        } finally {
            temporary.destroy();
        }
    }

    private static Map<String, String> fields() {
        Map<String, String> v = new HashMap<>();
        v.put("fiscal_year", "令和4年度");
        v.put("policy_no", "1");
        v.put("policy_title", PLAN.policyTitle());
        v.put("initiative_code", PLAN.initiativeCode());
        v.put("initiative_title", PLAN.initiativeTitle());
        v.put("plan_no", "1");
        v.put("plan_title", PLAN.planTitle());
        v.put("departments", "企画経営課");
        v.put("content", "本文：" + UNUSUAL);
        v.put("annual_plan", "◆年度の計画");
        v.put("h1_plan", "○前期の計画");
        v.put("h1_result", "○実績：" + UNUSUAL);
        v.put("h1_progress", "○");
        v.put("h1_action", "○方向性");
        v.put("h2_plan", "○後期の計画");
        v.put("h2_result", "○後期の実績");
        v.put("grade", "A");
        v.put("summary", "○総括");
        return v;
    }

    /** The text as the booklet prints it: 〓 for what no font has, variation selectors left out. */
    private static String printed(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (!FontCoverage.isVariationSelector(c)) {
                sb.append(FontCoverage.bundled().unprintable(Character.toString(c)).isEmpty()
                        ? Character.toString(c) : FontCoverage.SUBSTITUTE);
            }
        });
        return sb.toString();
    }

    @Test
    void everyCharacterABundledFontHasComesBackAndTheRestPrintsAsGeta() throws IOException {
        List<String> unprintable = new ArrayList<>();
        for (Path file : List.of(yearEnd, draft)) {
            String text = new PdfText(file, "").all();
            UNUSUAL.codePoints().filter(c -> c != ' ' && !FontCoverage.isVariationSelector(c)).forEach(c -> {
                if (FontCoverage.bundled().unprintable(Character.toString(c)).isEmpty()) {
                    assertThat(text).as("%s U+%04X", file.getFileName(), c).contains(Character.toString(c));
                } else {
                    assertThat(text).as("%s U+%04X", file.getFileName(), c).doesNotContain(Character.toString(c));
                    unprintable.add(Character.toString(c));
                }
            });
            assertThat(text).as(file.getFileName().toString())
                    .contains(squeeze("本文：" + printed(UNUSUAL)), squeeze("○実績：" + printed(UNUSUAL)))
                    .contains("𠮷田地区の協働").contains("葛").doesNotContain("\uDB40\uDD00");
        }
        assertThat(unprintable).as("the fonts do lack some of them").isNotEmpty();
    }

    @Test
    void eachCharacterNoFontHasIsAWarningNamingThePlanTheFieldAndTheCharacter() {
        List<Integer> missing = FontCoverage.bundled().unprintable(UNUSUAL);
        for (String field : List.of("content", "h1_result")) {
            assertThat(validated.findings()).as(field).anySatisfy(f -> {
                assertThat(f.code()).isEqualTo("UNPRINTABLE_CHARACTERS");
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.field()).isEqualTo(field);
                assertThat(f.message()).startsWith("プラン1の欄「");
                for (int c : missing) {
                    assertThat(f.message()).contains(FontCoverage.describe(Character.toString(c)));
                }
                assertThat(f.message()).doesNotContain("𠮷");
            });
            assertThat(validated.findings()).as(field).anySatisfy(f -> {
                assertThat(f.code()).isEqualTo("VARIATION_SELECTORS");
                assertThat(f.field()).isEqualTo(field);
                assertThat(f.message()).contains("「葛\uDB40\uDD00」（U+845B U+E0100）");
            });
        }
        assertThat(validated.findings()).extracting(Finding::field).doesNotContain("plan_title");
    }

    @Test
    void theFallbackIsEmbeddedAndTheBookletStaysPdfA2aAndPdfUa1() throws Exception {
        for (Path file : List.of(yearEnd, draft)) {
            List<String> fonts = new ArrayList<>();
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                for (var page : pdf.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                        fonts.add(font.getName());
                    }
                }
            }
            assertThat(fonts).anyMatch(f -> f.endsWith("IPAmjMincho")).anyMatch(f -> f.endsWith("IPAexGothic"));
            for (var flavour : List.of(org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_A, org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1)) {
                PdfConformance.Verdict verdict = PdfConformance.check(file, flavour);
                assertThat(verdict.compliant()).as(file.getFileName() + ": " + verdict).isTrue();
            }
        }
    }

    /**
     * The fill measures a character its font lacks as the missing-glyph box, a full em; the exporter
     * sets it in the fallback or as 〓. Neither may be wider, or a line the fill broke would overflow.
     */
    @Test
    void aCharacterPrintedInTheFallbackOrAsGetaIsNoWiderThanTheFillMeasuredIt() throws Exception {
        java.awt.Font ipaex = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT,
                BookletCharactersTest.class.getClassLoader().getResourceAsStream("fonts/ipaex/ipaexm.ttf")).deriveFont(10f);
        var measured = new java.awt.font.TextLayout("😀", ipaex, new java.awt.font.FontRenderContext(null, true, true));
        assertThat(measured.getAdvance()).as("missing glyph at 10 pt").isEqualTo(10f);

        BaseFont mincho = BaseFont.createFont("fonts/ipaex/ipaexm.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        BaseFont fallback = BaseFont.createFont("fonts/ipamj/ipamjm.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        assertThat(mincho.getWidth(FontCoverage.SUBSTITUTE)).isLessThanOrEqualTo(1000);
        int inFallback = 0;
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (!mincho.charExists(c) && fallback.charExists(c)) {
                inFallback++;
                assertThat(fallback.getWidth(c)).as("U+%04X", c).isLessThanOrEqualTo(1000);
            }
        }
        assertThat(inFallback).isGreaterThan(40_000);
    }

    private static String squeeze(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }
}
