package jp.planreport.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a submission workbook by its sheet-scoped defined names, never by cell address. A sheet
 * without the name {@code plan_no} is not a plan sheet (instructions, an example) and is skipped.
 */
public class SubmissionWorkbookReader {

    private static final Logger log = LoggerFactory.getLogger(SubmissionWorkbookReader.class);

    public WorkbookContent read(Path file, String displayName) {
        List<RawPlanSheet> sheets = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            Map<Integer, Map<String, String>> valuesBySheet = new LinkedHashMap<>();
            for (Name name : workbook.getAllNames()) {
                int sheetIndex = name.getSheetIndex();
                if (sheetIndex < 0) {
                    continue; // the contract asks for sheet-scoped names only
                }
                String text = referencedText(workbook, name);
                if (text != null) {
                    valuesBySheet.computeIfAbsent(sheetIndex, i -> new LinkedHashMap<>()).put(name.getNameName(), text);
                }
            }
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                String sheetName = workbook.getSheetName(i);
                Map<String, String> values = valuesBySheet.getOrDefault(i, Map.of());
                if (!values.containsKey(PlanSheetField.PLAN_NO.definedName())) {
                    findings.add(Finding.of(FindingCode.SHEET_IGNORED, displayName, sheetName, null));
                    continue;
                }
                sheets.add(new RawPlanSheet(displayName, sheetName, values));
            }
            if (sheets.isEmpty()) {
                findings.add(Finding.of(FindingCode.NO_PLAN_SHEET, displayName, null, null));
            }
        } catch (IOException | RuntimeException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            // a broken file is the department's problem, not a crash: one finding, detail in the log
            log.warn("UNREADABLE_WORKBOOK {}: {}", displayName, e.toString());
            log.debug("UNREADABLE_WORKBOOK detail", e);
            sheets.clear();
            findings.clear();
            findings.add(Finding.of(FindingCode.UNREADABLE_WORKBOOK, displayName, null, null));
        }
        return new WorkbookContent(sheets, findings);
    }

    /** The text of the top-left cell a name refers to; null when the reference is broken. */
    private static String referencedText(XSSFWorkbook workbook, Name name) {
        String formula = name.getRefersToFormula();
        if (formula == null || formula.contains("#REF!")) {
            return null;
        }
        CellReference first;
        try {
            first = new AreaReference(formula, SpreadsheetVersion.EXCEL2007).getFirstCell();
        } catch (RuntimeException notAReference) {
            return null;
        }
        Sheet sheet = first.getSheetName() != null ? workbook.getSheet(first.getSheetName())
                : workbook.getSheetAt(name.getSheetIndex());
        if (sheet == null) {
            return null;
        }
        int row = first.getRow();
        int col = first.getCol();
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            if (merged.isInRange(row, col)) {
                row = merged.getFirstRow();
                col = merged.getFirstColumn();
                break;
            }
        }
        Row r = sheet.getRow(row);
        Cell cell = r == null ? null : r.getCell(col);
        return CellText.of(cell);
    }
}
