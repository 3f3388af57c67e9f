package jp.planreport.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;

/**
 * The bundled fonts as the PDF library will embed them, prepared once so that the booklet passes
 * PDF/A-2b: the library would write a CIDSet listing only the glyphs of the subset, which PDF/A-2
 * rejects (a CIDSet, if present, must list every glyph of the embedded font), so it is left out.
 * JasperReports asks the library for these fonts by the same name and encoding, and gets these
 * cached instances.
 */
final class PdfFonts {

    private static final String GOTHIC = "fonts/ipaex/ipaexg.ttf";
    private static final String MINCHO = "fonts/ipaex/ipaexm.ttf";
    private static final String[] FILES = {GOTHIC, MINCHO};

    static {
        for (String file : FILES) {
            try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("bundled font missing: " + file);
                }
                BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
                font.setIncludeCidSet(false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (DocumentException e) {
                throw new IllegalStateException("bundled font unreadable: " + file, e);
            }
        }
    }

    private PdfFonts() {
    }

    /** The prepared font of a family of the font extension: IPAexGothic, else IPAexMincho. */
    static BaseFont of(String family) {
        try {
            return BaseFont.createFont("IPAexGothic".equals(family) ? GOTHIC : MINCHO, BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, true, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("bundled font unreadable: " + family, e);
        }
    }

    /** Runs the preparation above (once per process). */
    static void prepare() {
        // the static initialiser does the work
    }
}
