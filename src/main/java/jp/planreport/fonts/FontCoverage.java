package jp.planreport.fonts;

import java.awt.Font;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLongArray;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFace;
import net.sf.jasperreports.engine.fonts.FontInfo;
import net.sf.jasperreports.engine.fonts.FontUtil;
import net.sf.jasperreports.engine.fonts.SimpleFontFace;

/**
 * Which characters the booklet can print, asked of the fonts actually bundled: the families of the
 * JasperReports font extension (IPAex Gothic and Mincho, which the templates name, and the fallback
 * IPAmj Mincho) through each font's own character map ({@link Font#canDisplay(int)}). A character of
 * text set in one of the families prints
 * <ul>
 * <li>in that family when it has the character ({@link Glyph#PRIMARY});</li>
 * <li>else in the fallback ({@link Glyph#FALLBACK}): IPAmj Mincho has the MJ characters of names and
 * places (𠮷 …) that IPAex lacks;</li>
 * <li>else, for a space the fonts lack (thin space …), as an ordinary space ({@link Glyph#SPACE});</li>
 * <li>else not at all for a variation selector and for an invisible format character (zero-width
 * space …) ({@link Glyph#OMITTED}): the PDF library cannot choose a variant glyph, so the base
 * character prints in its standard form;</li>
 * <li>else as {@value #SUBSTITUTE}, the typesetter's mark for a missing character ({@link Glyph#SUBSTITUTE}).</li>
 * </ul>
 * Intake warns of every character that would be substituted and notes every variation selector; the
 * booklet's PDF exporter applies the same rule character by character.
 */
public final class FontCoverage {

    /** The family of the fallback font (fonts/ipamj); the templates never name it. */
    public static final String FALLBACK_FAMILY = "IPAmjMincho";
    /** printed in place of a character that no bundled font has: 〓 (geta) */
    public static final String SUBSTITUTE = "〓";

    /** How one character of text set in a family prints. */
    public enum Glyph { PRIMARY, FALLBACK, SPACE, OMITTED, SUBSTITUTE }

    private static final class Bundled {
        static final FontCoverage FONTS = new FontCoverage(DefaultJasperReportsContext.getInstance());
    }

    private final FontUtil fonts;
    /** every family the templates may name (all but the fallback), with its character map */
    private final Map<String, CharacterMap> families = new LinkedHashMap<>();
    private volatile CharacterMap fallback;

    private FontCoverage(JasperReportsContext context) {
        this.fonts = FontUtil.getInstance(context);
        for (String family : fonts.getFontFamilyNames()) {
            if (!family.equals(FALLBACK_FAMILY)) {
                families.put(family, new CharacterMap(face(family).getFont()));
            }
        }
    }

    /** The bundled fonts, read once per process when first asked. */
    public static FontCoverage bundled() {
        return Bundled.FONTS;
    }

    /**
     * How {@code codePoint} prints in text set in {@code family}; a family that is not bundled is
     * left to JasperReports ({@link Glyph#PRIMARY}).
     */
    public Glyph glyph(String family, int codePoint) {
        CharacterMap primary = families.get(family);
        if (primary == null) {
            return Glyph.PRIMARY;
        }
        if (isVariationSelector(codePoint)) {
            return Glyph.OMITTED;
        }
        if (primary.has(codePoint)) {
            return Glyph.PRIMARY;
        }
        if (fallback().has(codePoint)) {
            return Glyph.FALLBACK;
        }
        return switch (Character.getType(codePoint)) {
            case Character.SPACE_SEPARATOR -> Glyph.SPACE;
            case Character.FORMAT -> Glyph.OMITTED;
            default -> Glyph.SUBSTITUTE;
        };
    }

    /**
     * The characters of {@code text} that no bundled font has, each once, in order: what the booklet
     * prints as {@value #SUBSTITUTE} in some family the templates use.
     */
    public List<Integer> unprintable(String text) {
        Set<Integer> found = new LinkedHashSet<>();
        for (int i = 0; text != null && i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int codePoint = text.codePointAt(i);
            for (String family : families.keySet()) {
                if (glyph(family, codePoint) == Glyph.SUBSTITUTE) {
                    found.add(codePoint);
                    break;
                }
            }
        }
        return List.copyOf(found);
    }

