package jp.planreport.service;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import jp.planreport.aggregate.SubmissionProgress;
import jp.planreport.aggregate.SubmissionProgress.PlanProgress;
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
        return SubmissionProgress.of(master, store.versionsOfYear(master.fiscalYear()), uploads.latestAttempts(master.fiscalYear()));
    }

    /** Who first uploaded each version of the year (versions read from the folder are not in it). */
    public Map<Long, String> uploaders(int fiscalYear) {
        return uploads.uploaders(fiscalYear);
    }
}
