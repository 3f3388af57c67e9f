package jp.planreport.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Import;

import jp.planreport.intake.IntakeLimits;

/**
 * The intake's limits and the outputs' pieces as settings: the defaults are the documented ones, a
 * given value is used, POI's process-wide guards are set from them at start, and a value that cannot
 * work stops the start with the key, the value and an example in Japanese.
 */
class SettingsTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
            .withUserConfiguration(Wiring.class);

    @EnableConfigurationProperties({IntakeProperties.class, RenderProperties.class})
    @Import({TemporaryFolder.class, LibrarySettings.class})
    static class Wiring {
    }

    @Test
    void withoutSettingsTheDefaultsAreTheOnesTheReadmeGives() {
        context.run(c -> {
            IntakeProperties intake = c.getBean(IntakeProperties.class);
            assertThat(intake).isEqualTo(IntakeProperties.DEFAULTS);
            assertThat(intake.limits()).isEqualTo(IntakeLimits.DEFAULTS)
                    .isEqualTo(new IntakeLimits(16L * 1024 * 1024, 0.01, 10_000));
            assertThat(intake.zipMaxEntryBytes()).isEqualTo(256L * 1024 * 1024);
            assertThat(c.getBean(RenderProperties.class)).isEqualTo(RenderProperties.DEFAULTS)
                    .isEqualTo(new RenderProperties(20, 10, 200));
        });
    }

    @Test
    void givenValuesAreUsedAndPoisGuardsAreSetFromThemAtStart() {
        context.withPropertyValues("plan-report.intake.max-part-size=2MB", "plan-report.intake.max-text-length=500",
                "plan-report.intake.zip-min-inflate-ratio=0.02", "plan-report.intake.zip-max-entry-size=64MB",
                "plan-report.render.plans-per-part=5").run(c -> {
            assertThat(c.getBean(IntakeProperties.class).limits()).isEqualTo(new IntakeLimits(2L * 1024 * 1024, 0.02, 500));
            assertThat(c.getBean(RenderProperties.class).plansPerPart()).isEqualTo(5);
            assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(0.02);
            assertThat(ZipSecureFile.getMaxEntrySize()).isEqualTo(64L * 1024 * 1024);
        });
        // the next context sets them from its own settings
        context.run(c -> {
            assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(0.01);
            assertThat(ZipSecureFile.getMaxEntrySize()).isEqualTo(256L * 1024 * 1024);
        });
    }

    @Test
    void aValueThatCannotWorkIsRefusedWithTheKeyTheValueAndAnExample() {
        assertThat(refusal("plan-report.intake.files-per-chunk=0"))
                .isEqualTo("設定 plan-report.intake.files-per-chunk の値「0」は 1 以上の整数にしてください。例: 4"
                        + "（application.yml か、コマンドラインの --plan-report.intake.files-per-chunk=… で直してください）");
        assertThat(refusal("plan-report.intake.partitions=-1")).contains("plan-report.intake.partitions の値「-1」は 0 以上");
        assertThat(refusal("plan-report.intake.max-part-size=16 megabytes"))
                .contains("plan-report.intake.max-part-size の値「16 megabytes」は大きさとして読めません", "例: 16MB");
        assertThat(refusal("plan-report.intake.max-part-size=100B")).contains("「100B」は小さすぎます");
        assertThat(refusal("plan-report.intake.zip-min-inflate-ratio=1")).contains("「1.0」は 0 より大きく 1 より小さい数");
        assertThat(refusal("plan-report.intake.zip-max-entry-size=8MB"))
                .as("POI's own limit below the intake's would refuse workbooks the intake means to read").contains("「8MB」は小さすぎます");
        assertThat(refusal("plan-report.render.pages-in-memory=0")).contains("plan-report.render.pages-in-memory の値「0」");
    }

    @Test
    void aWordWhereANumberBelongsIsNamedToo() {
        context.withPropertyValues("plan-report.intake.max-text-length=many").run(c -> {
            assertThat(c).hasFailed();
            InvalidSetting invalid = InvalidSetting.unconvertible(c.getStartupFailure());
            assertThat(invalid).isNotNull();
            assertThat(invalid.getMessage()).startsWith("設定 plan-report.intake.max-text-length の値「many」は読めません");
        });
    }

    private String refusal(String setting) {
        return SettingRefusals.of(context, setting);
    }
}
