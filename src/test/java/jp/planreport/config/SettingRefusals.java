package jp.planreport.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** What the office is told when a setting stops the program at start. */
public final class SettingRefusals {

    private SettingRefusals() {
    }

    /** The message of the {@link InvalidSetting} among the causes of the context's failure to start with {@code setting}. */
    public static String of(ApplicationContextRunner context, String setting) {
        String[] message = new String[1];
        context.withPropertyValues(setting).run(c -> {
            assertThat(c).hasFailed();
            for (Throwable t = c.getStartupFailure(); t != null; t = t.getCause()) {
                if (t instanceof InvalidSetting invalid) {
                    message[0] = invalid.getMessage();
                }
            }
        });
        assertThat(message[0]).as("an InvalidSetting among the causes of " + setting).isNotNull();
        return message[0];
    }
}
