package jp.planreport.report.pdf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Predicate;

import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintHyperlink;
import net.sf.jasperreports.engine.JRPrintImage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.export.PdfConstants;
import net.sf.jasperreports.engine.type.HyperlinkTypeEnum;
import net.sf.jasperreports.engine.util.StyledTextListWriter;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.JRPdfExporterTagHelper;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;

/**
 * The tags of the booklet (PDF/UA-1), read from the templates' element properties.
 *
 * <p>JasperReports' own properties say where tables, rows, cells, lists, list items, labels, list
 * bodies and headings start and end ({@code net.sf.jasperreports.export.pdf.tag.table}, {@code .tr},
 * {@code .th}, {@code .td}, {@code .l}, {@code .li}, {@code .lbl}, {@code .lbody}, {@code .h1}–{@code .h4},
 * {@code .colspan}, {@code .rowspan}: "start", "end" or "full"). Its tag helper nests them as the
 * elements come, so a repeated header row or a page break leaves a row without its table, wraps every
 * heading and cell in a paragraph and leaves borders, backgrounds and page numbers untagged. This one
 * reads the same properties but opens what a start needs and is missing (a cell opens its row and its
 * table), closes what a start leaves behind (a heading of level 1 or 2 or a new table closes the
 * section's open table), puts text straight into the heading, cell, label or list body it belongs to,
 * and leaves everything else an artifact. The booklet's own properties ({@value #PREFIX}…) add what
 * JasperReports has no property for:
 * <ul>
 * <li>{@code artifact} = Pagination | Watermark: the running header, page numbers, 「案」;</li>
 * <li>{@code sect} = policy | plan: the element opens the section of a 方針 or of a plan sheet;</li>
 * <li>{@code scope} = Column | Row | Both: a header cell's scope (default Column);</li>
 * <li>{@code nested} = true: the table is inside the open cell (the progress mark's box);</li>
 * <li>{@code toc}, {@code toci} = start | end | full: the 目次 and its lines; a line's local links
 * become one Link element with its annotations;</li>
 * <li>{@code paragraphs} = items: each paragraph of the text is a list item.</li>
 * </ul>
 * A figure (the chart) gets its hyperlink tooltip as alternative text and its bounding box.
 */
final class BookletTags extends JRPdfExporterTagHelper {

    static final String PREFIX = "net.sf.jasperreports.export.planreport.";
    static final String ARTIFACT = PREFIX + "artifact";
    static final String SECT = PREFIX + "sect";
    static final String SCOPE = PREFIX + "scope";
    static final String NESTED = PREFIX + "nested";
    static final String TOC = PREFIX + "toc";
    static final String TOCI = PREFIX + "toci";
    static final String PARAGRAPHS = PREFIX + "paragraphs";

    private static final String H4 = JRPdfExporter.PDF_EXPORTER_PROPERTIES_PREFIX + "tag.h4";
    private static final PdfName TABLE = new PdfName("Table");
    private static final PdfName SCOPE_KEY = new PdfName("Scope");
    private static final PdfName ROW_SPAN = new PdfName("RowSpan");
    private static final PdfName COL_SPAN = new PdfName("ColSpan");

    /** Where the exporter is on the page: the offsets of the current frame and the page height. */
    interface Geometry {
        int offsetX();

        int offsetY();

        int pageHeight();
    }

    /** An element being exported and the last node it opened. */
    private static final class Context {
        private StructureTree.Node opened;

        /** Whether the open node on top is one this element opened. */
        boolean opened(StructureTree.Node top) {
            return opened != null && opened == top;
        }
    }

    private final Geometry geometry;
    private final Deque<StructureTree.Node> open = new ArrayDeque<>();
    private final Deque<Context> elements = new ArrayDeque<>();
    private StructureTree tree;
    private StructureTree.Node policy;
    /** the node a text's paragraph was put in, closed with the paragraph */
    private StructureTree.Node paragraph;
    private int paragraphDepth;

    BookletTags(JRPdfExporter exporter, Geometry geometry) {
        super(exporter);
        this.geometry = geometry;
    }

    private PdfWriter writer() {
        return ((ClassicPdfProducer) pdfProducer).getPdfWriter();
    }

    @Override
    protected void init() {
        if (!isTagged) {
            return;
        }
        ClassicPdfProducer producer = (ClassicPdfProducer) pdfProducer;
        tree = new StructureTree(producer.getPdfWriter(), producer::getPdfContentByte, language);
        open.clear();
        open.push(tree.document());
    }

    boolean active() {
        return tree != null;
    }

