package jp.planreport.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The command and its options: {@code compile --fiscal-year=2022 --input=DIR --output=DIR}.
 * Options with a dot (--plan-report.organisation=…, --spring.…) are settings for Spring, not ours.
 */
public record CommandLineOptions(String command, Map<String, String> options, List<String> problems) {

    static final List<String> KNOWN = List.of("fiscal-year", "input", "output", "allow-incomplete", "from-previous-year", "help");

    public static CommandLineOptions parse(String[] args) {
        String command = null;
        Map<String, String> options = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-h")) {
                options.put("help", "true");
            } else if (arg.startsWith("--")) {
                String body = arg.substring(2);
                int eq = body.indexOf('=');
                String key = eq < 0 ? body : body.substring(0, eq);
                String value = eq < 0 ? "true" : body.substring(eq + 1);
                if (KNOWN.contains(key)) {
                    options.put(key, value);
                } else if (!key.contains(".")) {
                    problems.add("不明なオプションです: --" + key);
                }
            } else if (command == null) {
                command = arg;
            } else {
                problems.add("余分な引数です: " + arg);
            }
        }
        return new CommandLineOptions(command, options, problems);
    }

    public boolean help() {
        return options.containsKey("help") || "help".equals(command);
    }

    public Path input(Path fallback) {
        return options.containsKey("input") ? Path.of(options.get("input")) : fallback;
    }

    public Path output(Path fallback) {
        return options.containsKey("output") ? Path.of(options.get("output")) : fallback;
    }

    public boolean allowIncomplete() {
        return Boolean.parseBoolean(options.getOrDefault("allow-incomplete", "false"));
    }

    /** --fiscal-year=2022 (also 令和4年度, R4); empty when not given. */
    public OptionalInt fiscalYear() throws IllegalArgumentException {
        String value = options.get("fiscal-year");
        if (value == null) {
            return OptionalInt.empty();
        }
        OptionalInt year = jp.planreport.intake.FiscalYears.parse(value);
        if (year.isEmpty()) {
            throw new IllegalArgumentException("年度「" + value + "」を読み取れません（例: --fiscal-year=2022）");
        }
        return year;
    }
}
