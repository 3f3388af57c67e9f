package jp.planreport.job;

import java.nio.file.Path;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/** Moves the finished part files over the previous outputs, each in one atomic step. */
public class PublishTasklet implements Tasklet {

    private final OutputFiles outputs;

    public PublishTasklet(OutputFiles outputs) {
        this.outputs = outputs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        for (Path output : outputs.all()) {
            if (java.nio.file.Files.exists(OutputFiles.partOf(output))) {
                OutputFiles.publish(output);
            }
        }
        return RepeatStatus.FINISHED;
    }
}
