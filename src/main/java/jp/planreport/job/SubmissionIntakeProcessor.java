package jp.planreport.job;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import jp.planreport.intake.Checksums;
import jp.planreport.intake.Finding;
import jp.planreport.intake.FindingCode;
import jp.planreport.intake.PlanSheetValidator;
import jp.planreport.intake.RawPlanSheet;
import jp.planreport.intake.SubmissionFile;
import jp.planreport.intake.SubmissionWorkbookReader;
import jp.planreport.intake.ValidatedSheet;
import jp.planreport.intake.WorkbookContent;

/**
 * Reads one submission file and applies the rules to each of its plan sheets. Never throws for a
 * bad file: whatever is wrong becomes a finding (the compile job and the validate command share it).
 */
public class SubmissionIntakeProcessor implements ItemProcessor<SubmissionFile, IntakeResult> {

    private static final Logger log = LoggerFactory.getLogger(SubmissionIntakeProcessor.class);

    private final SubmissionWorkbookReader reader;
    private final PlanSheetValidator validator;

    public SubmissionIntakeProcessor(SubmissionWorkbookReader reader, PlanSheetValidator validator) {
        this.reader = reader;
        this.validator = validator;
    }

    @Override
    public IntakeResult process(SubmissionFile file) {
        // judged by name first: a lock file Excel still holds may not even be readable
        if (file.isLockOrHidden()) {
            return skipped(file, Finding.of(FindingCode.LOCK_OR_HIDDEN_FILE, file.name(), null, null));
        }
        if (!file.isWorkbook()) {
            return skipped(file, Finding.of(FindingCode.NOT_XLSX, file.name(), null, null, file.kindLabel()));
        }
        long size;
        Instant modified;
        String checksum;
        try {
            size = Files.size(file.path());
            modified = Files.getLastModifiedTime(file.path()).toInstant();
            checksum = Checksums.sha256(file.path());
        } catch (IOException e) {
            // vanished or not readable (permissions, a file still being copied): say so, go on
            log.warn("UNREADABLE_WORKBOOK {}: {}", file.name(), e.toString());
            return skipped(file, Finding.of(FindingCode.UNREADABLE_WORKBOOK, file.name(), null, null));
        }
        WorkbookContent content = reader.read(file.path(), file.name());
        List<Finding> findings = new ArrayList<>(content.findings());
        List<ValidatedSheet> sheets = new ArrayList<>();
        for (RawPlanSheet raw : content.sheets()) {
            ValidatedSheet validated = validator.validate(raw);
            sheets.add(validated);
            findings.addAll(validated.findings());
        }
        return new IntakeResult(file, checksum, size, modified, sheets, findings);
    }

    /** A file that is not read: no sheets, one finding; size and time as far as they can be known. */
    private static IntakeResult skipped(SubmissionFile file, Finding finding) {
        long size = 0;
        Instant modified = Instant.EPOCH;
        try {
            size = Files.size(file.path());
            modified = Files.getLastModifiedTime(file.path()).toInstant();
        } catch (IOException e) {
            log.debug("no attributes for {}", file.name(), e);
        }
        return new IntakeResult(file, "", size, modified, List.of(), List.of(finding));
    }
}
