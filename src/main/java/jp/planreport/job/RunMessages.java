package jp.planreport.job;

import java.util.function.Consumer;

/** Where a run's words for the office go: the console for the CLI, the page for the portal. */
public record RunMessages(Consumer<String> info, Consumer<String> error) {

    public void info(String line) {
        info.accept(line);
    }

    public void error(String line) {
        error.accept(line);
    }
}
