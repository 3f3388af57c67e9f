package jp.planreport.bench;

import java.io.File;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Prints the page count of each PDF given: bench/run.sh's fallback where poppler's pdfinfo is absent. */
public final class PdfPages {

    private PdfPages() {
    }

    public static void main(String[] args) throws IOException {
        for (String file : args) {
            try (PDDocument pdf = Loader.loadPDF(new File(file))) {
                System.out.println(pdf.getNumberOfPages());
            }
        }
    }
}
