package jp.planreport.job;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import jp.planreport.cli.Console;
import jp.planreport.intake.Finding;
import jp.planreport.intake.Severity;
import jp.planreport.intake.ValidatedSheet;
import jp.planreport.store.SubmissionStore;

/**
 * Stores the accepted sheets of each file (an unchanged file adds no new version) and the findings,
 * in the chunk's transaction: a crash mid-chunk leaves neither half written.
 */
public class IntakeResultWriter implements ItemWriter<IntakeResult> {

    private static final Logger log = LoggerFactory.getLogger(IntakeResultWriter.class);

    private final SubmissionStore store;
    private final long jobInstanceId;

    public IntakeResultWriter(SubmissionStore store, long jobInstanceId) {
        this.store = store;
        this.jobInstanceId = jobInstanceId;
    }

    @Override
    public void write(Chunk<? extends IntakeResult> chunk) {
        for (IntakeResult result : chunk) {
            List<String> accepted = new ArrayList<>();
            for (ValidatedSheet sheet : result.sheets()) {
                Long versionId = null;
                if (sheet.accepted()) {
                    versionId = store.save(result.file().name(), sheet.raw().sheet(), result.checksum(), result.sizeBytes(),
                            result.modifiedAt(), sheet.sheet());
                    accepted.add("プラン" + sheet.sheet().planNo());
                }
                var planNo = sheet.raw().planNo();
                store.markRead(jobInstanceId, result.file().name(), sheet.raw().sheet(),
                        planNo.isPresent() ? planNo.getAsInt() : null, versionId);
            }
            store.saveFindings(jobInstanceId, result.findings());
            Console.info("  読込 " + result.file().name() + ": 受付 " + (accepted.isEmpty() ? "なし" : String.join("、", accepted))
                    + counts(result.findings()));
            result.findings().forEach(f -> log.info("{} {} {} {} {}", f.code(), f.file(), f.sheet(), f.field(), f.message()));
        }
    }

    /** 「（エラー 1 件、警告 2 件）」, or nothing when the file was clean. */
    private static String counts(List<Finding> findings) {
        List<String> parts = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            long n = findings.stream().filter(f -> f.severity() == severity).count();
            if (n > 0) {
                parts.add(severity.label() + " " + n + " 件");
            }
        }
        return parts.isEmpty() ? "" : "（" + String.join("、", parts) + "）";
    }
}
