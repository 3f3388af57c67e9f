package jp.planreport.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.springframework.stereotype.Service;

import jp.planreport.config.PlanReportProperties;
import jp.planreport.intake.Checksums;
import jp.planreport.intake.SubmissionFolder;
import jp.planreport.store.PlanSheetVersion;
import jp.planreport.store.UploadStore;

/**
 * The original workbook of a stored version: the archived bytes of the upload that brought it, or
 * the file in the submissions folder while it still has the same content. Paths come from the
 * store's generated names and the folder's own listing, never from a request.
 */
@Service
public class VersionFiles {

    private final PlanReportProperties properties;
    private final UploadStore uploads;

    public VersionFiles(PlanReportProperties properties, UploadStore uploads) {
        this.properties = properties;
        this.uploads = uploads;
    }

    public Optional<Path> original(PlanSheetVersion version) throws IOException {
        SubmissionFolder folder = SubmissionFolder.of(properties.input(), version.fiscalYear());
        Optional<UploadStore.Upload> upload = uploads.withChecksum(version.fiscalYear(), version.checksum());
        if (upload.isPresent()) {
            Path archived = folder.yearFolder().resolve(SubmissionUpload.ARCHIVE).resolve(upload.get().id() + ".xlsx");
            if (Files.isRegularFile(archived)) {
                return Optional.of(archived);
            }
        }
        // a file put in the folder by hand: found among the folder's own files, by name, if unchanged
        for (var file : folder.files()) {
            if (file.name().equals(version.sourceFile()) && Checksums.sha256(file.path()).equals(version.checksum())) {
                return Optional.of(file.path());
            }
        }
        return Optional.empty();
    }
}
