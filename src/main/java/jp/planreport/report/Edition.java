package jp.planreport.report;

import java.time.LocalDateTime;

/**
 * Which edition of the outputs is being written: the year-end council report, or a nightly draft
 * (watermarked 「案」, with a completion page and 「未記入」 placeholders).
 *
 * @param compiledAt when the data was compiled; printed on the cover and in the draft notes
 */
public record Edition(boolean draft, LocalDateTime compiledAt) {

    public static Edition yearEnd(LocalDateTime compiledAt) {
        return new Edition(false, compiledAt);
    }

    public static Edition draft(LocalDateTime compiledAt) {
        return new Edition(true, compiledAt);
    }
}
