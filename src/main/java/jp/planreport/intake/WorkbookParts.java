package jp.planreport.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The parts of an .xlsx the intake needs, each read once by SAX (POI's safely configured parser)
 * instead of building POI's XSSF DOM: the sheets and defined names of workbook.xml, the sheets
 * themselves (only the cells asked for), and, on first use, the shared strings and the number formats.
 * Sheets are the worksheets and chart sheets workbook.xml lists whose part exists, in its order, as
 * XSSFWorkbook counted them (a defined name's localSheetId indexes this list).
 */
final class WorkbookParts {

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final Set<String> SHEET_RELATIONSHIPS = Set.of(RELATIONSHIPS + "/worksheet", RELATIONSHIPS + "/chartsheet");
    private static final String STYLES = RELATIONSHIPS + "/styles";
    private static final String SHARED_STRINGS = RELATIONSHIPS + "/sharedStrings";

    /** A sheet: its tab name, its part, and whether its tab is hidden (state hidden or veryHidden). */
    record Sheet(String name, PackagePart part, boolean hidden) {
    }

    /** A defined name as workbook.xml has it; sheetIndex -1 for a workbook-scoped name. */
    record DefinedName(String name, int sheetIndex, String formula) {
    }

    private final OPCPackage pkg;
    private final PackagePart workbook;
    private final List<Sheet> sheets = new ArrayList<>();
    private final List<DefinedName> names;
    private final boolean date1904;
    private List<String> sharedStrings;
    private NumberFormats numberFormats;

    WorkbookParts(OPCPackage pkg) throws IOException, SAXException, InvalidFormatException {
        this.pkg = pkg;
        PackageRelationship main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
        if (main == null) {
            throw new InvalidFormatException("no workbook part (not a transitional SpreadsheetML package)");
        }
        workbook = pkg.getPart(main);
        if (workbook == null) {
            throw new InvalidFormatException("the workbook part is missing");
        }
        WorkbookXml xml = parse(workbook, new WorkbookXml());
        if (!xml.hasSheets) {
            throw new InvalidFormatException("a workbook without sheets");
        }
        for (String[] sheet : xml.sheets) {
            PackagePart part = related(sheet[1]);
            if (part != null) {
                sheets.add(new Sheet(sheet[0], part, sheet[2] != null && !sheet[2].equals("visible")));
            }
        }
        names = xml.names;
        date1904 = xml.date1904;
    }

    List<Sheet> sheets() {
        return sheets;
    }

    List<DefinedName> names() {
        return names;
    }

    /** Dates count from 1904 (a workbook made on an old Mac) instead of 1900. */
    boolean date1904() {
        return date1904;
    }

    /** The first sheet of that name, ignoring case as Excel (and XSSFWorkbook.getSheet) does. */
    Sheet sheet(String name) {
        return sheets.stream().filter(s -> name.equalsIgnoreCase(s.name())).findFirst().orElse(null);
    }

    /** Reads one sheet, keeping the cells at the given keys ({@link SheetCells#key}). */
    SheetCells cells(Sheet sheet, Set<Long> wanted) throws IOException, SAXException {
        return parse(sheet.part(), SheetCells.handler(wanted));
    }

    /** Shared string {@code index} (null for an {@code <si>} without text); throws when there is none. */
    String sharedString(int index) throws IOException, SAXException {
        if (sharedStrings == null) {
            PackagePart part = relatedByType(SHARED_STRINGS);
            sharedStrings = part == null ? List.of() : parse(part, new SharedStringsXml()).strings;
        }
        return sharedStrings.get(index);
    }

    NumberFormats numberFormats() throws IOException, SAXException {
        if (numberFormats == null) {
            PackagePart part = relatedByType(STYLES);
            numberFormats = part == null ? NumberFormats.DEFAULT : parse(part, new StylesXml()).formats();
        }
        return numberFormats;
    }

    /** A sheet's part by its relationship id; null when it is not a (chart) sheet or not in the package. */
    private PackagePart related(String relationshipId) throws InvalidFormatException {
        PackageRelationship rel = relationshipId == null ? null : workbook.getRelationship(relationshipId);
        if (rel == null || rel.getTargetMode() == TargetMode.EXTERNAL || !SHEET_RELATIONSHIPS.contains(rel.getRelationshipType())) {
            return null;
        }
        return pkg.getPart(PackagingURIHelper.createPartName(rel.getTargetURI()));
    }

    private PackagePart relatedByType(String type) throws IOException {
        try {
            for (PackageRelationship rel : workbook.getRelationshipsByType(type)) {
                if (rel.getTargetMode() != TargetMode.EXTERNAL) {
                    PackagePart part = pkg.getPart(PackagingURIHelper.createPartName(rel.getTargetURI()));
                    if (part != null) {
                        return part;
                    }
                }
            }
            return null;
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    private static <H extends ContentHandler> H parse(PackagePart part, H handler) throws IOException, SAXException {
        XMLReader reader;
        try {
            reader = XMLHelper.newXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        reader.setContentHandler(handler);
        try (InputStream in = part.getInputStream()) {
            reader.parse(new InputSource(in));
        }
        return handler;
    }

    /** workbook.xml: {@code <sheets>} (name, r:id, state), {@code <definedNames>} and the date system. */
    private static final class WorkbookXml extends DefaultHandler {
        final List<String[]> sheets = new ArrayList<>();
        final List<DefinedName> names = new ArrayList<>();
        boolean hasSheets;
        boolean date1904;
        private boolean inSheets;
        private String name;
        private int sheetIndex;
        private StringBuilder formula;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (!SheetCells.MAIN_NS.equals(uri)) {
                return;
            }
            switch (localName) {
                case "sheets" -> {
                    inSheets = true;
                    hasSheets = true;
                }
                case "sheet" -> {
                    if (inSheets) {
                        sheets.add(new String[] {attributes.getValue("name"), attributes.getValue(RELATIONSHIPS, "id"),
                                attributes.getValue("state")});
                    }
                }
                case "workbookPr" -> {
                    String value = attributes.getValue("date1904");
                    date1904 = "1".equals(value) || "true".equals(value);
                }
                case "definedName" -> {
                    name = attributes.getValue("name");
                    String local = attributes.getValue("localSheetId");
                    sheetIndex = local == null ? -1 : (int) Long.parseLong(local);
                    formula = new StringBuilder();
                }
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (!SheetCells.MAIN_NS.equals(uri)) {
                return;
            }
            if (localName.equals("sheets")) {
                inSheets = false;
            } else if (localName.equals("definedName") && formula != null) {
                // an empty name refers to nothing, as XSSFName.getRefersToFormula() said
                names.add(new DefinedName(name, sheetIndex, formula.isEmpty() ? null : formula.toString()));
                formula = null;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (formula != null) {
                formula.append(ch, start, length);
            }
        }
    }

    /** sharedStrings.xml: the text of every {@code <si>}, in order. */
    private static final class SharedStringsXml extends DefaultHandler {
        final List<String> strings = new ArrayList<>();
        private RichText item;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (!SheetCells.MAIN_NS.equals(uri)) {
                return;
            }
            if (localName.equals("si")) {
                item = new RichText();
            } else if (item != null) {
                item.start(localName);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (!SheetCells.MAIN_NS.equals(uri) || item == null) {
                return;
            }
            if (localName.equals("si")) {
                strings.add(item.text());
                item = null;
            } else {
                item.end(localName);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (item != null) {
                item.characters(ch, start, length);
            }
        }
    }

    /** styles.xml: the custom number formats and each cell format's number format id. */
    private static final class StylesXml extends DefaultHandler {
        private final Map<Short, String> custom = new HashMap<>();
        private final List<Integer> cellFormats = new ArrayList<>();
        private String parent = "";
        private int depth;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            depth++;
            if (!SheetCells.MAIN_NS.equals(uri)) {
                return;
            }
            if (depth == 2) {
                parent = localName;
            } else if (depth == 3 && localName.equals("numFmt") && parent.equals("numFmts")) {
                custom.put((short) Long.parseLong(attributes.getValue("numFmtId")), attributes.getValue("formatCode"));
            } else if (depth == 3 && localName.equals("xf") && parent.equals("cellXfs")) {
                String id = attributes.getValue("numFmtId");
                cellFormats.add(id == null ? 0 : (int) Long.parseLong(id));
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (depth-- == 2) {
                parent = "";
            }
        }

        NumberFormats formats() {
            return new NumberFormats(custom, cellFormats);
        }
    }
}
