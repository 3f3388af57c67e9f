package jp.planreport.sample;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.yaml.snakeyaml.Yaml;

import jp.planreport.intake.PlanSheetWorkbookWriter.SheetContent;
import jp.planreport.intake.PlanSheetWorkbookWriter;
import jp.planreport.model.PlanSheetField;

/**
 * Builds the sample submissions (input/2022/submissions/*.xlsx) from the reviewable transcription
 * of the seed (input/2022/transcription/plan-N.yml): one workbook per department, one sheet per plan.
 * SampleSubmissionsTest checks that the committed workbooks still say what the YAML says; after
 * editing a transcription, rewrite them with
 * {@code ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt &&
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) jp.planreport.sample.SampleSubmissions}
 */
public final class SampleSubmissions {

    /** One transcribed plan sheet: the workbook (department) it belongs to, its tab, its fields. */
    public record TranscribedSheet(String workbook, String sheet, Map<PlanSheetField, String> fields) {
    }

    private SampleSubmissions() {
    }

    public static List<TranscribedSheet> read(Path transcriptionFolder) throws IOException {
        List<TranscribedSheet> sheets = new ArrayList<>();
        try (Stream<Path> files = Files.list(transcriptionFolder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yml")).sorted(SampleSubmissions::byPlanNumber).toList()) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    Map<String, Object> doc = new Yaml().load(reader);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> raw = (Map<String, Object>) doc.get("fields");
                    Map<PlanSheetField, String> fields = new EnumMap<>(PlanSheetField.class);
                    for (PlanSheetField field : PlanSheetField.values()) {
                        Object value = raw.get(field.definedName());
                        if (value != null) {
                            fields.put(field, value.toString().stripTrailing());
                        }
                    }
                    sheets.add(new TranscribedSheet(doc.get("workbook").toString(), doc.get("sheet").toString(), fields));
                }
            }
        }
        return sheets;
    }

    /** Writes one workbook per department into {@code submissionsFolder}. */
    public static List<Path> write(List<TranscribedSheet> sheets, Path submissionsFolder) throws IOException {
        Files.createDirectories(submissionsFolder);
        Map<String, List<SheetContent>> byWorkbook = new LinkedHashMap<>();
        for (TranscribedSheet sheet : sheets) {
            byWorkbook.computeIfAbsent(sheet.workbook(), k -> new ArrayList<>())
                    .add(new SheetContent(sheet.sheet(), sheet.fields()));
        }
        List<Path> written = new ArrayList<>();
        PlanSheetWorkbookWriter writer = new PlanSheetWorkbookWriter();
        for (var entry : byWorkbook.entrySet()) {
            Path target = submissionsFolder.resolve(entry.getKey() + ".xlsx");
            writer.write(entry.getValue(), target);
            written.add(target);
        }
        return written;
    }

    private static int byPlanNumber(Path a, Path b) {
        return Integer.compare(number(a), number(b));
    }

    private static int number(Path p) {
        String digits = p.getFileName().toString().replaceAll("\\D", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }

    public static void main(String[] args) throws IOException {
        Path year = Path.of(args.length > 0 ? args[0] : "input/2022");
        for (Path p : write(read(year.resolve("transcription")), year.resolve("submissions"))) {
            System.out.println("wrote " + p);
        }
    }
}
