package jp.planreport.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Where a compilation writes. Each output is first written to a hidden ".part" file beside its
 * final name and moved into place only when complete, so a crash never leaves half a report.
 */
public record OutputFiles(Path yearFolder, int fiscalYear) {

    public static OutputFiles of(Path outputRoot, int fiscalYear) {
        return new OutputFiles(outputRoot.resolve(Integer.toString(fiscalYear)), fiscalYear);
    }

    public Path report() {
        return yearFolder.resolve("report-" + fiscalYear + ".pdf");
    }

    public Path summary() {
        return yearFolder.resolve("summary-" + fiscalYear + ".xlsx");
    }

    public List<Path> all() {
        return List.of(report(), summary());
    }

    public static Path partOf(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".part");
    }

    /** Moves a finished part file over the previous output in one step. */
    public static void publish(Path output) throws IOException {
        Files.move(partOf(output), output, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    public boolean exist() {
        return all().stream().allMatch(Files::isRegularFile);
    }
}
