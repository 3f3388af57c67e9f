package jp.planreport.job;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the intake into parts that read every n-th file of the submissions folder (in name order),
 * so that the workbooks are parsed on several threads; each part is a restartable step of its own.
 * Only numbers go into a part's context, so a part could as well run in another process.
 */
public class SubmissionFilePartitioner implements Partitioner {

    static final String PART = "part";
    static final String PARTS = "parts";

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> parts = new LinkedHashMap<>();
        for (int i = 0; i < gridSize; i++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(PART, i);
            context.putInt(PARTS, gridSize);
            parts.put("part" + i, context);
        }
        return parts;
    }
}
