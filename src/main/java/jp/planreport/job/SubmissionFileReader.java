package jp.planreport.job;

import java.util.List;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import jp.planreport.intake.SubmissionFile;
import jp.planreport.intake.SubmissionFolder;

/**
 * The files of the submissions folder, one item each, in name order: all of them, or every n-th
 * for one part of a partitioned intake. Restartable: the count of files already handed out is
 * saved with each chunk, so a resumed run does not read them again.
 */
public class SubmissionFileReader extends AbstractItemCountingItemStreamItemReader<SubmissionFile> {

    private final SubmissionFolder folder;
    private final int part;
    private final int parts;
    private List<SubmissionFile> files;

    public SubmissionFileReader(SubmissionFolder folder) {
        this(folder, 0, 1);
    }

    /** @param part which of the {@code parts} to read: files number part, part + parts, … */
    public SubmissionFileReader(SubmissionFolder folder, int part, int parts) {
        this.folder = folder;
        this.part = part;
        this.parts = parts;
        setName("submissionFiles");
    }

    @Override
    protected void doOpen() {
        List<SubmissionFile> all = folder.files();
        files = java.util.stream.IntStream.range(0, all.size()).filter(i -> i % parts == part).mapToObj(all::get).toList();
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
