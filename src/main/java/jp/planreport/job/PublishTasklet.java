package jp.planreport.job;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Moves the finished part files over the previous outputs, each in one atomic step. A publish cut
 * short between the two moves is finished by the resumed run: what is already moved has no part file.
 */
public class PublishTasklet implements Tasklet {

    private final OutputFiles outputs;

    public PublishTasklet(OutputFiles outputs) {
        this.outputs = outputs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        for (Path output : outputs.all()) {
            if (Files.exists(OutputFiles.partOf(output))) {
                try {
                    OutputFiles.publish(output);
                } catch (FileSystemException e) {
                    // on Windows, a report open in a viewer cannot be replaced: say which one to close
                    throw new IOException(output.getFileName() + " を置き換えられません（開いていたら閉じてください）: " + e.getMessage(), e);
                }
                contribution.incrementWriteCount(1);
            }
        }
        return RepeatStatus.FINISHED;
    }
}
