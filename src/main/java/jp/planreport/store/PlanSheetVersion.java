package jp.planreport.store;

import java.time.Instant;

import jp.planreport.intake.PlanSheet;

/** One accepted version of a plan sheet, with where it came from. */
public record PlanSheetVersion(long id, int fiscalYear, int planNo, String sourceFile, String sheetName,
                               String checksum, long sizeBytes, Instant fileModifiedAt, Instant acceptedAt,
                               PlanSheet sheet) {
}