    /** U+FE00–FE0F and U+E0100–E01EF: they choose a variant form of the character before them. */
    public static boolean isVariationSelector(int codePoint) {
        return codePoint >= 0xFE00 && codePoint <= 0xFE0F || codePoint >= 0xE0100 && codePoint <= 0xE01EF;
    }

    /** The characters of {@code text} that carry variation selectors (葛󠄀 = 葛 U+E0100), each once, in order. */
    public static List<String> variationSequences(String text) {
        Set<String> found = new LinkedHashSet<>();
        if (text != null) {
            int[] codePoints = text.codePoints().toArray();
            for (int i = 0; i < codePoints.length; i++) {
                if (isVariationSelector(codePoints[i])) {
                    int start = i > 0 && !isVariationSelector(codePoints[i - 1]) ? i - 1 : i;
                    int end = i;
                    while (end + 1 < codePoints.length && isVariationSelector(codePoints[end + 1])) {
                        end++;
                    }
                    found.add(new String(codePoints, start, end - start + 1));
                    i = end;
                }
            }
        }
        return List.copyOf(found);
    }

    /** 「😀」（U+1F600）: the character as written and its code, for a clerk whose screen may not show it. */
    public static String describe(String characters) {
        List<String> codes = new ArrayList<>();
        characters.codePoints().forEach(c -> codes.add(String.format("U+%04X", c)));
        return "「" + characters + "」（" + String.join(" ", codes) + "）";
    }

    /** 「😀」（U+1F600）、「✔」（U+2714） …: the first ten, then how many more. */
    public static String describe(List<String> characters) {
        List<String> shown = characters.stream().limit(10).map(FontCoverage::describe).toList();
        return String.join("、", shown)
                + (characters.size() > shown.size() ? " ほか " + (characters.size() - shown.size()) + " 文字" : "");
    }

    /** The same for code points. */
    public static String describeCodePoints(List<Integer> codePoints) {
        return describe(codePoints.stream().map(Character::toString).toList());
    }

    private CharacterMap fallback() {
        CharacterMap map = fallback;
        if (map == null) {
            synchronized (this) {
                if (fallback == null) {
                    FontFace face = face(FALLBACK_FAMILY);
                    // registered without its font (FallbackFontRegistryFactory): read it now, once
                    if (face.getFont() == null && face instanceof SimpleFontFace simple) {
                        simple.loadFont();
                    }
                    fallback = new CharacterMap(face.getFont());
                }
                map = fallback;
            }
        }
        return map;
    }

    private FontFace face(String family) {
        FontInfo info = fonts.getFontInfo(family, null);
        if (info == null || info.getFontFamily().getNormalFace() == null) {
            throw new IllegalStateException("bundled font family missing: " + family);
        }
        return info.getFontFamily().getNormalFace();
    }

    /**
     * A font's character map, with what it said about each character of the Basic Multilingual Plane
     * kept in two bits (asked, has): the exporter asks for every character of the booklet.
     */
    private static final class CharacterMap {

        private final Font font;
        private final AtomicLongArray bmp = new AtomicLongArray(0x10000 * 2 / Long.SIZE);

        CharacterMap(Font font) {
            if (font == null) {
                throw new IllegalStateException("bundled font not loaded");
            }
            this.font = font;
        }

        boolean has(int codePoint) {
            if (codePoint > 0xFFFF) {
                return font.canDisplay(codePoint);
            }
            int bit = codePoint * 2;
            long asked = 1L << (bit & (Long.SIZE - 1));
            long yes = asked << 1;
            long word = bmp.get(bit / Long.SIZE);
            if ((word & asked) == 0) {
                long answer = asked | (font.canDisplay(codePoint) ? yes : 0);
                word = bmp.accumulateAndGet(bit / Long.SIZE, answer, (a, b) -> a | b);
            }
            return (word & yes) != 0;
        }
    }
}
