package jp.planreport.job;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.item.ItemProcessor;

import jp.planreport.intake.Checksums;
import jp.planreport.intake.Finding;
import jp.planreport.intake.FindingCode;
import jp.planreport.intake.PlanSheetValidator;
import jp.planreport.intake.RawPlanSheet;
import jp.planreport.intake.SubmissionFile;
import jp.planreport.intake.SubmissionWorkbookReader;
import jp.planreport.intake.ValidatedSheet;
import jp.planreport.intake.WorkbookContent;

/** Reads one submission file and applies the rules to each of its plan sheets. */
public class SubmissionIntakeProcessor implements ItemProcessor<SubmissionFile, IntakeResult> {

    private final SubmissionWorkbookReader reader;
    private final PlanSheetValidator validator;

    public SubmissionIntakeProcessor(SubmissionWorkbookReader reader, PlanSheetValidator validator) {
        this.reader = reader;
        this.validator = validator;
    }

    @Override
    public IntakeResult process(SubmissionFile file) throws IOException {
        long size = Files.size(file.path());
        Instant modified = Files.getLastModifiedTime(file.path()).toInstant();
        String checksum = Checksums.sha256(file.path());
        if (file.isLockOrHidden()) {
            return skipped(file, checksum, size, modified, FindingCode.LOCK_OR_HIDDEN_FILE);
        }
        if (!file.isWorkbook()) {
            return skipped(file, checksum, size, modified, FindingCode.NOT_XLSX);
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

    private static IntakeResult skipped(SubmissionFile file, String checksum, long size, Instant modified, FindingCode code) {
        return new IntakeResult(file, checksum, size, modified, List.of(),
                List.of(Finding.of(code, file.name(), null, null)));
    }
}
