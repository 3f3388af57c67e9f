package jp.planreport.intake;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jp.planreport.model.Finding;
import jp.planreport.model.FindingCode;
import jp.planreport.model.PlanSheetField;

/**
 * Reads a submission workbook by its sheet-scoped defined names, never by cell address. A sheet
 * without the name {@code plan_no} is not a plan sheet (instructions, an example) and is skipped;
 * of two sheets of one plan, one is read on (a visible one before a hidden one) and both are named.
 * Whatever the file really is (empty, not a zip, an .xls or encrypted file under an .xlsx name, a
 * macro workbook, a truncated or corrupt zip, a zip bomb) becomes one finding, never an exception.
 * The parts are streamed ({@link WorkbookParts}): only workbook.xml, the sheets the names point to
 * and the shared strings and number formats their cells need are read, never POI's full XSSF DOM,
 * which cost most of the intake's time at a thousand plans.
 */
public class SubmissionWorkbookReader {

    /** The sheet-scoped name of the template's 記入要領 sheet: ours, so skipped without a notice. */
    public static final String INSTRUCTIONS_NAME = "instructions";
    /** How a finding marks a hidden sheet after its name. */
    private static final String HIDDEN = "（非表示）";
    private static final Logger log = LoggerFactory.getLogger(SubmissionWorkbookReader.class);
    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;

    private final IntakeLimits limits;

    /** With the default limits (tests, tools). */
    public SubmissionWorkbookReader() {
        this(IntakeLimits.DEFAULTS);
    }

    /**
     * POI's own zip guards are process-wide and set once at start ({@code config.LibrarySettings});
     * these limits are the ones the reader applies itself, before POI opens the file.
     */
    public SubmissionWorkbookReader(IntakeLimits limits) {
        this.limits = limits;
    }

    public WorkbookContent read(Path file, String displayName) {
        FindingCode problem = whatIsWrongWithTheFile(file, displayName);
        if (problem != null) {
            return refused(problem, displayName);
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            if (hasMacros(pkg)) {
                return refused(FindingCode.MACRO_ENABLED, displayName);
            }
            return planSheets(new WorkbookParts(pkg), displayName);
        } catch (Exception | StackOverflowError e) {
            // a broken file is the department's problem, not a crash: one finding, detail in the log
            FindingCode code = classify(e, file);
            log.warn("{} {}: {}", code, displayName, e.toString(), e);
            return refused(code, displayName);
        }
    }

    private WorkbookContent refused(FindingCode code, String displayName) {
        Object detail = code == FindingCode.WORKBOOK_TOO_LARGE ? megabytes(limits.maxPartBytes()) : null;
        return new WorkbookContent(List.of(), List.of(Finding.of(code, displayName, null, null, detail)));
    }

