package jp.planreport.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import net.sf.jasperreports.engine.JRPropertiesMap;
import net.sf.jasperreports.engine.fonts.FontFamily;
import org.junit.jupiter.api.Test;

import jp.planreport.fonts.FontCoverage.Glyph;

/**
 * The coverage rule against the bundled fonts: JIS X 0213 and the MJ characters of names print, the
 * rest is named and printed as 〓, variation selectors and invisible format characters are left out.
 */
class FontCoverageTest {

    private final FontCoverage fonts = FontCoverage.bundled();

    @Test
    void everyCharacterOfJisX0213PrintsInBothTemplateFonts() throws CharacterCodingException {
        List<Integer> jis = jisX0213();
        assertThat(jis).hasSizeGreaterThan(11_000);
        for (String family : List.of("IPAexGothic", "IPAexMincho")) {
            assertThat(jis).as(family).allMatch(c -> fonts.glyph(family, c) == Glyph.PRIMARY);
        }
    }

    @Test
    void namesBeyondIpaexPrintInTheFallbackFromGothicAndMinchoText() {
        for (String family : List.of("IPAexGothic", "IPAexMincho")) {
            assertThat(fonts.glyph(family, "𠮷".codePointAt(0))).isEqualTo(Glyph.FALLBACK);
            assertThat(fonts.glyph(family, "™".codePointAt(0))).isEqualTo(Glyph.FALLBACK);
            assertThat(fonts.glyph(family, '葛')).isEqualTo(Glyph.PRIMARY);
            assertThat(fonts.glyph(family, '髙')).isEqualTo(Glyph.PRIMARY);
        }
    }

    @Test
    void whatNoBundledFontHasIsNamedOnceEachInOrder() {
        String text = "𠮷田さん简体字한국어ế™✔⚠😀葛\uDB40\uDD00、もう一度😀と\u200Bと\u2009と\n";
        assertThat(fonts.unprintable(text)).extracting(Character::toString)
                .containsExactly("简", "한", "국", "어", "ế", "✔", "⚠", "😀");
        assertThat(fonts.glyph("IPAexMincho", "😀".codePointAt(0))).isEqualTo(Glyph.SUBSTITUTE);
        assertThat(fonts.unprintable("市民参加と協働")).isEmpty();
    }

    @Test
    void theRuleAsksTheBundledFontFilesThemselves() throws Exception {
        Font ipaex = font("fonts/ipaex/ipaexm.ttf");
        Font ipamj = font("fonts/ipamj/ipamjm.ttf");
        for (int c : "𠮷简한ế™✔⚠😀葛".codePoints().toArray()) {
            boolean inAFont = ipaex.canDisplay(c) || ipamj.canDisplay(c);
            assertThat(fonts.unprintable(Character.toString(c))).as("U+%04X", c).hasSize(inAFont ? 0 : 1);
        }
    }

    @Test
    void variationSelectorsAndInvisibleCharactersAreLeftOutSpacesStaySpaces() {
        assertThat(fonts.glyph("IPAexMincho", 0xE0100)).isEqualTo(Glyph.OMITTED);
        assertThat(fonts.glyph("IPAexGothic", 0xFE0F)).isEqualTo(Glyph.OMITTED);
        assertThat(fonts.glyph("IPAexMincho", 0x200B)).as("zero-width space").isEqualTo(Glyph.OMITTED);
        assertThat(fonts.glyph("IPAexMincho", 0xFEFF)).as("byte-order mark").isEqualTo(Glyph.OMITTED);
        assertThat(fonts.glyph("IPAexMincho", 0x2009)).as("thin space").isEqualTo(Glyph.SPACE);
        assertThat(fonts.glyph("IPAexMincho", '\n')).isEqualTo(Glyph.PRIMARY);
        assertThat(fonts.unprintable("葛\uDB40\uDD00⚠\uFE0F\u200B")).extracting(Character::toString).containsExactly("⚠");
        assertThat(FontCoverage.variationSequences("葛\uDB40\uDD00飾区と⚠\uFE0Fと葛\uDB40\uDD00"))
                .containsExactly("葛\uDB40\uDD00", "⚠\uFE0F");
    }

    @Test
    void theFallbackIsRegisteredWithJasperReportsWithoutReadingItsFont() {
        List<FontFamily> families = new FallbackFontRegistryFactory().createRegistry("test", new JRPropertiesMap())
                .getExtensions(FontFamily.class);
        assertThat(families).singleElement().satisfies(family -> {
            assertThat(family.getName()).isEqualTo(FontCoverage.FALLBACK_FAMILY);
            assertThat(family.getNormalFace().getTtf()).isEqualTo("fonts/ipamj/ipamjm.ttf");
            assertThat(family.getNormalFace().getFont()).as("read only when a character needs it").isNull();
            assertThat(family.getPdfEncoding()).isEqualTo("Identity-H");
            assertThat(family.isPdfEmbedded()).isTrue();
        });
    }

    @Test
    void aFontTheBundleDoesNotKnowIsLeftToJasperReports() {
        assertThat(fonts.glyph("SansSerif", "😀".codePointAt(0))).isEqualTo(Glyph.PRIMARY);
    }

    @Test
    void charactersAreDescribedWithTheirCodesForAClerkWhoseScreenCannotShowThem() {
        assertThat(FontCoverage.describe("😀")).isEqualTo("「😀」（U+1F600）");
        assertThat(FontCoverage.describe("葛\uDB40\uDD00")).isEqualTo("「葛\uDB40\uDD00」（U+845B U+E0100）");
        List<String> many = new ArrayList<>();
        "가각간갇갈감갑값갓강개객".codePoints().forEach(c -> many.add(Character.toString(c)));
        assertThat(FontCoverage.describe(many)).startsWith("「가」（U+AC00）、「각」（U+AC01）").endsWith("「강」（U+AC15） ほか 2 文字");
    }

    /** Every character of JIS X 0213 (plane 1 and 2), as the JDK's Shift_JIS-2004 decoder maps it. */
    private static List<Integer> jisX0213() throws CharacterCodingException {
        CharsetDecoder decoder = Charset.forName("x-SJIS_0213").newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        TreeSet<Integer> codePoints = new TreeSet<>();
        for (int b = 0x20; b < 0x7F; b++) {
            codePoints.add(b);
        }
        for (int lead = 0x81; lead <= 0xFC; lead++) {
            for (int trail = 0x40; trail <= 0xFC; trail++) {
                if (trail == 0x7F) {
                    continue; // never a trail byte
                }
                try {
                    decoder.decode(ByteBuffer.wrap(new byte[] {(byte) lead, (byte) trail})).codePoints()
                            .forEach(codePoints::add);
                } catch (CharacterCodingException unmapped) {
                    // not a character of the set
                }
            }
        }
        for (int b = 0xA1; b <= 0xDF; b++) {
            decoder.reset();
            decoder.decode(ByteBuffer.wrap(new byte[] {(byte) b})).codePoints().forEach(codePoints::add);
        }
        return List.copyOf(codePoints);
    }

    private static Font font(String resource) throws Exception {
        try (InputStream in = FontCoverageTest.class.getClassLoader().getResourceAsStream(resource)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        }
    }
}
