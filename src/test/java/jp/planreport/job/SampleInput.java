package jp.planreport.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import jp.planreport.intake.Checksums;
import jp.planreport.intake.PlanSheetWorkbookWriter;
import jp.planreport.intake.SubmissionFolder;
import jp.planreport.model.PlanSheetField;
import jp.planreport.sample.SampleSubmissions;

/** The repository's sample (input/2022) copied into a test's own folder, and the job parameters for it. */
public final class SampleInput {

    public static final Path SAMPLE = Path.of("input", "2022");

    public final Path input;
    public final Path output;

    public SampleInput(Path dir) throws IOException {
        this.input = dir.resolve("input");
        this.output = dir.resolve("output");
        Path year = input.resolve("2022");
        Files.createDirectories(year.resolve("submissions"));
        Files.copy(SAMPLE.resolve("plans.csv"), year.resolve("plans.csv"), StandardCopyOption.REPLACE_EXISTING);
        try (Stream<Path> files = Files.list(SAMPLE.resolve("submissions"))) {
            for (Path file : files.toList()) {
                Files.copy(file, year.resolve("submissions").resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    public Path submissions() {
        return input.resolve("2022").resolve("submissions");
    }

    /** The year-end compilation of the input as it is now. */
    public JobParameters parameters() throws IOException {
        return common().addString(JobParameterNames.ALLOW_INCOMPLETE, "false").toJobParameters();
    }

    /** The roll-up of the given day of the input as it is now. */
    public JobParameters rollupParameters(LocalDate date) throws IOException {
        return common().addString(JobParameterNames.ROLLUP_DATE, date.toString()).toJobParameters();
    }

    private JobParametersBuilder common() throws IOException {
        return new JobParametersBuilder()
                .addLong(JobParameterNames.FISCAL_YEAR, 2022L)
                .addString(JobParameterNames.INPUT, input.toString())
                .addString(JobParameterNames.OUTPUT, output.toString())
                .addString(JobParameterNames.INPUT_DIGEST, Checksums.of(SubmissionFolder.of(input, 2022)));
    }

    public OutputFiles outputs() {
        return OutputFiles.of(output, 2022);
    }

    /** Writes the transcribed sheet of one plan (1–5), changed as given, as a workbook of the submissions folder. */
    public Path writePlan(int planNo, String fileName, Consumer<Map<PlanSheetField, String>> change) throws IOException {
        Map<PlanSheetField, String> fields = new EnumMap<>(SampleSubmissions.read(SAMPLE.resolve("transcription"))
                .get(planNo - 1).fields());
        change.accept(fields);
        Path target = submissions().resolve(fileName);
        new PlanSheetWorkbookWriter().write(List.of(new PlanSheetWorkbookWriter.SheetContent("プラン" + planNo, fields)), target);
        return target;
    }
}
