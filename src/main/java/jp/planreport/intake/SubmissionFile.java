package jp.planreport.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** A file found in the submissions folder, named by its path relative to that folder. */
public record SubmissionFile(Path path, String name) {

    /** Excel's ~$ lock files and hidden files (or files in hidden folders) are never read. */
    public boolean isLockOrHidden() {
        for (String part : name.split("/")) {
            if (part.startsWith("~$") || part.startsWith(".")) {
                return true;
            }
        }
        try {
            return Files.isHidden(path); // the hidden attribute on Windows
        } catch (IOException e) {
            return false;
        }
    }

    public boolean isWorkbook() {
        return extension().equals("xlsx");
    }

    /** What a file that is not an .xlsx is, in the clerk's words: 「CSV ファイル」. */
    public String kindLabel() {
        return switch (extension()) {
            case "xls" -> "古い形式の Excel ブック（.xls）";
            case "xlsm" -> "マクロを含む Excel ブック（.xlsm）";
            case "xlsb" -> "Excel バイナリブック（.xlsb）";
            case "csv" -> "CSV ファイル";
            case "" -> "拡張子のないファイル";
            default -> "「." + extension() + "」ファイル";
        };
    }

    private String extension() {
        String fileName = path.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
