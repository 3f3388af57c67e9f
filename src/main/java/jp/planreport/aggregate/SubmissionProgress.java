package jp.planreport.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.planreport.model.PlanMaster;
import jp.planreport.model.PlanMasterEntry;
import jp.planreport.store.PlanSheetVersion;
import jp.planreport.store.UploadStore.Attempt;

/**
 * Where each plan of the year stands for the year-end report, as the portal shows it: 受付済 when a
 * version meets the year-end rules and nothing rejected came after it; 不備あり when the newest
 * upload was rejected or only a roll-up's draft (not checked against the year-end rules) is there;
 * 未提出 when nothing came. The same verdict as {@code validate}: sheets are judged by the year-end rules.
 */
public final class SubmissionProgress {

    /** One plan: its status, the version that counts (if any), and the newest upload that carried it (if any). */
    public record PlanProgress(PlanMasterEntry plan, PlanStatus status, Optional<PlanSheetVersion> counted,
                               Optional<Attempt> latestUpload) {

        /** The upload whose findings say why the plan is 不備あり, when an upload was rejected. */
        public Optional<Long> rejectedUpload() {
            return latestUpload.filter(a -> a.versionId() == null).map(Attempt::uploadId);
        }
    }

    private SubmissionProgress() {
    }

    /**
     * @param versions  every stored version of the year per plan, the one that counts first
     * @param attempts  the newest upload per plan
     */
    public static List<PlanProgress> of(PlanMaster master, Map<Integer, List<PlanSheetVersion>> versions,
                                        Map<Integer, Attempt> attempts) {
        List<PlanProgress> progress = new ArrayList<>();
        for (PlanMasterEntry plan : master.plans()) {
            List<PlanSheetVersion> all = versions.getOrDefault(plan.planNo(), List.of());
            Optional<PlanSheetVersion> yearEnd = VersionsThatCount.yearEndVersion(all);
            Optional<Attempt> attempt = Optional.ofNullable(attempts.get(plan.planNo()));
            boolean rejectedSince = attempt.filter(a -> a.versionId() == null)
                    .filter(a -> yearEnd.isEmpty() || !a.receivedAt().isBefore(yearEnd.get().receivedAt())).isPresent();
            PlanStatus status;
            if (yearEnd.isPresent() && !rejectedSince) {
                status = PlanStatus.VALID;
            } else if (rejectedSince || !all.isEmpty()) {
                status = PlanStatus.INVALID;
            } else {
                status = PlanStatus.MISSING;
            }
            progress.add(new PlanProgress(plan, status, yearEnd, attempt));
        }
        return progress;
    }
}