    /** Closes every open element and writes the tree; before the document closes. */
    void finish() throws java.io.IOException {
        if (tree != null) {
            while (open.size() > 1) {
                pop();
            }
            tree.finish();
        }
    }

    // --- pages

    @Override
    protected void startPageAnchor() {
        if (tree != null) {
            tree.startPage(); // the anchor's blank is drawn in the page's artifact
        }
    }

    @Override
    protected void endPageAnchor() {
    }

    @Override
    protected void startPage() {
        if (tree != null) {
            tree.startPage();
        }
    }

    @Override
    protected void endPage() {
        if (tree != null) {
            tree.endPage();
        }
    }

    // --- elements

    @Override
    protected void startElement(JRPrintElement element) {
        if (tree == null) {
            return;
        }
        elements.push(new Context());
        if (!element.hasProperties() || element.getPropertiesMap().containsProperty(ARTIFACT)) {
            openLink(element);
            return;
        }
        String sect = property(element, SECT);
        if ("policy".equals(sect)) {
            popTo(n -> n == tree.document());
            policy = push("Sect");
        } else if ("plan".equals(sect)) {
            popTo(n -> n == tree.document() || n == policy);
            push("Sect");
        }
        if (starts(element, PdfConstants.PROPERTY_TAG_TABLE)) {
            if ("true".equals(property(element, NESTED))) {
                flowHere();
            } else {
                popTo(BookletTags::isSection);
            }
            push("Table");
        }
        if (starts(element, PdfConstants.PROPERTY_TAG_TR)) {
            row();
        }
        if (starts(element, PdfConstants.PROPERTY_TAG_TH)) {
            cell(element, "TH");
        }
        if (starts(element, PdfConstants.PROPERTY_TAG_TD)) {
            cell(element, "TD");
        }
        if (starts(element, PROPERTY_TAG_L)) {
            flowHere();
            push("L");
        }
        if (starts(element, PROPERTY_TAG_LI)) {
            item();
        }
        if (starts(element, PROPERTY_TAG_LBL)) {
            within("LI", this::item);
            push("Lbl");
        }
        if (starts(element, PROPERTY_TAG_LBODY)) {
            within("LI", this::item);
            push("LBody");
        }
        heading(element, PROPERTY_TAG_H1, "H1");
        heading(element, PROPERTY_TAG_H2, "H2");
        heading(element, PROPERTY_TAG_H3, "H3");
        heading(element, H4, "H4");
        if (starts(element, TOC)) {
            popTo(BookletTags::isSection);
            push("TOC");
        }
        if (starts(element, TOCI)) {
            if (!find("TOC", BookletTags::isSection)) {
                popTo(BookletTags::isSection);
                push("TOC");
            }
            push("TOCI");
        }
        openLink(element);
    }

    @Override
    protected void endElement(JRPrintElement element) {
        if (tree == null) {
            return;
        }
        Context context = elements.pop();
        if (element instanceof JRPrintText text && isLocalLink(text)) {
            annotate(text);
            if (context.opened(open.peek()) && open.peek().is("Link") && !open.peek().parent.is("TOCI")) {
                pop();
            }
        }
        if (!element.hasProperties()) {
            return;
        }
        if (PARAGRAPHS_ITEMS.equals(property(element, PARAGRAPHS))) {
            close("L");
        }
        close(element, PROPERTY_TAG_LBODY, "LBody");
        close(element, PROPERTY_TAG_LBL, "Lbl");
        close(element, PROPERTY_TAG_LI, "LI");
        close(element, PROPERTY_TAG_L, "L");
        close(element, H4, "H4");
        close(element, PROPERTY_TAG_H3, "H3");
        close(element, PROPERTY_TAG_H2, "H2");
        close(element, PROPERTY_TAG_H1, "H1");
        close(element, PdfConstants.PROPERTY_TAG_TD, "TD");
        close(element, PdfConstants.PROPERTY_TAG_TH, "TH");
        close(element, PdfConstants.PROPERTY_TAG_TR, "TR");
        close(element, PdfConstants.PROPERTY_TAG_TABLE, "Table");
        close(element, TOCI, "TOCI");
        close(element, TOC, "TOC");
    }

    private static final String PARAGRAPHS_ITEMS = "items";

    private void row() {
        if (!find("Table", BookletTags::isSection)) {
            popTo(BookletTags::isFlow);
            push("Table");
        }
        push("TR");
    }

