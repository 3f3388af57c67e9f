package jp.planreport.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One worksheet part read by SAX, keeping only the cells asked for (by row and column), plus what
 * decides how they read: merged ranges, array-formula ranges and column styles. Row and column
 * numbers follow what XSSFSheet/XSSFRow/XSSFCell made of the same XML (a row or cell without its
 * {@code r} attribute comes after the last one; of two with the same number the later wins).
 */
final class SheetCells extends DefaultHandler {

    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /** A cell as the sheet XML has it: its type, style, formula, value and inline text. */
    record Cell(int row, int col, String type, long style, boolean formula, String value, boolean inline,
                String inlineText) {
    }

    private record Column(long min, long max, int style) {
    }

    private final Set<Long> wanted;
    private final Map<Long, Cell> cells = new HashMap<>();
    private final List<String> mergeRefs = new ArrayList<>();
    private final List<String> arrayFormulaRefs = new ArrayList<>();
    private final List<Column> columns = new ArrayList<>();
    private List<CellRangeAddress> merged;
    private List<CellRangeAddress> arrayFormulas;

    // where the parser is
    private boolean inSheetData;
    private boolean inMergeCells;
    private int colsElements;
    private final Set<Integer> rowsSeen = new HashSet<>();
    private int lastRow = -1;
    private int row;
    private int lastColInRow;
    // the wanted cell being read; null while in any other cell
    private CellBuilder cell;
    private StringBuilder value;
    private RichText inline;
    private int inlineDepth;

    private SheetCells(Set<Long> wanted) {
        this.wanted = wanted;
    }

    static SheetCells handler(Set<Long> wanted) {
        return new SheetCells(wanted);
    }

    static long key(int row, int col) {
        return (long) row << 32 | (col & 0xFFFFFFFFL);
    }

    /** The cell at that place, null when the sheet has none there (or it was not asked for). */
    Cell cell(int row, int col) {
        return cells.get(key(row, col));
    }

    /** The merged ranges in the sheet's order, parsed on first use as XSSFSheet.getMergedRegions() did. */
    List<CellRangeAddress> mergedRegions() {
        if (merged == null) {
            merged = mergeRefs.stream().map(CellRangeAddress::valueOf).toList();
        }
        return merged;
    }

    /** XSSFCell counts a cell inside an array formula's range as a formula cell even without {@code <f>}. */
    boolean inArrayFormula(int row, int col) {
        if (arrayFormulas == null) {
            arrayFormulas = arrayFormulaRefs.stream().map(CellRangeAddress::valueOf).toList();
        }
        return arrayFormulas.stream().anyMatch(range -> range.isInRange(row, col));
    }

    /** The style index of the column's {@code <col>} (first {@code <cols>} only, as POI), -1 when none. */
    int columnStyle(int col) {
        long oneBased = col + 1L;
        for (Column c : columns) {
            if (c.min() <= oneBased && oneBased <= c.max()) {
                return c.style();
            }
        }
        return -1;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (!MAIN_NS.equals(uri)) {
            return;
        }
        if (inline != null) {
            inlineDepth++;
            inline.start(localName);
            return;
        }
        switch (localName) {
            case "sheetData" -> inSheetData = true;
            case "row" -> {
                if (inSheetData) {
                    startRow(attributes.getValue("r"));
                }
            }
            case "c" -> {
                if (inSheetData) {
                    startCell(attributes);
                }
            }
            case "f" -> {
                if (inSheetData) {
                    String type = attributes.getValue("t");
                    String ref = attributes.getValue("ref");
                    if ("array".equals(type) && ref != null) {
                        arrayFormulaRefs.add(ref);
                    }
                    if (cell != null && !"dataTable".equals(type)) {
                        cell.formula = true;
                    }
                }
            }
            case "v" -> {
                if (cell != null) {
                    value = new StringBuilder();
                }
            }
            case "is" -> {
                if (cell != null) {
                    inline = new RichText();
                    inlineDepth = 0;
                    cell.inline = true;
                }
            }
            case "mergeCells" -> inMergeCells = true;
            case "mergeCell" -> {
                String ref = attributes.getValue("ref");
                if (inMergeCells && ref != null) {
                    mergeRefs.add(ref);
                }
            }
            case "cols" -> colsElements++;
            case "col" -> {
                if (colsElements == 1) {
                    String style = attributes.getValue("style");
                    columns.add(new Column(Long.parseLong(attributes.getValue("min")),
                            Long.parseLong(attributes.getValue("max")), style == null ? 0 : Integer.parseInt(style)));
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (!MAIN_NS.equals(uri)) {
            return;
        }
        if (inline != null) {
            if (inlineDepth == 0) { // </is>
                cell.inlineText = inline.text();
                inline = null;
            } else {
                inlineDepth--;
                inline.end(localName);
            }
            return;
        }
        switch (localName) {
            case "sheetData" -> inSheetData = false;
            case "mergeCells" -> inMergeCells = false;
            case "v" -> {
                if (cell != null && value != null) {
                    cell.value = value.toString();
                    value = null;
                }
            }
            case "c" -> {
                if (cell != null) {
                    cells.put(key(cell.row, cell.col), cell.build());
                    cell = null;
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inline != null) {
            inline.characters(ch, start, length);
        } else if (value != null) {
            value.append(ch, start, length);
        }
    }

    private void startRow(String r) {
        row = r != null ? Math.toIntExact(Long.parseLong(r) - 1) : lastRow + 1;
        lastRow = Math.max(lastRow, row);
        lastColInRow = -1;
        if (!rowsSeen.add(row)) {
            cells.keySet().removeIf(k -> (int) (k >> 32) == row); // a repeated row replaces the earlier one
        }
    }

    private void startCell(Attributes attributes) {
        String r = attributes.getValue("r");
        int col = r != null ? column(r) : lastColInRow + 1;
        lastColInRow = Math.max(lastColInRow, col);
        if (!wanted.contains(key(row, col))) {
            cell = null;
            return;
        }
        cell = new CellBuilder();
        cell.row = row;
        cell.col = col;
        String type = attributes.getValue("t");
        cell.type = type == null ? "n" : type;
        String style = attributes.getValue("s");
        cell.style = style == null ? -1 : Long.parseLong(style);
    }

    /** The column of a cell reference such as "AB12"; CellReference for anything unusual. */
    private static int column(String ref) {
        int col = 0;
        int i = 0;
        while (i < ref.length() && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z') {
            col = col * 26 + (ref.charAt(i) - 'A' + 1);
            i++;
        }
        if (i == 0 || i == ref.length()) {
            return new CellReference(ref).getCol();
        }
        for (int j = i; j < ref.length(); j++) {
            if (ref.charAt(j) < '0' || ref.charAt(j) > '9') {
                return new CellReference(ref).getCol();
            }
        }
        return col - 1;
    }

    private static final class CellBuilder {
        int row;
        int col;
        String type;
        long style;
        boolean formula;
        String value;
        boolean inline;
        String inlineText;

        Cell build() {
            return new Cell(row, col, type, style, formula, value, inline, inlineText);
        }
    }
}
