package jp.planreport.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the intake reads (application.yml, or --plan-report.intake.…): in how many parts side by side,
 * and how many files each part stores per transaction.
 *
 * @param partitions     parts read side by side; 0 = one per processor
 * @param filesPerChunk  files read and stored per transaction of a part (a restart resumes after the last)
 */
@ConfigurationProperties("plan-report.intake")
public record IntakeProperties(@DefaultValue("0") int partitions, @DefaultValue("4") int filesPerChunk) {

    public IntakeProperties {
        if (partitions < 0 || filesPerChunk < 1) {
            throw new IllegalArgumentException("plan-report.intake.partitions は 0 以上、plan-report.intake.files-per-chunk は 1 以上にしてください"
                    + "（いまは " + partitions + " と " + filesPerChunk + "）。");
        }
    }

    /** The number of parts: as set, or one per processor. */
    public int gridSize() {
        return partitions > 0 ? partitions : Runtime.getRuntime().availableProcessors();
    }
}
