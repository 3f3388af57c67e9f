package jp.planreport.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;

import org.springframework.util.FileSystemUtils;

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

    /** The HTML edition, a folder: index.html (目次), a page per 方針, style.css. */
    public Path html() {
        return folder.resolve("html");
    }

    private String suffix() {
        return draft ? "-draft" : "";
    }

    public List<Path> all() {
        return List.of(report(), summary(), html());
    }

    public static Path partOf(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".part");
    }

    /**
     * Moves a finished part file over the previous output in one step. A folder (the HTML edition)
     * cannot replace a folder in one step: the previous one is first moved aside (".old"), then the part
     * moved into place, then the old one removed; a publish cut short in between is finished by the next.
     */
    public static void publish(Path output) throws IOException {
        if (Files.isDirectory(partOf(output))) {
            Path old = output.resolveSibling("." + output.getFileName() + ".old");
            if (Files.exists(output)) {
                FileSystemUtils.deleteRecursively(old);
                Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(partOf(output), output, StandardCopyOption.ATOMIC_MOVE);
            FileSystemUtils.deleteRecursively(old);
            return;
        }
        Files.move(partOf(output), output, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    public boolean exist() {
        return Files.isRegularFile(report()) && Files.isRegularFile(summary()) && Files.isRegularFile(html().resolve("index.html"));
    }
}
