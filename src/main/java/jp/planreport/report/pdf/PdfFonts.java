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

    private static final String[] FILES = {"fonts/ipaex/ipaexg.ttf", "fonts/ipaex/ipaexm.ttf"};

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

    /** Runs the preparation above (once per process). */
    static void prepare() {
        // the static initialiser does the work
    }
}
