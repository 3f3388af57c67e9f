package jp.planreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import jp.planreport.config.RollupProperties;

/** The schedule's wiring: cron and zone from configuration, checked by the next time it would fire. */
class RollupScheduleTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
            .withUserConfiguration(Wiring.class);

    @EnableConfigurationProperties(RollupProperties.class)
    static class Wiring {
        @org.springframework.context.annotation.Bean
        RollupSchedule rollupSchedule(RollupProperties properties) {
            return new RollupSchedule(properties);
        }
    }

    @Test
    void byDefaultItRollsUpAtTwoInTheMorningTokyoTime() {
        context.run(c -> {
            RollupSchedule schedule = c.getBean(RollupSchedule.class);
            assertThat(schedule.nextAfter(ZonedDateTime.parse("2022-11-24T15:00:00+09:00[Asia/Tokyo]").toInstant()))
                    .isEqualTo(ZonedDateTime.parse("2022-11-25T02:00:00+09:00[Asia/Tokyo]"));
            // 16:59 UTC is 01:59 in Tokyo: the same night
            assertThat(schedule.nextAfter(ZonedDateTime.parse("2022-11-24T16:59:00Z").toInstant()))
                    .isEqualTo(ZonedDateTime.parse("2022-11-25T02:00:00+09:00[Asia/Tokyo]"));
            assertThat(schedule.describe()).isEqualTo("0 0 2 * * *（Asia/Tokyo）");
        });
    }

    @Test
    void theCronAndTheZoneComeFromConfiguration() {
        context.withPropertyValues("plan-report.rollup.cron=0 30 22 * * MON-FRI", "plan-report.rollup.zone=Europe/Paris")
                .run(c -> {
                    RollupSchedule schedule = c.getBean(RollupSchedule.class);
                    // Friday 2022-11-25 23:00 Paris → next is Monday 22:30 Paris
                    assertThat(schedule.nextAfter(ZonedDateTime.parse("2022-11-25T23:00:00+01:00[Europe/Paris]").toInstant()))
                            .isEqualTo(ZonedDateTime.parse("2022-11-28T22:30:00+01:00[Europe/Paris]"));
                });
    }
}
