package jp.planreport.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import jp.planreport.model.PlanSheetField;

/**
 * Every kind of bad submission, made on the spot from a good workbook (byte-level cuts and flips,
 * rewritten zip parts, a generated bomb): no binary fixtures in the repository.
 */
public final class BadWorkbooks {

    private static final String SHEET_PART = "xl/worksheets/sheet1.xml";

    private BadWorkbooks() {
    }

    /** A complete, valid workbook of one plan of {@link SheetFixtures#master()}. */
    public static Path good(Path target, int planNo) throws IOException {
        return changed(target, planNo, v -> { });
    }

    /** A workbook of one plan whose field values were changed first. */
    public static Path changed(Path target, int planNo, Consumer<Map<PlanSheetField, String>> change) throws IOException {
        Map<PlanSheetField, String> values = SheetFixtures.complete(planNo);
        change.accept(values);
        Files.createDirectories(target.toAbsolutePath().getParent());
        new PlanSheetWorkbookWriter().write(List.of(new PlanSheetWorkbookWriter.SheetContent("プラン" + planNo, values)), target);
        return target;
    }

    /** A good workbook of which one sheet-scoped name was deleted. */
    public static Path withoutName(Path target, int planNo, PlanSheetField field) throws IOException {
        good(target, planNo);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(target))) {
            workbook.removeName(workbook.getName(field.definedName()));
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        }
        return target;
    }

    /**
     * A workbook holding two sheets of one plan, as a clerk leaves it who copied the sheet and hid
     * the old one: 「プラン5（旧）」 with 総括 ○旧版, in {@code state}, and the visible 「プラン5」 with
     * ○新版; the old one first in tab order when {@code oldFirst}. {@code change} applies to both.
     */
    public static Path hiddenOldVersion(Path target, int planNo, Consumer<Map<PlanSheetField, String>> change, boolean oldFirst,
                                        org.apache.poi.ss.usermodel.SheetVisibility state) throws IOException {
        Map<PlanSheetField, String> old = SheetFixtures.complete(planNo);
        change.accept(old);
        old.put(PlanSheetField.SUMMARY, "○旧版");
        Map<PlanSheetField, String> current = SheetFixtures.complete(planNo);
        change.accept(current);
        current.put(PlanSheetField.SUMMARY, "○新版");
        var oldSheet = new PlanSheetWorkbookWriter.SheetContent("プラン" + planNo + "（旧）", old);
        var currentSheet = new PlanSheetWorkbookWriter.SheetContent("プラン" + planNo, current);
        Files.createDirectories(target.toAbsolutePath().getParent());
        new PlanSheetWorkbookWriter().write(oldFirst ? List.of(oldSheet, currentSheet) : List.of(currentSheet, oldSheet), target);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(target))) {
            int visible = oldFirst ? 1 : 0;
            workbook.setActiveSheet(visible);
            workbook.setFirstVisibleTab(visible);
            workbook.setSheetVisibility(1 - visible, state);
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        }
        return target;
    }

    /**
     * A good workbook whose {@code field} is a formula without a cached value, as a tool that writes
     * formulas but does not calculate saves it ({@code <f>}, no {@code <v>}).
     */
    public static Path uncalculatedFormula(Path target, int planNo, PlanSheetField field, String formula) throws IOException {
        return uncalculatedFormula(good(target, planNo), field, formula);
    }

    /** The same change to a workbook of one plan sheet, in place. */
    public static Path uncalculatedFormula(Path target, PlanSheetField field, String formula) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(target))) {
            var name = workbook.getName(field.definedName());
            var at = new org.apache.poi.ss.util.AreaReference(name.getRefersToFormula(),
                    org.apache.poi.ss.SpreadsheetVersion.EXCEL2007).getFirstCell();
            var cell = workbook.getSheetAt(0).getRow(at.getRow()).getCell(at.getCol());
            cell.setCellFormula(formula);
            if (cell.getCTCell().isSetV()) {
                cell.getCTCell().unsetV();
            }
            if (cell.getCTCell().isSetT()) {
                cell.getCTCell().unsetT(); // a number, as such a tool writes it
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        }
        return target;
    }

    public static Path empty(Path target) throws IOException {
        return Files.write(target, new byte[0]);
    }

    public static Path notAZip(Path target) throws IOException {
        return Files.writeString(target, "plan_no,grade\n5,A\n", StandardCharsets.UTF_8);
    }

    /** The first half of a good workbook: a copy that stopped midway. */
    public static Path truncated(Path target, int planNo) throws IOException {
        byte[] bytes = Files.readAllBytes(good(target, planNo));
        return Files.write(target, Arrays.copyOf(bytes, bytes.length / 2));
    }

    /** A good workbook whose compressed sheet data was overwritten in place; the zip directory is intact. */
    public static Path corrupt(Path target, int planNo) throws IOException {
        byte[] bytes = Files.readAllBytes(good(target, planNo));
        int header = indexOf(bytes, SHEET_PART.getBytes(StandardCharsets.US_ASCII)) - 30;
        int nameLength = (bytes[header + 26] & 0xFF) | (bytes[header + 27] & 0xFF) << 8;
        int extraLength = (bytes[header + 28] & 0xFF) | (bytes[header + 29] & 0xFF) << 8;
        int data = header + 30 + nameLength + extraLength;
        Arrays.fill(bytes, data, data + 48, (byte) 0xFF);
        return Files.write(target, bytes);
    }

    /** A workbook whose sheet part expands a thousand-fold: 10 MB of blanks after the XML declaration. */
    public static Path zipBomb(Path target, int planNo) throws IOException {
        return zipBomb(target, planNo, 10);
    }

    /** The same with {@code megabytes} of blanks. */
    public static Path zipBomb(Path target, int planNo, int megabytes) throws IOException {
        Path good = good(target.resolveSibling(target.getFileName() + ".good"), planNo);
        rewrite(good, target, (name, data, zip) -> {
            if (name.equals(SHEET_PART)) {
                String xml = new String(data, StandardCharsets.UTF_8);
                int prolog = xml.indexOf("?>") + 2;
                zip.write(xml.substring(0, prolog).getBytes(StandardCharsets.UTF_8));
                byte[] blanks = new byte[1 << 20];
                Arrays.fill(blanks, (byte) ' ');
                for (int i = 0; i < megabytes; i++) {
                    zip.write(blanks);
                }
                zip.write(xml.substring(prolog).getBytes(StandardCharsets.UTF_8));
            } else {
                zip.write(data);
            }
        });
        Files.delete(good);
        return target;
    }

    /** A sheet part larger than the reader's limit that still compresses only moderately (not a bomb). */
    public static Path oversized(Path target, int planNo) throws IOException {
        Path good = good(target.resolveSibling(target.getFileName() + ".good"), planNo);
        Random random = new Random(42);
        byte[] blank = {' ', '\t', '\r', '\n'};
        rewrite(good, target, (name, data, zip) -> {
            if (name.equals(SHEET_PART)) {
                String xml = new String(data, StandardCharsets.UTF_8);
                int prolog = xml.indexOf("?>") + 2;
                zip.write(xml.substring(0, prolog).getBytes(StandardCharsets.UTF_8));
                byte[] chunk = new byte[1 << 20];
                for (long written = 0; written <= IntakeLimits.DEFAULTS.maxPartBytes(); written += chunk.length) {
                    random.nextBytes(chunk);
                    for (int i = 0; i < chunk.length; i++) {
                        chunk[i] = blank[chunk[i] & 3];
                    }
                    zip.write(chunk);
                }
                zip.write(xml.substring(prolog).getBytes(StandardCharsets.UTF_8));
            } else {
                zip.write(data);
            }
        });
        Files.delete(good);
        return target;
    }

    /** A good workbook encrypted with a password, as Excel's 「パスワードを使用して暗号化」 saves it. */
    public static Path passwordProtected(Path target, int planNo) throws Exception {
        Path good = good(target.resolveSibling(target.getFileName() + ".good"), planNo);
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("himitsu");
            try (OutputStream data = encryptor.getDataStream(fs)) {
                Files.copy(good, data);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
        }
        Files.delete(good);
        return target;
    }

    /** A macro-enabled workbook (.xlsm: a VBA project, the macro workbook type) renamed to .xlsx. */
    public static Path macroEnabled(Path target, int planNo) throws IOException {
        Path good = good(target.resolveSibling(target.getFileName() + ".good"), planNo);
        rewrite(good, target, (name, data, zip) -> {
            if (name.equals("[Content_Types].xml")) {
                String types = new String(data, StandardCharsets.UTF_8)
                        .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                                "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                        .replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>");
                zip.write(types.getBytes(StandardCharsets.UTF_8));
            } else {
                zip.write(data);
            }
        }, Map.of("xl/vbaProject.bin", "Sub AutoOpen()\nEnd Sub".getBytes(StandardCharsets.US_ASCII)));
        Files.delete(good);
        return target;
    }

    /** An Excel 97-2003 workbook saved under an .xlsx name. */
    public static Path xlsRenamed(Path target) throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(target)) {
            workbook.createSheet("プラン5").createRow(0).createCell(0).setCellValue("古い形式");
            workbook.write(out);
        }
        return target;
    }

    /** A workbook with only an instructions-like sheet: no plan_no anywhere. */
    public static Path noPlanSheet(Path target) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(target)) {
            workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("プラン5 の内容はこちら");
            workbook.write(out);
        }
        return target;
    }

    @FunctionalInterface
    interface PartWriter {
        void write(String name, byte[] data, ZipOutputStream zip) throws IOException;
    }

    /** Copies a zip part by part; {@code writer} writes each part's (possibly changed) data. */
    static void rewrite(Path source, Path target, PartWriter writer) throws IOException {
        rewrite(source, target, writer, Map.of());
    }

    /** The same, with parts added at the end. */
    static void rewrite(Path source, Path target, PartWriter writer, Map<String, byte[]> added) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            out.setLevel(java.util.zip.Deflater.BEST_SPEED);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                writer.write(entry.getName(), data, out);
                out.closeEntry();
            }
            for (var part : added.entrySet()) {
                out.putNextEntry(new ZipEntry(part.getKey()));
                out.write(part.getValue());
                out.closeEntry();
            }
        }
    }

    private static int indexOf(byte[] bytes, byte[] pattern) {
        outer:
        for (int i = 0; i <= bytes.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("part not found");
    }
}
