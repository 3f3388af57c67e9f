package jp.planreport.job;

import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import jp.planreport.aggregate.RollupChanges;
import jp.planreport.cli.Console;
import jp.planreport.config.OfficeTime;
import jp.planreport.intake.PlanMaster;

/**
 * 「前回からの変更」: fixes which roll-up this one is compared with and prints the new, changed and
 * newly invalid plans by department. The draft workbook shows the same list in its own sheet.
 */
public class RollupChangesTasklet implements Tasklet {

    private final PlanMaster master;
    private final RollupHistory rollups;

    public RollupChangesTasklet(PlanMaster master, RollupHistory rollups) {
        this.master = master;
        this.rollups = rollups;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        rollups.pinPrevious(job);
        RollupChanges changes = rollups.changes(job, master);
        describe(changes).forEach(Console::info);
        contribution.incrementWriteCount(changes.changes().size());
        return RepeatStatus.FINISHED;
    }

    static List<String> describe(RollupChanges changes) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(changes.previousRollupAt() == null ? "  前回からの変更（この年度の最初の夜間集計です）:"
                : "  前回からの変更（前回の夜間集計 " + OfficeTime.format(changes.previousRollupAt()) + "）:");
        if (changes.isEmpty()) {
            lines.add("    提出されたシートに変更はありません。");
        }
        for (Map.Entry<String, List<RollupChanges.Change>> department : changes.byDepartment().entrySet()) {
            lines.add("    【" + department.getKey() + "】");
            for (RollupChanges.Change c : department.getValue()) {
                lines.add("      " + c.kind().label() + "  プラン" + c.planNo() + "「" + c.planTitle() + "」（" + c.sourceFile() + "）");
            }
        }
        return lines;
    }
}
