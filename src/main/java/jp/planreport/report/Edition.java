package jp.planreport.report;

import java.time.LocalDateTime;

import jp.planreport.aggregate.RollupChanges;

/**
 * Which edition of the outputs is being written: the year-end council report, or a nightly draft
 * (watermarked 「案」, with a completion page and 「未記入」 placeholders).
 *
 * @param compiledAt when the data was compiled, on the office's clock; printed on the cover and in the draft notes
 * @param changes    a draft's changes since the previous roll-up (「前回からの変更」); null for the
 *                   year-end edition
 */
public record Edition(boolean draft, LocalDateTime compiledAt, RollupChanges changes) {

    public static Edition yearEnd(LocalDateTime compiledAt) {
        return new Edition(false, compiledAt, null);
    }

    public static Edition draft(LocalDateTime compiledAt) {
        return new Edition(true, compiledAt, null);
    }

    public static Edition draft(LocalDateTime compiledAt, RollupChanges changes) {
        return new Edition(true, compiledAt, changes);
    }
}
