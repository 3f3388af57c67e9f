package jp.planreport.report.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

/**
 * The bundled fonts as the PDF library embeds them in a PDF/A-2 file: the library would write a CIDSet
 * listing only the glyphs of the subset, which PDF/A-2 rejects (a CIDSet, if present, must list
 * every glyph of the embedded font), so it is left out. The exporter passes every font it is given
 * through {@link #forPdfA}, so a font read only when first needed (the fallback) is covered too.
 */
final class PdfFonts {

    private static final String GOTHIC = "fonts/ipaex/ipaexg.ttf";
    private static final String MINCHO = "fonts/ipaex/ipaexm.ttf";

    private PdfFonts() {
    }

    /** The font without a CIDSet; the library caches one instance per file, so this holds for every use. */
    static Font forPdfA(Font font) {
        if (font != null && font.getBaseFont() != null) {
            font.getBaseFont().setIncludeCidSet(false);
        }
        return font;
    }

    /** The font of a family of the font extension, for what the exporter draws itself: IPAexGothic, else IPAexMincho. */
    static BaseFont of(String family) {
        try {
            BaseFont font = BaseFont.createFont("IPAexGothic".equals(family) ? GOTHIC : MINCHO, BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, true, null, null);
            font.setIncludeCidSet(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("bundled font unreadable: " + family, e);
        }
    }
}
