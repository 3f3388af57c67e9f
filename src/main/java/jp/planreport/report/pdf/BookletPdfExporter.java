package jp.planreport.report.pdf;

import java.awt.Color;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.text.AttributedCharacterIterator;
import java.text.AttributedCharacterIterator.Attribute;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRLineBox;
import net.sf.jasperreports.engine.JRPrintHyperlink;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JRRuntimeException;
import net.sf.jasperreports.engine.type.HyperlinkTypeEnum;
import net.sf.jasperreports.engine.util.JRTextAttribute;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.PdfXmpCreator;
import net.sf.jasperreports.pdf.classic.ClassicChunk;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.classic.ClassicPdfUtils;
import net.sf.jasperreports.pdf.classic.ClassicPhrase;
import net.sf.jasperreports.pdf.common.PdfChunk;
import net.sf.jasperreports.pdf.common.PdfDocumentWriter;
import net.sf.jasperreports.pdf.common.PdfPhrase;
import net.sf.jasperreports.pdf.common.PdfProducer;
import net.sf.jasperreports.pdf.common.PdfTextAlignment;
import net.sf.jasperreports.pdf.common.TextDirection;
import net.sf.jasperreports.pdf.type.PdfPrintScalingEnum;
import net.sf.jasperreports.pdf.type.PdfVersionEnum;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;

import jp.planreport.fonts.FontCoverage;

/**
 * The PDF exporter of the booklet. It prints the numbers the parts of the booklet cannot know when
 * they are filled, so the parts (a few plans each) can be filled at the same time and exported while
 * the later ones are still being filled:
 * <ul>
 * <li>the footer field keyed {@value #PAGE_NUMBER} gets 「- N -」, N the page of the whole booklet;</li>
 * <li>a 目次 field keyed {@value #CONTENTS_PAGE} gets the page its link points to. The 目次 is
 * exported before the body, so the field's place is kept as a form XObject that is drawn when the
 * document closes, by which time every part has been filled and its headings placed in the
 * {@link PageIndex}.</li>
 * </ul>
 * Text runs left to right without the Unicode bidirectional algorithm: the booklet is Japanese and
 * the bidi pass of the PDF library was a sixth of the export time.
 * <p>
 * No character vanishes: the PDF library silently leaves out a character its font lacks, so each run
 * of text is set character by character as {@link FontCoverage} says: in its own font, in the
 * fallback (IPAmj Mincho) for the characters IPAex lacks, or as 〓 when no bundled font has it
 * ({@link #substituted()} names those); variation selectors are left out, so their base character
 * prints in its standard form. This happens at export, where every text of the booklet (sheets,
 * plan master, settings, file names) passes, and leaves the templates alone. The fill measured such
 * a character as the font's missing-glyph box, a full em, and every fallback glyph and 〓 is at most
 * that wide, so the lines measured at fill still fit.
 */
final class BookletPdfExporter extends JRPdfExporter {

    static final String PAGE_NUMBER = "pageNumber";
    static final String CONTENTS_PAGE = "contentsPage";

    private final PageIndex index;
    private final List<ReservedNumber> reserved = new ArrayList<>();
    private final FontCoverage fonts = FontCoverage.bundled();
    /** characters printed as 〓, in the order met (the export runs on one thread) */
    private final Set<Integer> substituted = new LinkedHashSet<>();

    private final BookletTags tags;

    BookletPdfExporter(PageIndex index) {
        this.index = index;
        this.tags = new BookletTags(this, new BookletTags.Geometry() {
            @Override
            public int offsetX() {
                return getOffsetX();
            }

            @Override
            public int offsetY() {
                return getOffsetY();
            }

            @Override
            public int pageHeight() {
                return pageFormat.getPageHeight();
            }
        });
        tagHelper = tags;
    }

