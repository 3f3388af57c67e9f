package jp.planreport.store;

import java.time.Instant;
import java.util.Comparator;

import jp.planreport.model.PlanSheet;

/**
 * One accepted version of a plan sheet, with where it came from, when the office received it (the
 * start of the intake that first saw it) and whether it met the year-end rules.
 */
public record PlanSheetVersion(long id, int fiscalYear, int planNo, String sourceFile, String sheetName,
                               String checksum, long sizeBytes, Instant fileModifiedAt, Instant acceptedAt,
                               Instant receivedAt, boolean yearEndRules, PlanSheet sheet) {

    /**
     * Which of two versions counts: the one received later; of two received by the same intake
     * (two files that came together), the newer file; then the one stored later.
     */
    public static final Comparator<PlanSheetVersion> COUNTS_FIRST = Comparator.comparing(PlanSheetVersion::receivedAt)
            .thenComparing(PlanSheetVersion::fileModifiedAt).thenComparingLong(PlanSheetVersion::id).reversed();
}
