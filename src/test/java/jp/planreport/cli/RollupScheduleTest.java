package jp.planreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Import;

import jp.planreport.job.RollupSchedule;
import jp.planreport.config.InvalidSetting;
import jp.planreport.config.OfficeTime;
import jp.planreport.config.PlanReportProperties;
import jp.planreport.config.RollupProperties;
import jp.planreport.config.SettingRefusals;

/** The schedule's wiring: cron and zone from configuration, checked by the next time it would fire. */
class RollupScheduleTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
            .withUserConfiguration(Wiring.class);

    @EnableConfigurationProperties({RollupProperties.class, PlanReportProperties.class})
    @Import({OfficeTime.class, RollupSchedule.class})
    static class Wiring {
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
        context.withPropertyValues("plan-report.rollup.cron=0 30 22 * * MON-FRI", "plan-report.zone=Europe/Paris")
                .run(c -> {
                    RollupSchedule schedule = c.getBean(RollupSchedule.class);
                    // Friday 2022-11-25 23:00 Paris → next is Monday 22:30 Paris
                    assertThat(schedule.nextAfter(ZonedDateTime.parse("2022-11-25T23:00:00+01:00[Europe/Paris]").toInstant()))
                            .isEqualTo(ZonedDateTime.parse("2022-11-28T22:30:00+01:00[Europe/Paris]"));
                });
    }

    @Test
    void theEarlierKeyOfTheZoneIsStillReadAndTheNewOneWins() {
        context.withPropertyValues("plan-report.rollup.zone=Europe/Paris")
                .run(c -> assertThat(c.getBean(RollupSchedule.class).describe()).isEqualTo("0 0 2 * * *（Europe/Paris）"));
        context.withPropertyValues("plan-report.rollup.zone=Europe/Paris", "plan-report.zone=America/New_York")
                .run(c -> assertThat(c.getBean(RollupSchedule.class).describe()).isEqualTo("0 0 2 * * *（America/New_York）"));
    }

    @Test
    void aCronThatCannotBeReadOrNeverFiresAndAWrongZoneAreRefusedWithTheValueAndAnExample() {
        assertThat(refusal("plan-report.rollup.cron=0 0 25 * * *"))
                .contains("plan-report.rollup.cron の値「0 0 25 * * *」は時刻の指定", "例: \"0 0 2 * * *\"");
        assertThat(refusal("plan-report.rollup.cron=0 0 2 30 2 *"))
                .contains("「0 0 2 30 2 *」では、今後 4 年のうちに一度も実行されません", "例: \"0 0 2 * * *\"");
        assertThat(refusal("plan-report.zone=Asia/Tokio"))
                .contains("plan-report.zone の値「Asia/Tokio」はタイムゾーンとして正しくありません。例: Asia/Tokyo");
        assertThat(refusal("plan-report.rollup.zone=JST+9")).contains("plan-report.rollup.zone の値「JST+9」");
    }

    private String refusal(String setting) {
        return SettingRefusals.of(context, setting);
    }
}