    /**
     * A local link (the 目次's) is made by {@link BookletTags}, as an annotation tied to its Link
     * element; the chunk's own link annotation would be tied to nothing.
     */
    @Override
    protected boolean setHyperlinkInfo(PdfChunk chunk, JRPrintHyperlink link) {
        if (tags.active() && link != null && link.getHyperlinkType() == HyperlinkTypeEnum.LOCAL_ANCHOR) {
            return false;
        }
        return super.setHyperlinkInfo(chunk, link);
    }

    /** The place of one 目次 page number and how to print it. */
    private record ReservedNumber(PdfTemplate place, String anchor, BaseFont font, float size, Color color,
                                  JRLineBox box, float height) {
    }

    @Override
    public void exportText(JRPrintText text) {
        String key = text.getKey();
        if (PAGE_NUMBER.equals(key)) {
            exportAs(text, "- " + crtDocumentPageNumber + " -");
        } else if (CONTENTS_PAGE.equals(key)) {
            exportAs(text, " "); // the box and the link as for any field; the number comes later
            reserve(text);
        } else {
            super.exportText(text);
        }
    }

    /** The characters no bundled font has, printed as 〓, each once. */
    Set<Integer> substituted() {
        return substituted;
    }

    @Override
    protected void getPhrase(AttributedString as, int beginIndex, int endIndex, String text, JRPrintText textElement,
                             PdfPhrase phrase) {
        if (allInTheirOwnFont(as, beginIndex, endIndex, text)) {
            super.getPhrase(as, beginIndex, endIndex, text, textElement, phrase);
            return;
        }
        StringBuilder printed = new StringBuilder(endIndex - beginIndex);
        List<Run> runs = new ArrayList<>();
        AttributedCharacterIterator iterator = as.getIterator(null, beginIndex, endIndex);
        for (int start = beginIndex; start < endIndex; ) {
            iterator.setIndex(start);
            int limit = Math.min(iterator.getRunLimit(), endIndex);
            Map<Attribute, Object> own = iterator.getAttributes();
            Map<Attribute, Object> fallback = new HashMap<>(own);
            fallback.put(TextAttribute.FAMILY, FontCoverage.FALLBACK_FAMILY);
            fallback.remove(JRTextAttribute.FONT_INFO);
            String family = (String) own.get(TextAttribute.FAMILY);
            for (int i = start; i < limit; ) {
                int codePoint = text.codePointAt(i);
                switch (fonts.glyph(family, codePoint)) {
                    case PRIMARY -> append(printed, runs, own, Character.toString(codePoint));
                    case FALLBACK -> append(printed, runs, fallback, Character.toString(codePoint));
                    case SPACE -> append(printed, runs, own, " ");
                    case OMITTED -> { }
                    case SUBSTITUTE -> {
                        append(printed, runs, own, FontCoverage.SUBSTITUTE);
                        substituted.add(codePoint);
                    }
                }
                i += Character.charCount(codePoint);
            }
            start = limit;
        }
        if (printed.isEmpty()) {
            return;
        }
        AttributedString rewritten = new AttributedString(printed.toString());
        for (Run run : runs) {
            rewritten.addAttributes(run.attributes(), run.start(), run.end());
        }
        super.getPhrase(rewritten, 0, printed.length(), printed.toString(), textElement, phrase);
    }

    /** The common case, checked first: every character prints as it is in its run's font. */
    private boolean allInTheirOwnFont(AttributedString as, int beginIndex, int endIndex, String text) {
        AttributedCharacterIterator iterator = as.getIterator(null, beginIndex, endIndex);
        for (int start = beginIndex; start < endIndex; ) {
            iterator.setIndex(start);
            int limit = Math.min(iterator.getRunLimit(), endIndex);
            String family = (String) iterator.getAttribute(TextAttribute.FAMILY);
            for (int i = start; i < limit; ) {
                int codePoint = text.codePointAt(i);
                if (fonts.glyph(family, codePoint) != FontCoverage.Glyph.PRIMARY) {
                    return false;
                }
                i += Character.charCount(codePoint);
            }
            start = limit;
        }
        return true;
    }

