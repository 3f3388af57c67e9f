package jp.planreport.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;

/**
 * Where a compilation writes: the year-end outputs in {@code <output>/<year>/}, a roll-up's drafts
 * in {@code <output>/<year>/rollup/<date>/}. Each output is first written to a hidden ".part" file
 * beside its final name and moved into place only when complete, so a crash never leaves half a report.
 */
public record OutputFiles(Path folder, int fiscalYear, boolean draft) {

    public static OutputFiles of(Path outputRoot, int fiscalYear) {
        return new OutputFiles(outputRoot.resolve(Integer.toString(fiscalYear)), fiscalYear, false);
    }

    public static OutputFiles rollup(Path outputRoot, int fiscalYear, LocalDate rollupDate) {
        return new OutputFiles(outputRoot.resolve(Integer.toString(fiscalYear)).resolve("rollup").resolve(rollupDate.toString()),
                fiscalYear, true);
    }

    public Path report() {
        return folder.resolve("report-" + fiscalYear + suffix() + ".pdf");
    }

    public Path summary() {
        return folder.resolve("summary-" + fiscalYear + suffix() + ".xlsx");
    }

    private String suffix() {
        return draft ? "-draft" : "";
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
