package jp.planreport.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The run lock in a shared database (PostgreSQL). A running instance renews its lock every third of
 * the expiry; an instance that was killed or cut off leaves it behind, and another one can start the
 * run again (resuming it) once the expiry has passed.
 *
 * @param expiry how long a lock outlives an instance that stopped renewing it (ISO-8601, e.g. PT1M)
 */
@ConfigurationProperties("plan-report.lock")
public record LockProperties(@DefaultValue("PT1M") Duration expiry) {

    public LockProperties {
        InvalidSetting.atLeast("plan-report.lock.expiry", expiry, Duration.ofSeconds(1), "PT1M（1 分）");
    }
}