    /** A stretch of the rewritten text and the attributes (own font or fallback) it prints with. */
    private record Run(Map<Attribute, Object> attributes, int start, int end) {
    }

    private static void append(StringBuilder printed, List<Run> runs, Map<Attribute, Object> attributes, String chars) {
        int start = printed.length();
        printed.append(chars);
        Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
        if (last != null && last.attributes() == attributes && last.end() == start) {
            runs.set(runs.size() - 1, new Run(attributes, last.start(), printed.length()));
        } else {
            runs.add(new Run(attributes, start, printed.length()));
        }
    }

    private void exportAs(JRPrintText text, String value) {
        String placeholder = text.getFullText();
        text.setText(value);
        try {
            super.exportText(text);
        } finally {
            text.setText(placeholder);
        }
    }

    private void reserve(JRPrintText text) {
        PdfContentByte page = producer().getPdfContentByte();
        PdfTemplate place = page.createTemplate(text.getWidth(), text.getHeight());
        float x = text.getX() + getOffsetX();
        float y = pageFormat.getPageHeight() - text.getY() - getOffsetY() - text.getHeight();
        tags.beginContentOfOpenElement(); // the number is the link's text
        page.addTemplate(place, x, y);
        tags.endContentOfOpenElement();
        reserved.add(new ReservedNumber(place, text.getHyperlinkAnchor(), PdfFonts.of(text.getFontName()),
                text.getFontSize(), text.getForecolor(), text.getLineBox(), text.getHeight()));
    }

    /** Right-aligned and vertically centred in the field's box, as the template lays out the field. */
    private void drawReservedNumbers() {
        for (ReservedNumber number : reserved) {
            Integer page = index.pageOf(number.anchor());
            if (page == null) {
                throw new IllegalStateException("目次の見出しが本文にありません: " + number.anchor());
            }
            float ascent = number.font().getFontDescriptor(BaseFont.AWT_ASCENT, number.size());
            float descent = -number.font().getFontDescriptor(BaseFont.AWT_DESCENT, number.size());
            JRLineBox box = number.box();
            float inner = number.height() - box.getTopPadding() - box.getBottomPadding();
            float baseline = box.getBottomPadding() + (inner - ascent - descent) / 2 + descent;
            float right = number.place().getWidth() - box.getRightPadding();
            ColumnText.showTextAligned(number.place(), Element.ALIGN_RIGHT,
                    new Phrase(page.toString(), new Font(number.font(), number.size(), Font.NORMAL, number.color())),
                    right, baseline, 0);
        }
    }

    private ClassicPdfProducer producer() {
        return (ClassicPdfProducer) pdfProducer;
    }

    @Override
    protected PdfProducer createPdfProducer() {
        return new ClassicPdfProducer(createPdfProducerContext()) {
            @Override
            public PdfPhrase createPhrase() {
                return new LeftToRightPhrase(this, new Phrase());
            }

            @Override
            public PdfPhrase createPhrase(PdfChunk chunk) {
                return new LeftToRightPhrase(this, new Phrase(((ClassicChunk) chunk).getChunk()));
            }

            @Override
            public Font getFont(Map<Attribute, Object> attributes, Locale locale) {
                return PdfFonts.forPdfA(super.getFont(attributes, locale));
            }

            @Override
            public PdfDocumentWriter createWriter(OutputStream out) throws JRException {
                PdfDocumentWriter writer = super.createWriter(out);
                // the fastest deflate: the booklet's content streams are text, which compresses well
                // at any level, and the default level cost a seventh of the export time
                getPdfWriter().setCompressionLevel(Deflater.BEST_SPEED);
                return new AccessibleWriter(writer, getPdfWriter());
            }

            @Override
            public void close() {
                drawReservedNumbers();
                try {
                    tags.finish();
                } catch (IOException e) {
                    throw new JRRuntimeException(e);
                }
                super.close();
            }
        };
    }

    /** The document writer of JasperReports, with XMP metadata that declares PDF/UA-1 as well. */
    private static final class AccessibleWriter implements PdfDocumentWriter {

