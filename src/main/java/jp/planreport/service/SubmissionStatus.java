package jp.planreport.service;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import jp.planreport.aggregate.Completion;
import jp.planreport.aggregate.SubmissionProgress;
import jp.planreport.aggregate.SubmissionProgress.PlanProgress;
import jp.planreport.model.Finding;
import jp.planreport.model.PlanMaster;
import jp.planreport.store.SubmissionStore;
import jp.planreport.store.UploadStore;

/** Where each plan of a year stands (see {@link SubmissionProgress}), from the store and the uploads. */
@Service
public class SubmissionStatus {

    private final SubmissionStore store;
    private final UploadStore uploads;

    public SubmissionStatus(SubmissionStore store, UploadStore uploads) {
        this.store = store;
        this.uploads = uploads;
    }

    public List<PlanProgress> of(PlanMaster master) {
        // which version counts needs no sheet: the metadata only (a year's thousand sheets stay in the store)
        int year = master.fiscalYear();
        return SubmissionProgress.of(master, store.metadataOfYear(year), uploads.latestAttempts(year), store.rejectedInNewestRun(year));
    }

    /** How far the year has come, per 方針 and per department (see {@link Completion}). */
    public Completion completion(PlanMaster master) {
        return Completion.of(of(master), store.gradesOfYear(master.fiscalYear()));
    }

    /**
     * Why a plan is 不備あり: the findings of the newest run about the rejected sheets it read for it,
     * or about the sheet still being written that it kept (what is not written yet), or of the newest
     * upload about this plan's sheets; with those about the file as a whole.
     */
    public List<Finding> findings(PlanProgress plan) {
        if (plan.rejectedReading().isPresent()) {
            return findingsOf(plan.rejectedReading().get());
        }
        if (plan.draft().isPresent()) {
            return store.newestReading(plan.draft().get()).map(this::findingsOf).orElse(List.of());
        }
        return plan.latestUpload().map(a -> findingsOf(a.uploadId(), plan.plan().planNo())).orElse(List.of());
    }

    /** What a run found in the sheets it read, and about their files as a whole. */
    private List<Finding> findingsOf(SubmissionStore.RunReading reading) {
        return store.findings(reading.jobInstanceId()).stream().filter(reading::isAbout).toList();
    }

    private List<Finding> findingsOf(long uploadId, int planNo) {
        List<String> sheets = uploads.sheets(uploadId).stream().filter(s -> Integer.valueOf(planNo).equals(s.planNo()))
                .map(UploadStore.UploadSheet::sheetName).toList();
        return uploads.findings(uploadId).stream().filter(f -> f.sheet() == null || sheets.contains(f.sheet())).toList();
    }

    /** Who first uploaded each version of the year (versions read from the folder are not in it). */
    public Map<Long, String> uploaders(int fiscalYear) {
        return uploads.uploaders(fiscalYear);
    }
}
