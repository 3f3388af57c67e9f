package jp.planreport.lock;

import java.time.Duration;

/**
 * A schedule fires once across the instances that share a database: each instance's scheduler fires,
 * the first to claim the firing runs it, the others let it be. The claim stands for a while after the
 * firing (not only while the run lasts), so an instance whose clock or start is a little late does
 * not run the same firing again after the first has finished.
 */
public interface ScheduleLock {

    /**
     * Claims one firing of a schedule for this instance.
     * @param schedule what fires, e.g. 「schedule（夜間集計）」
     * @param window   how long the claim stands: firings of the same schedule within it are refused
     * @throws RunLock.Held when another instance claimed it; its holder says which
     */
    void claim(String schedule, Duration window);
}
