package jp.planreport.report.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * The structure tree of a PDF as a screen reader walks it (PDFBox): each element in document order
 * with its type, its attributes that matter (scope, alternative text) and the text of its own marked
 * content, taken from the pages' content streams by MCID.
 */
final class StructureOutline {

    /** One structure element: its depth, type, own text and, for a TH, its scope; for a Figure, its Alt. */
    record Element(int depth, String type, String text, String scope, String alt, boolean bbox, int annotations) {
        @Override
        public String toString() {
            return "  ".repeat(depth) + type + (scope != null ? "[" + scope + "]" : "")
                    + (alt != null ? "[Alt=" + alt + "]" : "") + (text.isEmpty() ? "" : " " + text);
        }
    }

    private StructureOutline() {
    }

    static List<Element> of(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            Map<PDPage, Map<Integer, String>> texts = new HashMap<>();
            for (PDPage page : pdf.getPages()) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                Map<Integer, String> byMcid = new HashMap<>();
                for (PDMarkedContent content : extractor.getMarkedContents()) {
                    collect(content, byMcid);
                }
                texts.put(page, byMcid);
            }
            List<Element> elements = new ArrayList<>();
            walk(pdf.getDocumentCatalog().getStructureTreeRoot(), 0, null, texts, elements);
            return elements;
        }
    }

    private static void collect(PDMarkedContent content, Map<Integer, String> byMcid) {
        if (content.getMCID() >= 0) {
            StringBuilder text = new StringBuilder();
            for (Object item : content.getContents()) {
                if (item instanceof TextPosition position) {
                    text.append(position.getUnicode());
                }
            }
            byMcid.merge(content.getMCID(), text.toString(), String::concat);
        }
        for (Object item : content.getContents()) {
            if (item instanceof PDMarkedContent inner) {
                collect(inner, byMcid);
            }
        }
    }

    private static void walk(PDStructureNode node, int depth, PDPage inherited, Map<PDPage, Map<Integer, String>> texts,
                             List<Element> elements) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                PDPage page = element.getPage() != null ? element.getPage() : inherited;
                StringBuilder text = new StringBuilder();
                int annotations = 0;
                for (Object content : element.getKids()) {
                    if (content instanceof Integer mcid && page != null) {
                        text.append(texts.get(page).getOrDefault(mcid, ""));
                    } else if (content instanceof PDMarkedContentReference reference) {
                        text.append(texts.get(reference.getPage()).getOrDefault(reference.getMCID(), ""));
                    } else if (content instanceof PDObjectReference) {
                        annotations++;
                    }
                }
                String scope = null;
                boolean bbox = false;
                if (element.getCOSObject().getDictionaryObject(COSName.A) instanceof COSDictionary attributes) {
                    scope = attributes.getNameAsString("Scope");
                    bbox = attributes.containsKey("BBox");
                }
                elements.add(new Element(depth, element.getStructureType(), text.toString().strip(), scope,
                        element.getAlternateDescription(), bbox, annotations));
                walk(element, depth + 1, page, texts, elements);
            }
        }
    }

    public static void main(String[] args) throws IOException {
        of(Path.of(args[0])).forEach(System.out::println);
    }
}
