package jp.planreport.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import jp.planreport.intake.IntakeLimits;

/**
 * How the intake reads (application.yml, or --plan-report.intake.…): in how many parts side by side,
 * how many files each part stores per transaction, and how much of a workbook it takes before it
 * refuses it. Every value is checked at start ({@link InvalidSetting}).
 *
 * @param partitions         parts read side by side; 0 = one per processor
 * @param filesPerChunk      files read and stored per transaction of a part (a restart resumes after the last)
 * @param maxPartSize        the largest expanded part of a workbook (e.g. 16MB); a larger one is refused unread
 * @param maxTextLength      the longest text of one field, in characters
 * @param zipMinInflateRatio POI's zip-bomb guard for every zip it opens in the process: a part may expand at
 *                           most 1/ratio-fold (0.01 = 100-fold)
 * @param zipMaxEntrySize    what POI lets any part of any zip expand to in this process, in case a zip lies
 *                           about its sizes (at least {@code maxPartSize})
 */
@ConfigurationProperties("plan-report.intake")
public record IntakeProperties(@DefaultValue("0") int partitions, @DefaultValue("4") int filesPerChunk,
                               @DefaultValue("16MB") String maxPartSize, @DefaultValue("10000") int maxTextLength,
                               @DefaultValue("0.01") double zipMinInflateRatio, @DefaultValue("256MB") String zipMaxEntrySize) {

    /** The settings when none are given (tests and tools that build the intake themselves). */
    public static final IntakeProperties DEFAULTS = new IntakeProperties(0, 4, "16MB", 10_000, 0.01, "256MB");

    private static final String PREFIX = "plan-report.intake.";

    public IntakeProperties {
        InvalidSetting.atLeast(PREFIX + "partitions", partitions, 0, "0（プロセッサの数）、2");
        InvalidSetting.atLeast(PREFIX + "files-per-chunk", filesPerChunk, 1, "4");
        long part = InvalidSetting.size(PREFIX + "max-part-size", maxPartSize, 1024, "16MB");
        InvalidSetting.atLeast(PREFIX + "max-text-length", maxTextLength, 1, "10000");
        InvalidSetting.ratio(PREFIX + "zip-min-inflate-ratio", zipMinInflateRatio, "0.01（100 倍まで）");
        InvalidSetting.size(PREFIX + "zip-max-entry-size", zipMaxEntrySize, part, "256MB");
    }

    /** The number of parts: as set, or one per processor. */
    public int gridSize() {
        return partitions > 0 ? partitions : Runtime.getRuntime().availableProcessors();
    }

    /** The limits the intake applies to each workbook. */
    public IntakeLimits limits() {
        return new IntakeLimits(bytes(maxPartSize), zipMinInflateRatio, maxTextLength);
    }

    /** POI's process-wide limit on an expanded zip part, in bytes. */
    public long zipMaxEntryBytes() {
        return bytes(zipMaxEntrySize);
    }

    private static long bytes(String size) {
        return org.springframework.util.unit.DataSize.parse(size.strip()).toBytes();
    }
}
