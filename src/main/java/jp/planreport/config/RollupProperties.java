package jp.planreport.config;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the nightly roll-up runs under {@code schedule} (application.yml, or on the command line as
 * --plan-report.rollup.cron=… and --plan-report.rollup.zone=…).
 *
 * @param cron Spring cron expression: second minute hour day month weekday
 * @param zone the office's time zone; it also dates the roll-up folders
 */
@ConfigurationProperties("plan-report.rollup")
public record RollupProperties(@DefaultValue("0 0 2 * * *") String cron, @DefaultValue("Asia/Tokyo") ZoneId zone) {
}
