package jp.planreport.intake;

import java.nio.file.Path;
import java.util.Locale;

/** A file found in the submissions folder, named by its path relative to that folder. */
public record SubmissionFile(Path path, String name) {

    /** Excel's ~$ lock files and hidden files are never read. */
    public boolean isLockOrHidden() {
        String fileName = path.getFileName().toString();
        return fileName.startsWith("~$") || fileName.startsWith(".");
    }

    public boolean isWorkbook() {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }
}
