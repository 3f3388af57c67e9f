package jp.planreport.config;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.util.TempFileCreationStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * This run's own folder for temporary files, under java.io.tmpdir, removed when the run ends. POI's
 * default is one shared folder (java.io.tmpdir/poifiles) that stays owned by the first OS user who
 * wrote a workbook, after which nobody else can; a folder per run has no one to share with. POI (the
 * streamed sheets of the summary workbook) is told so at start ({@link LibrarySettings}), and the
 * PDF's swap files go here too.
 */
@Component
public class TemporaryFolder implements TempFileCreationStrategy, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TemporaryFolder.class);

    private final Path path;

    public TemporaryFolder() throws IOException {
        path = Files.createTempDirectory("plan-report-");
        log.debug("temporary files in {}", path);
    }

    /** The folder; made again if a clean-up of java.io.tmpdir took it while the program ran (schedule runs for months). */
    public Path path() throws IOException {
        return Files.createDirectories(path);
    }

    @Override
    public File createTempFile(String prefix, String suffix) throws IOException {
        return Files.createTempFile(path(), prefix, suffix).toFile();
    }

    @Override
    public File createTempDirectory(String prefix) throws IOException {
        return Files.createTempDirectory(path(), prefix).toFile();
    }

    @Override
    public void destroy() {
        try {
            FileSystemUtils.deleteRecursively(path);
        } catch (IOException e) {
            log.warn("could not remove the temporary folder {}", path, e);
        }
    }
}
