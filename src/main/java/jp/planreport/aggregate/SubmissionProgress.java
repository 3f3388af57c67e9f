package jp.planreport.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.planreport.model.PlanMaster;
import jp.planreport.model.PlanMasterEntry;
import jp.planreport.store.PlanSheetVersion;
import jp.planreport.store.SubmissionStore.RunReading;
import jp.planreport.store.UploadStore.Attempt;

/**
 * Where each plan of the year stands for the year-end report, as the portal shows it: 受付済 when a
 * version meets the year-end rules and nothing rejected came after it; 不備あり when the newest
 * upload was rejected, when the newest run found only rejected sheets for it in the folder, or when
 * the newest sheet is one still being written (a roll-up took it, the year-end rules would not);
 * 未提出 when nothing came. The same verdict as {@code validate}: sheets are judged by the year-end rules.
 */
public final class SubmissionProgress {

    /**
     * One plan: its status, the version that counts (if any), the newest upload that carried it (if
     * any), and the newest run's reading of only rejected sheets for it when that is why it is 不備あり;
     * {@code draft}: the newest version when it is a sheet still being written and nothing came after it.
     */
    public record PlanProgress(PlanMasterEntry plan, PlanStatus status, Optional<PlanSheetVersion> counted,
                               Optional<Attempt> latestUpload, Optional<RunReading> rejectedReading,
                               Optional<PlanSheetVersion> draft) {

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
     * @param rejected  the plans the newest run read only rejected sheets for
     */
    public static List<PlanProgress> of(PlanMaster master, Map<Integer, List<PlanSheetVersion>> versions,
                                        Map<Integer, Attempt> attempts, Map<Integer, RunReading> rejected) {
        List<PlanProgress> progress = new ArrayList<>();
        for (PlanMasterEntry plan : master.plans()) {
            List<PlanSheetVersion> all = versions.getOrDefault(plan.planNo(), List.of());
            Optional<PlanSheetVersion> yearEnd = VersionsThatCount.yearEndVersion(all);
            Optional<Attempt> attempt = Optional.ofNullable(attempts.get(plan.planNo()));
            // the run's reading counts when nothing newer (a version that meets the rules, an upload) came since
            Optional<RunReading> reading = Optional.ofNullable(rejected.get(plan.planNo()))
                    .filter(r -> yearEnd.isEmpty() || !r.readAt().isBefore(yearEnd.get().receivedAt()))
                    .filter(r -> attempt.isEmpty() || !r.readAt().isBefore(attempt.get().receivedAt()));
            // the newest version is a sheet still being written (a roll-up took it, the year-end rules
            // would not): unless an upload or a run's rejection came after it, it is what the year-end
            // compilation of the folder would judge, so it decides, with its run's notice of what it lacks
            Optional<PlanSheetVersion> draft = all.stream().findFirst().filter(v -> !v.yearEndRules())
                    .filter(v -> attempt.isEmpty() || v.receivedAt().isAfter(attempt.get().receivedAt()))
                    .filter(v -> reading.isEmpty() || v.receivedAt().isAfter(reading.get().readAt()));
            boolean notReadySince = reading.isPresent() || draft.isPresent() || attempt.filter(a -> a.versionId() == null)
                    .filter(a -> yearEnd.isEmpty() || !a.receivedAt().isBefore(yearEnd.get().receivedAt())).isPresent();
            PlanStatus status;
            if (yearEnd.isPresent() && !notReadySince) {
                status = PlanStatus.VALID;
            } else if (notReadySince || !all.isEmpty()) {
                status = PlanStatus.INVALID;
            } else {
                status = PlanStatus.MISSING;
            }
            progress.add(new PlanProgress(plan, status, yearEnd, attempt, reading, draft));
        }
        return progress;
    }
}