    private void cell(JRPrintElement element, String type) {
        StructureTree.Node top = null;
        for (StructureTree.Node node : open) {
            if (node.is("TR") || node.is("Table") || isSection(node)) {
                top = node;
                break;
            }
        }
        if (top == null || isSection(top)) {
            popTo(BookletTags::isFlow);
            push("Table");
            push("TR");
        } else {
            popTo(n -> n.is("TR") || n.is("Table"));
            if (open.peek().is("Table")) {
                push("TR");
            }
        }
        StructureTree.Node cell = push(type);
        if ("TH".equals(type)) {
            String scope = property(element, SCOPE);
            cell.attribute(TABLE, SCOPE_KEY, new PdfName(scope == null ? "Column" : scope));
        }
        span(cell, property(element, PdfConstants.PROPERTY_TAG_ROWSPAN), ROW_SPAN);
        span(cell, property(element, PdfConstants.PROPERTY_TAG_COLSPAN), COL_SPAN);
    }

    private static void span(StructureTree.Node cell, String value, PdfName key) {
        if (value != null && Integer.parseInt(value) > 1) {
            cell.attribute(TABLE, key, new PdfNumber(Integer.parseInt(value)));
        }
    }

    private void item() {
        if (!find("L", BookletTags::isFlow)) {
            popTo(BookletTags::isFlow);
            push("L");
        }
        push("LI");
    }

    private void heading(JRPrintElement element, String property, String type) {
        if (starts(element, property)) {
            if ("H1".equals(type) || "H2".equals(type)) {
                popTo(BookletTags::isSection);
            } else {
                flowHere();
            }
            push(type);
        }
    }

    /** A local link (a 目次 line) is a Link element in its TOCI, shared by the line's fields. */
    private void openLink(JRPrintElement element) {
        if (element instanceof JRPrintText text && isLocalLink(text) && !open.peek().is("Link")) {
            push("Link");
        }
    }

    private static boolean isLocalLink(JRPrintHyperlink link) {
        return link.getHyperlinkType() == HyperlinkTypeEnum.LOCAL_ANCHOR && link.getHyperlinkAnchor() != null;
    }

    /** The link's annotation over the field, tied to its Link element; JasperReports' own is left out ({@link BookletPdfExporter}). */
    private void annotate(JRPrintText text) {
        StructureTree.Node link = open.peek();
        if (!link.is("Link")) {
            return;
        }
        float left = text.getX() + geometry.offsetX();
        float top = geometry.pageHeight() - text.getY() - geometry.offsetY();
        PdfAnnotation annotation = new PdfAnnotation(writer(), left, top - text.getHeight(), left + text.getWidth(), top,
                PdfAction.gotoLocalPage(text.getHyperlinkAnchor(), false));
        annotation.put(PdfName.CONTENTS, new PdfString(text.getHyperlinkAnchor() + "（ページへ移動）", PdfObject.TEXT_UNICODE));
        annotation.put(PdfName.F, new PdfNumber(PdfAnnotation.FLAGS_PRINT));
        tree.annotate(link, annotation);
    }

    // --- content

    @Override
    protected void startText(JRPrintText text) {
        startText(text, null);
    }

    @Override
    protected void startText(JRPrintText text, String actualText) {
        if (tree == null) {
            return;
        }
        String artifact = property(text, ARTIFACT);
        if (artifact != null) {
            tree.beginArtifact(artifact);
            return;
        }
        StructureTree.Node target;
        if (PARAGRAPHS_ITEMS.equals(property(text, PARAGRAPHS))) {
            if (!open.peek().is("L")) {
                flowHere();
                push("L");
            }
            paragraphDepth = open.size();
            push("LI");
            target = push("LBody");
        } else {
            paragraphDepth = open.size();
            target = contentTarget();
        }
        tree.beginContent(target);
        paragraph = target;
    }

    @Override
    protected void endText() {
        if (tree == null) {
            return;
        }
        if (paragraph == null) {
            tree.endArtifact();
            return;
        }
        tree.endContent();
        while (open.size() > paragraphDepth) {
            pop();
        }
        paragraph = null;
    }

    /** What is drawn now (the 目次's page number, drawn later into its place) belongs to the open element. */
    void beginContentOfOpenElement() {
        if (tree != null) {
            paragraphDepth = open.size();
            tree.beginContent(contentTarget());
        }
    }

    void endContentOfOpenElement() {
        if (tree != null) {
            tree.endContent();
            while (open.size() > paragraphDepth) {
                pop();
            }
        }
    }