        private final PdfDocumentWriter writer;
        private final PdfWriter pdfWriter;
        private PdfaConformanceEnum conformance;

        AccessibleWriter(PdfDocumentWriter writer, PdfWriter pdfWriter) {
            this.writer = writer;
            this.pdfWriter = pdfWriter;
        }

        @Override
        public void setPdfVersion(PdfVersionEnum pdfVersion) {
            writer.setPdfVersion(pdfVersion);
        }

        @Override
        public void setMinimalPdfVersion(PdfVersionEnum minimalVersion) {
            writer.setMinimalPdfVersion(minimalVersion);
        }

        @Override
        public void setFullCompression() {
            writer.setFullCompression();
        }

        @Override
        public void setEncryption(String userPassword, String ownerPassword, int permissions, boolean is128BitKey)
                throws JRException {
            writer.setEncryption(userPassword, ownerPassword, permissions, is128BitKey);
        }

        @Override
        public void setPrintScaling(PdfPrintScalingEnum printScaling) {
            writer.setPrintScaling(printScaling);
        }

        @Override
        public void setNoSpaceCharRatio() {
            writer.setNoSpaceCharRatio();
        }

        @Override
        public void setTabOrderStructure() {
            writer.setTabOrderStructure();
        }

        @Override
        public void setLanguage(String language) {
            writer.setLanguage(language);
        }

        @Override
        public void setPdfaConformance(PdfaConformanceEnum pdfaConformance) {
            conformance = pdfaConformance;
            writer.setPdfaConformance(pdfaConformance);
        }

        @Override
        public void createXmpMetadata(String title, String subject, String keywords) {
            if (conformance == PdfaConformanceEnum.PDFA_2A && PdfXmpCreator.supported()) {
                pdfWriter.setXmpMetadata(AccessibleXmp.withPdfUa(PdfXmpCreator.createXmpMetadata(pdfWriter, conformance)));
            } else {
                writer.createXmpMetadata(title, subject, keywords);
            }
        }

        @Override
        public void setRgbTransparencyBlending(boolean rgbTransparencyBlending) {
            writer.setRgbTransparencyBlending(rgbTransparencyBlending);
        }

        @Override
        public void setIccProfilePath(String iccProfilePath, InputStream iccIs) throws IOException {
            writer.setIccProfilePath(iccProfilePath, iccIs);
        }

        @Override
        public void addJavaScript(String pdfJavaScript) {
            writer.addJavaScript(pdfJavaScript);
        }

        @Override
        public void setDisplayMetadataTitle() {
            writer.setDisplayMetadataTitle();
        }
    }

    /** A phrase laid out with the bidi pass switched off for left-to-right text. */
    private static final class LeftToRightPhrase extends ClassicPhrase {

        private final ClassicPdfProducer producer;
        private final Phrase phrase;

        LeftToRightPhrase(ClassicPdfProducer producer, Phrase phrase) {
            super(producer, phrase);
            this.producer = producer;
            this.phrase = phrase;
        }

        @Override
        public float go(float llx, float lly, float urx, float ury, float fixedLeading, float multipliedLeading,
                        PdfTextAlignment alignment, TextDirection runDirection) {
            if (runDirection == TextDirection.RTL) {
                return super.go(llx, lly, urx, ury, fixedLeading, multipliedLeading, alignment, runDirection);
            }
            ColumnText column = new ColumnText(producer.getPdfContentByte());
            column.setSimpleColumn(phrase, llx, lly, urx, ury, fixedLeading, ClassicPdfUtils.toPdfAlignment(alignment));
            if (multipliedLeading != 0f) {
                column.setLeading(fixedLeading, multipliedLeading);
            }
            column.setRunDirection(PdfWriter.RUN_DIRECTION_NO_BIDI);
            try {
                column.go();
            } catch (DocumentException e) {
                throw new JRRuntimeException(e);
            }
            return column.getYLine();
        }
    }
}
