package jp.planreport.service;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import jp.planreport.config.IntakeProperties;
import jp.planreport.intake.Checksums;
import jp.planreport.intake.IntakeLimits;
import jp.planreport.intake.PlanSheetValidator;
import jp.planreport.intake.RawPlanSheet;
import jp.planreport.intake.SubmissionFile;
import jp.planreport.intake.SubmissionWorkbookReader;
import jp.planreport.intake.ValidatedSheet;
import jp.planreport.intake.WorkbookContent;
import jp.planreport.model.Finding;
import jp.planreport.model.FindingCode;
import jp.planreport.model.GradeScale;
import jp.planreport.model.PlanMaster;
import jp.planreport.store.IntakeSheet;
import jp.planreport.store.SubmissionStore;

/**
 * Validate-and-store one workbook: the intake step, {@code validate} and (later) an upload page
 * call this. Reading never throws for a bad file: whatever is wrong becomes a finding. Keeping stores
 * the accepted sheets (an unchanged file adds no version) and the findings, and tells who listens.
 */
@Service
public class SubmissionIntake {

    private static final Logger log = LoggerFactory.getLogger(SubmissionIntake.class);

    private final SubmissionWorkbookReader reader;
    private final IntakeLimits limits;
    private final SubmissionStore store;
    private final ApplicationEventPublisher events;

    public SubmissionIntake(SubmissionStore store, ApplicationEventPublisher events, IntakeProperties settings) {
        this.store = store;
        this.events = events;
        this.limits = settings.limits();
        this.reader = new SubmissionWorkbookReader(limits);
    }

    /**
     * The rules a sheet is judged by, with the configured limits.
     * @param requireComplete the year-end rules; false for a roll-up, which takes a sheet still being written
     */
    public PlanSheetValidator validator(PlanMaster master, GradeScale grades, boolean requireComplete) {
        return new PlanSheetValidator(master, grades, requireComplete, limits);
    }

    /** Reads one file and applies the rules to each of its plan sheets. */
    public IntakeResult read(SubmissionFile file, PlanSheetValidator validator) {
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

    /**
     * Stores what was accepted and the findings, and publishes {@link ProgressEvent.FileRead}.
     * @param receivedAt     when this intake began: the office received the file then
     * @param yearEndRules   whether the sheets were judged by the year-end rules; a roll-up's sheet that
     *                       meets them anyway (every required field filled in) is kept as meeting them
     * @param jobInstanceId  the run that read it, to remember what it saw; null for {@code validate}
     * @return every plan sheet of the file as seen, accepted or not
     */
    public List<IntakeSheet> keep(IntakeResult result, Instant receivedAt, boolean yearEndRules, Long jobInstanceId) {
        List<IntakeSheet> seen = new ArrayList<>();
        for (ValidatedSheet sheet : result.sheets()) {
            Integer planNo = sheet.raw().planNo().isPresent() ? sheet.raw().planNo().getAsInt() : null;
            Long versionId = null;
            if (sheet.accepted()) {
                versionId = store.save(result.file().name(), sheet.raw().sheet(), result.checksum(), result.sizeBytes(),
                        result.modifiedAt(), receivedAt, yearEndRules || sheet.meetsYearEndRules(), sheet.sheet());
            }
            if (jobInstanceId != null) {
                store.markRead(jobInstanceId, result.file().name(), sheet.raw().sheet(), planNo, versionId);
            }
            seen.add(new IntakeSheet(planNo, result.file().name(), sheet.raw().sheet(),
                    versionId == null ? null : store.version(versionId, sheet.sheet())));
        }
        if (jobInstanceId != null) {
            store.saveFindings(jobInstanceId, result.findings());
        }
        result.findings().forEach(f -> log.info("{} {} {} {} {}", f.code(), f.file(), f.sheet(), f.field(), f.message()));
        events.publishEvent(new ProgressEvent.FileRead(result.file().name(),
                seen.stream().filter(IntakeSheet::accepted).map(IntakeSheet::planNo).toList(), result.findings()));
        return seen;
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
