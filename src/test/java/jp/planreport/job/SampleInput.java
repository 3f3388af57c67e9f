package jp.planreport.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;

import jp.planreport.intake.Checksums;
import jp.planreport.intake.SubmissionFolder;

/** The repository's sample (input/2022) copied into a test's own folder, and the job parameters for it. */
final class SampleInput {

    static final Path SAMPLE = Path.of("input", "2022");

    final Path input;
    final Path output;

    SampleInput(Path dir) throws IOException {
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

    Path submissions() {
        return input.resolve("2022").resolve("submissions");
    }

    JobParameters parameters() throws IOException {
        return new JobParametersBuilder()
                .addLong(JobParameterNames.FISCAL_YEAR, 2022L)
                .addString(JobParameterNames.INPUT, input.toString())
                .addString(JobParameterNames.OUTPUT, output.toString())
                .addString(JobParameterNames.INPUT_DIGEST, Checksums.of(SubmissionFolder.of(input, 2022)))
                .addString(JobParameterNames.ALLOW_INCOMPLETE, "false")
                .toJobParameters();
    }

    OutputFiles outputs() {
        return OutputFiles.of(output, 2022);
    }
}
