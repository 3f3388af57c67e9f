package jp.planreport.job;

import java.util.List;

import org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader;

import jp.planreport.intake.SubmissionFile;
import jp.planreport.intake.SubmissionFolder;

/**
 * The files of the submissions folder, one item each, in name order. Restartable: the count of
 * files already handed out is saved with each chunk, so a resumed run does not read them again.
 */
public class SubmissionFileReader extends AbstractItemCountingItemStreamItemReader<SubmissionFile> {

    private final SubmissionFolder folder;
    private List<SubmissionFile> files;

    public SubmissionFileReader(SubmissionFolder folder) {
        this.folder = folder;
        setName("submissionFiles");
    }

    @Override
    protected void doOpen() {
        files = folder.files();
    }

    @Override
    protected SubmissionFile doRead() {
        int next = getCurrentItemCount() - 1;
        return next < files.size() ? files.get(next) : null;
    }

    @Override
    protected void doClose() {
        files = null;
    }
}
