package jp.planreport.report.pdf;

import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.pdf.JRPdfExporter;

/**
 * The PDF exporter that prints the page numbers: the footer field keyed {@value #KEY} gets
 * 「- N -」 with N the page of the whole document. Numbering at export, not at fill, lets the parts
 * of the booklet (one per 方針) be filled at the same time without knowing where they will start.
 */
final class PageNumberingPdfExporter extends JRPdfExporter {

    static final String KEY = "pageNumber";

    @Override
    public void exportText(JRPrintText text) {
        if (!KEY.equals(text.getKey())) {
            super.exportText(text);
            return;
        }
        String placeholder = text.getFullText();
        text.setText("- " + crtDocumentPageNumber + " -");
        try {
            super.exportText(text);
        } finally {
            text.setText(placeholder);
        }
    }
}