    /**
     * The element that takes the text: the heading, cell, label, list body or link the element opened
     * (or one a frame around it opened); otherwise a paragraph of its own in the section.
     */
    private StructureTree.Node contentTarget() {
        StructureTree.Node top = open.peek();
        Context context = elements.peek();
        if (context != null && context.opened(top)) {
            if (isLeaf(top)) {
                return top;
            }
            switch (top.type()) {
                case "L" -> push("LI");
                case "TOC" -> push("TOCI");
                default -> flowHere();
            }
            if (open.peek().is("LI")) {
                return push("LBody");
            }
            return isLeaf(open.peek()) ? open.peek() : push("P");
        }
        if (top.is("Link")) {
            return top;
        }
        popTo(BookletTags::isSection);
        paragraphDepth = open.size();
        return push("P");
    }

    /** Closes what is open down to a place for blocks; in a row that is a new cell. */
    private void flowHere() {
        popTo(n -> isFlow(n) || n.is("TR") || n.is("Table"));
        if (open.peek().is("Table")) {
            push("TR");
        }
        if (open.peek().is("TR")) {
            push("TD");
        }
    }

    @Override
    protected void startImage(JRPrintImage image) {
        if (tree == null) {
            return;
        }
        Context context = elements.peek();
        if (!(context != null && context.opened(open.peek()) && isFlow(open.peek()))) {
            popTo(BookletTags::isSection);
        }
        paragraphDepth = open.size();
        StructureTree.Node figure = push("Figure");
        if (image.getHyperlinkTooltip() != null) {
            figure.alt(image.getHyperlinkTooltip());
        }
        float left = image.getX() + geometry.offsetX();
        float top = geometry.pageHeight() - image.getY() - geometry.offsetY();
        StructureTree.boundingBox(figure, left, top - image.getHeight(), left + image.getWidth(), top);
        tree.beginContent(figure);
        paragraph = figure;
    }

    @Override
    protected void endImage() {
        endText();
    }

    @Override
    protected StyledTextListWriter getListWriter() {
        return null; // the templates' text has no HTML lists
    }

    // --- the stack of open elements

    private StructureTree.Node push(String type) {
        StructureTree.Node node = tree.open(open.peek(), type);
        open.push(node);
        if (!elements.isEmpty()) {
            elements.peek().opened = node;
        }
        return node;
    }

    private void pop() {
        StructureTree.Node node = open.pop();
        if (node == policy) {
            policy = null;
        }
        tree.closed(node);
    }

    private void popTo(Predicate<StructureTree.Node> until) {
        while (open.size() > 1 && !until.test(open.peek())) {
            pop();
        }
    }

    /** Whether a node of the type is open above the boundary; if so, closes what is open inside it. */
    private boolean find(String type, Predicate<StructureTree.Node> boundary) {
        for (StructureTree.Node node : open) {
            if (node.is(type)) {
                popTo(n -> n == node);
                return true;
            }
            if (boundary.test(node)) {
                return false;
            }
        }
        return false;
    }

    private void within(String type, Runnable otherwise) {
        if (!find(type, n -> isFlow(n) || n.is("L") && !"LI".equals(type))) {
            otherwise.run();
        }
    }

    /** Closes the nearest open node of the type (and what is open inside it), if the section has one. */
    private void close(String type) {
        for (StructureTree.Node node : open) {
            if (node.is(type)) {
                while (open.peek() != node) {
                    pop();
                }
                pop();
                return;
            }
            if (isSection(node)) {
                return;
            }
        }
    }

    private void close(JRPrintElement element, String property, String type) {
        String value = property(element, property);
        if (PdfConstants.TAG_END.equals(value) || PdfConstants.TAG_FULL.equals(value)) {
            close(type);
        }
    }

    private static boolean starts(JRPrintElement element, String property) {
        String value = property(element, property);
        return PdfConstants.TAG_START.equals(value) || PdfConstants.TAG_FULL.equals(value);
    }

    private static String property(JRPrintElement element, String property) {
        return element.hasProperties() ? element.getPropertiesMap().getProperty(property) : null;
    }

    private static boolean isSection(StructureTree.Node node) {
        return node.is("Document") || node.is("Sect");
    }

    /** Where blocks (paragraphs, lists, tables, headings) may go. */
    private static boolean isFlow(StructureTree.Node node) {
        return isSection(node) || node.is("TD") || node.is("TH") || node.is("LBody");
    }

    /** Elements that hold text themselves. */
    private static boolean isLeaf(StructureTree.Node node) {
        return switch (node.type()) {
            case "H1", "H2", "H3", "H4", "P", "TH", "TD", "Lbl", "LBody", "Link" -> true;
            default -> false;
        };
    }
}
