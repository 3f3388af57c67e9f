package jp.planreport.job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.scheduling.TriggerContext;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.scheduling.support.SimpleTriggerContext;
import org.springframework.stereotype.Component;

import jp.planreport.config.OfficeTime;
import jp.planreport.config.RollupProperties;

/** When {@code schedule} rolls up: the configured cron in the configured time zone. */
@Component
public class RollupSchedule {

    private static final Duration MOST_CLAIMED = Duration.ofMinutes(5);

    private final RollupProperties properties;
    private final ZoneId zone;
    private final CronTrigger trigger;

    public RollupSchedule(RollupProperties properties, OfficeTime time) {
        this.properties = properties;
        this.zone = time.zone();
        this.trigger = new CronTrigger(properties.cron(), zone);
    }

    public CronTrigger trigger() {
        return trigger;
    }

    /** The first roll-up after the given moment, in the office's time zone. */
    public ZonedDateTime nextAfter(Instant moment) {
        TriggerContext context = new SimpleTriggerContext(Clock.fixed(moment, zone));
        return trigger.nextExecution(context).atZone(zone);
    }

    /**
     * How long a firing is claimed by the instance that runs it ({@link jp.planreport.lock.ScheduleLock}):
     * long enough for another instance's late firing of the same time, short of the next firing.
     */
    public Duration claimWindow(Instant firing) {
        Duration half = Duration.between(firing, nextAfter(firing).toInstant()).dividedBy(2);
        return half.compareTo(MOST_CLAIMED) < 0 ? half : MOST_CLAIMED;
    }

    /** 「0 0 2 * * *（Asia/Tokyo）」 */
    public String describe() {
        return properties.cron() + "（" + zone + "）";
    }
}
