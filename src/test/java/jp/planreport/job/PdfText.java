package jp.planreport.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A rendered PDF read back with PDFBox: its pages' text without running header, continuation row
 * and footer, so that text split over a page break reads as one.
 */
public final class PdfText {

    final List<String> pages = new ArrayList<>();
    final List<String> fontsNotEmbedded = new ArrayList<>();
    final List<String> fonts = new ArrayList<>();

    public PdfText(Path pdf, String runningHeader) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String text = squeeze(stripper.getText(document));
                String footer = "-" + i + "-";
                if (text.startsWith(squeeze(runningHeader))) {
                    text = text.substring(squeeze(runningHeader).length());
                }
                // a half year continued from the previous page opens with its label row again
                text = text.replaceFirst("^(前期|後期)（前ページから続く）", "");
                if (text.endsWith(footer)) {
                    text = text.substring(0, text.length() - footer.length());
                }
                pages.add(text);
            }
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    if (!font.isEmbedded()) {
                        fontsNotEmbedded.add(font.getName());
                    }
                }
            }
        }
    }

    /** All pages as one string, white space removed (wrapping and page breaks do not matter). */
    public String all() {
        return String.join("", pages);
    }

    /**
     * The lines of the first page whose text (white space removed) contains {@code marker}, as PDFBox
     * reads them by position (a table row is a line), white space folded to one space.
     */
    public static List<String> linesOfPage(Path pdf, String marker) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String text = stripper.getText(document);
                if (squeeze(text).contains(marker)) {
                    return text.lines().map(l -> l.strip().replaceAll("[\\s\\u3000]+", " ")).toList();
                }
            }
        }
        throw new AssertionError("no page with " + marker);
    }

    static String squeeze(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }
}
