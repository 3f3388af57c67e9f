package jp.planreport.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import jp.planreport.aggregate.PlanSheetDiff;
import jp.planreport.aggregate.VersionsThatCount;
import jp.planreport.store.PlanSheetVersion;
import jp.planreport.store.SubmissionStore;
import jp.planreport.store.UploadStore;

/**
 * The versions of one plan sheet, with who uploaded each (when it came through the portal) and which
 * one counts ({@link VersionsThatCount#yearEndVersion}); and what changed between two of them
 * ({@link PlanSheetDiff}). {@code history --plan}, {@code diff} and the portal's plan page ask it.
 */
@Service
public class PlanVersions {

    /** Shown when a version came from the submissions folder, not through the portal. */
    public static final String UNKNOWN_UPLOADER = "—";

    /** One version as listed: {@code counts} when it is the one the year-end report takes. */
    public record Listed(PlanSheetVersion version, String uploadedBy, boolean counts) {
    }

    /** Two versions and what changed from the first to the second. */
    public record Comparison(PlanSheetVersion from, PlanSheetVersion to, List<PlanSheetDiff.Change> changes) {
    }

    private final SubmissionStore store;
    private final UploadStore uploads;

    public PlanVersions(SubmissionStore store, UploadStore uploads) {
        this.store = store;
        this.uploads = uploads;
    }

    /** Every stored version of the plan, the one received last first. */
    public List<Listed> of(int fiscalYear, int planNo) {
        List<PlanSheetVersion> versions = store.versions(fiscalYear, planNo);
        Optional<PlanSheetVersion> counted = VersionsThatCount.yearEndVersion(versions);
        Map<Long, String> uploaders = uploads.uploaders(fiscalYear);
        return versions.stream().map(v -> new Listed(v, uploaders.getOrDefault(v.id(), UNKNOWN_UPLOADER),
                counted.map(c -> c.id() == v.id()).orElse(false))).toList();
    }

    /** The sheets for the plan that came through the portal and were not accepted (no version), newest first. */
    public List<UploadStore.RejectedSheet> rejected(int fiscalYear, int planNo) {
        return uploads.rejectedSheets(fiscalYear, planNo);
    }

    /**
     * What changed between two versions of the plan: by default from the version received before the
     * one that counts (or the newest, when none meets the year-end rules) to that one.
     * @param from a version id, or null
     * @param to   a version id, or null
     * @return empty when the plan has fewer than two versions, or an id is not one of its versions
     */
    public Optional<Comparison> compare(int fiscalYear, int planNo, Long from, Long to) {
        List<PlanSheetVersion> versions = store.versions(fiscalYear, planNo);
        Optional<PlanSheetVersion> target = to != null ? find(versions, to)
                : VersionsThatCount.yearEndVersion(versions).or(() -> versions.stream().findFirst());
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Optional<PlanSheetVersion> source = from != null ? find(versions, from)
                : versions.stream().skip(versions.indexOf(target.get()) + 1L).findFirst();
        return source.map(s -> new Comparison(s, target.get(), PlanSheetDiff.between(s.sheet(), target.get().sheet())));
    }

    private static Optional<PlanSheetVersion> find(List<PlanSheetVersion> versions, long id) {
        return versions.stream().filter(v -> v.id() == id).findFirst();
    }
}
