package jp.planreport.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the nightly roll-up runs under {@code schedule} (application.yml, or on the command line as
 * --plan-report.rollup.cron=…). Checked when the program starts: a cron that cannot be read or never
 * fires is refused then, not found out at 2 a.m.
 *
 * @param cron Spring cron expression: second minute hour day month weekday, in the office's time zone
 * @param zone the earlier name of {@code plan-report.zone}, still read when that one is not set
 *             ({@link OfficeTime}); null when not given
 */
@ConfigurationProperties("plan-report.rollup")
public record RollupProperties(@DefaultValue("0 0 2 * * *") String cron, String zone) {

    public RollupProperties {
        InvalidSetting.cron("plan-report.rollup.cron", cron);
        InvalidSetting.zone("plan-report.rollup.zone", zone);
    }
}