    /** Looks at the bytes, not the name: what the file claims to be does not matter. */
    /** A size as the office reads it: whole megabytes when it is some, else kilobytes. */
    static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 || bytes >= 10L * 1024 * 1024 ? (bytes / 1024 / 1024) + " MB" : (bytes / 1024) + " KB";
    }

    private FindingCode whatIsWrongWithTheFile(Path file, String displayName) {
        try {
            if (Files.size(file) == 0) {
                return FindingCode.EMPTY_FILE;
            }
            FileMagic magic;
            try (InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(Files.newInputStream(file)))) {
                magic = FileMagic.valueOf(in);
            }
            return switch (magic) {
                case OOXML -> tooLargeParts(file);
                case OLE2 -> encryptedOrXls(file);
                case BIFF2, BIFF3, BIFF4 -> FindingCode.XLS_RENAMED;
                default -> FindingCode.UNREADABLE_WORKBOOK;
            };
        } catch (IOException e) {
            log.warn("UNREADABLE_WORKBOOK {}: {}", displayName, e.toString());
            return FindingCode.UNREADABLE_WORKBOOK;
        }
    }

    /** The sizes the zip's directory declares; a zip too broken to list is left to POI to judge. */
    private FindingCode tooLargeParts(Path file) {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            for (var entry : zip.stream().toList()) {
                if (entry.getSize() > limits.maxPartBytes()) {
                    boolean bomb = entry.getCompressedSize() < entry.getSize() * limits.minInflateRatio();
                    return bomb ? FindingCode.ZIP_BOMB : FindingCode.WORKBOOK_TOO_LARGE;
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** An OLE2 file is either an encrypted (password-protected) .xlsx or an old .xls. */
    private static FindingCode encryptedOrXls(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptionInfo") ? FindingCode.PASSWORD_PROTECTED : FindingCode.XLS_RENAMED;
        } catch (IOException | RuntimeException e) {
            log.debug("unreadable OLE2 file {}", file, e);
            return FindingCode.CORRUPT_WORKBOOK;
        }
    }

    /** A macro-enabled workbook renamed to .xlsx: never opened further, never trusted. */
    private static boolean hasMacros(OPCPackage pkg) throws Exception {
        for (PackagePart part : pkg.getParts()) {
            String type = part.getContentType().toLowerCase(java.util.Locale.ROOT);
            String name = part.getPartName().getName().toLowerCase(java.util.Locale.ROOT);
            if (type.contains("macroenabled") || type.contains("vbaproject") || name.endsWith("vbaproject.bin")) {
                return true;
            }
        }
        return false;
    }

    private static FindingCode classify(Throwable e, Path file) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("max. ratio") || message.contains("more internal file entries")) {
                return FindingCode.ZIP_BOMB;
            }
            if (message.contains("max size of the expanded data")) {
                return FindingCode.WORKBOOK_TOO_LARGE;
            }
            if (t instanceof org.apache.poi.EncryptedDocumentException) {
                return FindingCode.PASSWORD_PROTECTED;
            }
        }
        return hasEndOfCentralDirectory(file) ? FindingCode.CORRUPT_WORKBOOK : FindingCode.TRUNCATED_WORKBOOK;
    }

    /** A zip ends with its directory; a copy cut short lacks it (the record sits in the last 64 KiB). */
    private static boolean hasEndOfCentralDirectory(Path file) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            int tail = (int) Math.min(in.length(), 22 + 65_535);
            byte[] bytes = new byte[tail];
            in.seek(in.length() - tail);
            in.readFully(bytes);
            for (int i = tail - 22; i >= 0; i--) {
                int signature = (bytes[i] & 0xFF) | (bytes[i + 1] & 0xFF) << 8 | (bytes[i + 2] & 0xFF) << 16
                        | (bytes[i + 3] & 0xFF) << 24;
                if (signature == END_OF_CENTRAL_DIRECTORY) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static WorkbookContent planSheets(WorkbookParts workbook, String displayName) throws Exception {
        List<WorkbookParts.Sheet> sheetList = workbook.sheets();
        // where each sheet-scoped name points, in the workbook's order of names
        List<Reference> references = new ArrayList<>();
        for (WorkbookParts.DefinedName name : workbook.names()) {
            if (name.sheetIndex() < 0 || name.sheetIndex() >= sheetList.size()) {
                continue; // the contract asks for sheet-scoped names only (and of a sheet that exists)
            }
            Reference reference = reference(workbook, name);
            if (reference != null) {
                references.add(reference);
            }
        }
        Map<Reference, CellText.Text> texts = referencedTexts(workbook, references);
        Map<Integer, Map<String, String>> valuesBySheet = new LinkedHashMap<>();
        Map<Integer, Map<String, CellText.Text>> problemsBySheet = new LinkedHashMap<>();
        for (Reference reference : references) {
            CellText.Text text = texts.get(reference);
            if (text.text() != null) {
                valuesBySheet.computeIfAbsent(reference.scope(), i -> new LinkedHashMap<>()).put(reference.name(), text.text());
                // a name defined twice keeps its last text, and that text's problem
                Map<String, CellText.Text> problems = problemsBySheet.computeIfAbsent(reference.scope(), i -> new LinkedHashMap<>());
                if (text.problem() != null) {
                    problems.put(reference.name(), text);
                } else {
                    problems.remove(reference.name());
                }
            }
        }
        List<RawPlanSheet> sheets = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        Set<String> hidden = new HashSet<>();
        for (int i = 0; i < sheetList.size(); i++) {
            String sheetName = sheetList.get(i).name();
            Map<String, String> values = valuesBySheet.getOrDefault(i, Map.of());
            if (values.containsKey(PlanSheetField.PLAN_NO.definedName())) {
                List<Finding> cellFindings = new ArrayList<>();
                problemsBySheet.getOrDefault(i, Map.of()).forEach((name, text) -> cellFindings.add(
                        Finding.of(text.problem(), displayName, sheetName, name, text.details().toArray())));
                sheets.add(new RawPlanSheet(displayName, sheetName, values, List.copyOf(cellFindings)));
                if (sheetList.get(i).hidden()) {
                    hidden.add(sheetName);
                }
            } else if (!values.containsKey(INSTRUCTIONS_NAME)) {
                ignored.add(sheetName);
            }
        }
        List<Finding> findings = new ArrayList<>();
        if (sheets.isEmpty()) {
            findings.add(Finding.of(FindingCode.NO_PLAN_SHEET, displayName, null, null)); // one finding says it all
        } else if (!ignored.isEmpty()) {
            // one notice per file, however many sheets: a workbook of 200 sheets is not 199 lines to read
            findings.add(Finding.of(FindingCode.SHEET_IGNORED, displayName, ignored.size() == 1 ? ignored.get(0) : null,
                    null, ignored.size(), namesShortened(ignored)));
        }
        return new WorkbookContent(onePerPlan(sheets, hidden, findings), findings);
    }

    /**
     * One sheet per plan: of two or more sheets of a workbook with the same plan number, a visible one
     * before a hidden one (a department hides the old version when it copies the sheet), else the
     * leftmost; the others are not read on, and a finding names them all and the one used. Which
     * file wins over another is the aggregation's choice (the newest); within one file there is no
     * time to go by.
     */
    private static List<RawPlanSheet> onePerPlan(List<RawPlanSheet> sheets, Set<String> hidden, List<Finding> findings) {
        Map<Integer, List<RawPlanSheet>> byPlan = new LinkedHashMap<>();
        for (RawPlanSheet sheet : sheets) {
            sheet.planNo().ifPresent(n -> byPlan.computeIfAbsent(n, k -> new ArrayList<>()).add(sheet));
        }
        Set<RawPlanSheet> left = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        byPlan.forEach((planNo, same) -> {
            if (same.size() < 2) {
                return;
            }
            RawPlanSheet used = same.stream().filter(s -> !hidden.contains(s.sheet())).findFirst().orElse(same.get(0));
            String named = same.stream().map(s -> "「" + s.sheet() + "」" + (hidden.contains(s.sheet()) ? HIDDEN : ""))
                    .collect(java.util.stream.Collectors.joining("、"));
            findings.add(Finding.of(FindingCode.DUPLICATE_PLAN_IN_WORKBOOK, used.file(), used.sheet(),
                    PlanSheetField.PLAN_NO.definedName(), planNo, named, used.sheet()));
            same.stream().filter(s -> s != used).forEach(left::add);
        });
        return sheets.stream().filter(s -> !left.contains(s)).toList();
    }

    /** 「メモ1、メモ2、メモ3、メモ4、メモ5 ほか 194 枚」: the first few names and how many more. */
    private static String namesShortened(List<String> names) {
        int shown = 5;
        String first = String.join("、", names.subList(0, Math.min(shown, names.size())));
        return names.size() <= shown ? first : first + " ほか " + (names.size() - shown) + " 枚";
    }

    /** A name of sheet {@code scope} and the cell it points to: the first cell of its range on {@code sheet}. */
    private record Reference(int scope, String name, WorkbookParts.Sheet sheet, int row, int col) {
    }

    /** Where a name points; null when the reference is broken or is not a cell range. */
    private static Reference reference(WorkbookParts workbook, WorkbookParts.DefinedName name) {
        String formula = name.formula();
        if (formula == null || formula.contains("#REF!")) {
            return null;
        }
        CellReference first;
        try {
            first = new AreaReference(formula, SpreadsheetVersion.EXCEL2007).getFirstCell();
        } catch (RuntimeException notAReference) {
            return null;
        }
        WorkbookParts.Sheet sheet = first.getSheetName() != null ? workbook.sheet(first.getSheetName())
                : workbook.sheets().get(name.sheetIndex());
        return sheet == null ? null : new Reference(name.sheetIndex(), name.name(), sheet, first.getRow(), first.getCol());
    }

    /**
     * The text of the top-left cell of what each name points to (a merged range reads as its top-left
     * cell), reading each sheet once, keeping only those cells. A name that points inside a merged
     * range but not at its top-left cell needs that cell too, known only after the sheet's
     * {@code <mergeCells>} (which follow the cells): then the sheet is read a second time.
     */
    private static Map<Reference, CellText.Text> referencedTexts(WorkbookParts workbook, List<Reference> references) throws Exception {
        Map<WorkbookParts.Sheet, List<Reference>> bySheet = new LinkedHashMap<>();
        for (Reference reference : references) {
            bySheet.computeIfAbsent(reference.sheet(), s -> new ArrayList<>()).add(reference);
        }
        Map<Reference, CellText.Text> texts = new java.util.HashMap<>();
        for (var entry : bySheet.entrySet()) {
            Set<Long> wanted = new HashSet<>();
            for (Reference reference : entry.getValue()) {
                wanted.add(SheetCells.key(reference.row(), reference.col()));
            }
            SheetCells cells = workbook.cells(entry.getKey(), wanted);
            Map<Reference, Long> topLeft = new java.util.HashMap<>();
            for (Reference reference : entry.getValue()) {
                topLeft.put(reference, topLeft(cells.mergedRegions(), reference.row(), reference.col()));
            }
            if (!wanted.containsAll(topLeft.values())) {
                wanted.addAll(topLeft.values());
                cells = workbook.cells(entry.getKey(), wanted);
            }
            for (Reference reference : entry.getValue()) {
                long at = topLeft.get(reference);
                texts.put(reference, CellText.of(cells.cell((int) (at >> 32), (int) at), cells, workbook));
            }
        }
        return texts;
    }

    /** The key of the top-left cell of the first merged range holding that cell, or of the cell itself. */
    private static long topLeft(List<CellRangeAddress> merged, int row, int col) {
        for (CellRangeAddress range : merged) {
            if (range.isInRange(row, col)) {
                return SheetCells.key(range.getFirstRow(), range.getFirstColumn());
            }
        }
        return SheetCells.key(row, col);
    }
}
