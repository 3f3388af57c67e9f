package jp.planreport.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfNumberTree;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureTreeRoot;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The booklet's logical structure (its tags) and the marked content that ties the page content to
 * it, written as the pages are written.
 *
 * <p>Why not OpenPDF's own structure elements: they stay in memory until the document closes (a
 * booklet of thousands of pages has hundreds of thousands of them), they cannot tie an annotation
 * to its element (PDF/UA wants each link in a Link element) and everything drawn outside them is
 * neither tagged nor an artifact. Here every element gets its object number when it is opened, a
 * section is written to the file as soon as it is closed, and the content of a page is an artifact
 * (/Artifact) except while an element is open for it ({@link #beginContent}). OpenPDF still writes
 * the pages' /StructParents, the catalog's /MarkInfo and the root, whose /K and /ParentTree are set
 * here.
 */
final class StructureTree {

    /** Parent tree keys of annotations start here, far above any page's key (the page index). */
    private static final int ANNOTATION_KEYS = 10_000_000;
    private static final PdfName ARTIFACT = new PdfName("Artifact");
    private static final PdfName TYPE_OBJR = new PdfName("OBJR");
    private static final PdfName TYPE_STRUCT_ELEM = new PdfName("StructElem");
    private static final PdfName OBJ = new PdfName("Obj");
    private static final PdfName BBOX = new PdfName("BBox");
    private static final PdfName LAYOUT = new PdfName("Layout");

    private enum Mode { NONE, ARTIFACT, CONTENT, TYPED_ARTIFACT }

    /** One structure element: its type, its place, and (until written) its kids. */
    static final class Node {
        final PdfName type;
        final Node parent;
        final PdfIndirectReference ref;
        private List<Object> kids = new ArrayList<>(2);
        private PdfIndirectReference page;
        private PdfDictionary attributes;
        private String alt;
        private String lang;
        private boolean written;

        private Node(PdfName type, Node parent, PdfIndirectReference ref) {
            this.type = type;
            this.parent = parent;
            this.ref = ref;
        }

        String type() {
            return type.toString().substring(1);
        }

        boolean is(String name) {
            return type().equals(name);
        }

        void attribute(PdfName owner, PdfName key, PdfObject value) {
            if (attributes == null) {
                attributes = new PdfDictionary();
                attributes.put(PdfName.O, owner);
            }
            attributes.put(key, value);
        }

        void alt(String text) {
            alt = text;
        }
    }

    /** Marked content on a page. */
    private record Mcr(PdfIndirectReference page, int mcid) {
    }

    /** An annotation on a page. */
    private record Objr(PdfIndirectReference page, PdfIndirectReference annotation) {
    }

    private final PdfWriter writer;
    private final Supplier<PdfContentByte> content;
    private final Map<String, PdfName> names = new HashMap<>();
    private final Map<Integer, PdfIndirectReference> parentTree = new HashMap<>();
    private final Node document;
    private int nextAnnotationKey = ANNOTATION_KEYS;

    private int pageNumber;
    private PdfIndirectReference pageRef;
    private List<PdfIndirectReference> pageMarks;
    private Mode mode = Mode.NONE;
    private int contentDepth;

    StructureTree(PdfWriter writer, Supplier<PdfContentByte> content, String language) {
        this.writer = writer;
        this.content = content;
        this.document = new Node(name("Document"), null, writer.getPdfIndirectReference());
        document.lang = language;
    }

    Node document() {
        return document;
    }

    Node open(Node parent, String type) {
        Node node = new Node(name(type), parent, writer.getPdfIndirectReference());
        parent.kids.add(node);
        return node;
    }

    /** A closed section goes to the file at once, and only its number stays in memory. */
    void closed(Node node) {
        if (node.is("Sect")) {
            write(node);
        }
    }

    // --- pages and marked content

    /** Called before anything is drawn on a page (the page anchor comes first). */
    void startPage() {
        int current = writer.getCurrentPageNumber();
        if (current == pageNumber && pageMarks != null) {
            return;
        }
        pageNumber = current;
        pageRef = writer.getPageReference(current);
        pageMarks = new ArrayList<>();
        openArtifact();
    }

    void endPage() {
        if (pageMarks == null) {
            return;
        }
        closeMarkedContent();
        try {
            parentTree.put(pageNumber - 1, writer.addToBody(new PdfArray(new ArrayList<>(pageMarks))).getIndirectReference());
        } catch (IOException e) {
            throw new ExceptionConverter(e);
        }
        pageMarks = null;
    }

    /** What is drawn from now on is the content of the node (until {@link #endContent}). */
    void beginContent(Node node) {
        if (mode == Mode.CONTENT) {
            contentDepth++; // already inside real content: it goes to the element that holds it
            return;
        }
        closeMarkedContent();
        int mcid = pageMarks.size();
        pageMarks.add(node.ref);
        if (node.page == null) {
            node.page = pageRef;
        }
        node.kids.add(new Mcr(pageRef, mcid));
        PdfDictionary properties = new PdfDictionary();
        properties.put(PdfName.MCID, new PdfNumber(mcid));
        content.get().beginMarkedContentSequence(node.type, properties, true);
        mode = Mode.CONTENT;
        contentDepth = 1;
    }

    void endContent() {
        if (mode != Mode.CONTENT) {
            return;
        }
        if (--contentDepth > 0) {
            return;
        }
        content.get().endMarkedContentSequence();
        mode = Mode.NONE;
        openArtifact();
    }

    /** Text that is not content: the running header and page numbers (Pagination), the draft's 「案」 (Watermark). */
    void beginArtifact(String type) {
        if (mode == Mode.CONTENT) {
            return; // never an artifact inside content; cannot happen with the booklet's templates
        }
        closeMarkedContent();
        PdfDictionary properties = new PdfDictionary();
        if ("Watermark".equals(type)) {
            properties.put(PdfName.TYPE, new PdfName("Pagination"));
            properties.put(PdfName.SUBTYPE, new PdfName("Watermark"));
        } else {
            properties.put(PdfName.TYPE, new PdfName(type));
        }
        content.get().beginMarkedContentSequence(ARTIFACT, properties, true);
        mode = Mode.TYPED_ARTIFACT;
    }

    void endArtifact() {
        if (mode == Mode.TYPED_ARTIFACT) {
            closeMarkedContent();
            openArtifact();
        }
    }

    private void openArtifact() {
        content.get().beginMarkedContentSequence(ARTIFACT, null, false);
        mode = Mode.ARTIFACT;
    }

    private void closeMarkedContent() {
        if (mode != Mode.NONE) {
            content.get().endMarkedContentSequence();
            mode = Mode.NONE;
            contentDepth = 0;
        }
    }

    /** Ties an annotation of the current page to the node (a Link) and adds it to the page. */
    void annotate(Node node, PdfAnnotation annotation) {
        int key = nextAnnotationKey++;
        annotation.put(PdfName.STRUCTPARENT, new PdfNumber(key));
        writer.addAnnotation(annotation);
        parentTree.put(key, node.ref);
        node.kids.add(new Objr(pageRef, annotation.getIndirectReference()));
    }

    /** The bounding box of a Figure, in the page's coordinates. */
    static void boundingBox(Node node, float llx, float lly, float urx, float ury) {
        node.attribute(LAYOUT, BBOX, new PdfArray(new float[] {llx, lly, urx, ury}));
    }

    // --- writing

    /** Writes the document element and the parent tree, and hands them to OpenPDF's root. Call once, before the document closes. */
    void finish() throws IOException {
        write(document);
        PdfStructureTreeRoot root = writer.getStructureTreeRoot();
        root.put(PdfName.K, document.ref);
        PdfDictionary tree = PdfNumberTree.writeTree(parentTree, writer);
        if (tree != null) {
            root.put(PdfName.PARENTTREE, writer.addToBody(tree).getIndirectReference());
        }
        root.put(new PdfName("ParentTreeNextKey"), new PdfNumber(nextAnnotationKey));
    }

    private void write(Node node) {
        if (node.written) {
            return;
        }
        PdfDictionary element = new PdfDictionary(TYPE_STRUCT_ELEM);
        element.put(PdfName.S, node.type);
        element.put(PdfName.P, node.parent == null ? writer.getStructureTreeRoot().getReference() : node.parent.ref);
        if (node.page != null) {
            element.put(PdfName.PG, node.page);
        }
        PdfArray kids = new PdfArray();
        for (Object kid : node.kids) {
            if (kid instanceof Node child) {
                write(child);
                kids.add(child.ref);
            } else if (kid instanceof Mcr mcr) {
                if (mcr.page().equals(node.page)) {
                    kids.add(new PdfNumber(mcr.mcid()));
                } else {
                    PdfDictionary reference = new PdfDictionary(PdfName.MCR);
                    reference.put(PdfName.PG, mcr.page());
                    reference.put(PdfName.MCID, new PdfNumber(mcr.mcid()));
                    kids.add(reference);
                }
            } else if (kid instanceof Objr objr) {
                PdfDictionary reference = new PdfDictionary(TYPE_OBJR);
                reference.put(PdfName.PG, objr.page());
                reference.put(OBJ, objr.annotation());
                kids.add(reference);
            }
        }
        element.put(PdfName.K, kids);
        if (node.attributes != null) {
            element.put(PdfName.A, node.attributes);
        }
        if (node.lang != null) {
            element.put(PdfName.LANG, new PdfString(node.lang));
        }
        if (node.alt != null) {
            element.put(PdfName.ALT, new PdfString(node.alt, PdfObject.TEXT_UNICODE));
        }
        try {
            writer.addToBody(element, node.ref);
        } catch (IOException e) {
            throw new ExceptionConverter(e);
        }
        node.written = true;
        node.kids = List.of();
        node.attributes = null;
    }

    private PdfName name(String type) {
        return names.computeIfAbsent(type, PdfName::new);
    }
}
