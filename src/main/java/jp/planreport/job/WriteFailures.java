package jp.planreport.job;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a file could not be written, in the office's words. Java names the cause only in the operating
 * system's English text (or not at all: a bare path), so the usual ones are recognised here.
 */
public final class WriteFailures {

    private WriteFailures() {
    }

    /** 「ディスクの空き容量が足りません」 and the like, or empty when the cause is none of the usual ones. */
    public static Optional<String> reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("no space left") || message.contains("not enough space") || message.contains("disk quota exceeded")
                    || message.contains("disk full")) {
                return Optional.of("ディスクの空き容量が足りません");
            }
            if (t instanceof AccessDeniedException || message.contains("permission denied") || message.contains("access is denied")) {
                return Optional.of("書き込む権限がありません");
            }
            if (message.contains("read-only file system")) {
                return Optional.of("読み取り専用の場所です");
            }
            if (t instanceof FileAlreadyExistsException || t instanceof NotDirectoryException || message.contains("not a directory")) {
                return Optional.of("フォルダが必要な場所に、同じ名前のファイルがあります");
            }
        }
        return Optional.empty();
    }

    /**
     * The file or folder the operating system refused, when it said which; when a file stands where a
     * folder of that path should be, that file.
     */
    static Optional<Path> where(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof FileSystemException e && e.getFile() != null) {
                Path refused = Path.of(e.getFile());
                for (Path folder = refused.getParent(); folder != null; folder = folder.getParent()) {
                    if (Files.isRegularFile(folder)) {
                        return Optional.of(folder);
                    }
                }
                return Optional.of(refused);
            }
        }
        return Optional.empty();
    }
}
