package jp.planreport.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Temporary files: a folder of its own per run, created when the run starts and gone when it ends,
 * so a shared folder left by another OS user (POI's java.io.tmpdir/poifiles) is never in the way.
 */
class TemporaryFolderTest {

    @TempDir
    Path dir;

    /** The folder and the start-up component that hands it to POI, with the intake's settings it reads. */
    @EnableConfigurationProperties(IntakeProperties.class)
    static class Settings {
    }

    private final ApplicationContextRunner run = new ApplicationContextRunner()
            .withUserConfiguration(TemporaryFolder.class, LibrarySettings.class, Settings.class);

    @Test
    void eachRunHasAFolderOfItsOwnForPoiAndItIsGoneAfterTheRun() {
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            run.run(context -> {
                Path folder = context.getBean(TemporaryFolder.class).path();
                folders.add(folder);
                assertThat(folder).isDirectory().hasParent(Path.of(System.getProperty("java.io.tmpdir")).toRealPath());
                assertThat(TempFile.createTempFile("sheet", ".xml").toPath()).hasParent(folder);
            });
        }
        assertThat(folders.get(0)).isNotEqualTo(folders.get(1));
        assertThat(folders).allSatisfy(folder -> assertThat(folder).doesNotExist());
    }

    @Test
    void aSharedPoiFolderThatCannotBeUsedDoesNotStopAStreamedWorkbook() throws Exception {
        // what another user's /tmp/poifiles is to this one (as root, permissions would not stop it): no
        // folder POI can write in
        Files.writeString(dir.resolve("poifiles"), "not a folder");
        String tmpdir = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", dir.toString());
        try {
            run.run(context -> {
                try (SXSSFWorkbook workbook = new SXSSFWorkbook(10);
                     OutputStream out = Files.newOutputStream(dir.resolve("book.xlsx"))) {
                    var sheet = workbook.createSheet();
                    for (int r = 0; r < 100; r++) {
                        sheet.createRow(r).createCell(0).setCellValue("行" + r);
                    }
                    workbook.write(out);
                }
            });
        } finally {
            System.setProperty("java.io.tmpdir", tmpdir);
        }
        assertThat(dir.resolve("book.xlsx")).isNotEmptyFile();
    }
}
