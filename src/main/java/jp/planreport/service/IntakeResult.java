package jp.planreport.service;

import java.util.List;

import jp.planreport.intake.SubmissionFile;
import jp.planreport.intake.ValidatedSheet;
import jp.planreport.model.Finding;

/** What intake made of one submission file: its sheets (accepted or not) and every finding. */
public record IntakeResult(SubmissionFile file, String checksum, long sizeBytes, java.time.Instant modifiedAt,
                           List<ValidatedSheet> sheets, List<Finding> findings) {
}
