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

    static final List<String> KNOWN = List.of("fiscal-year", "input", "output", "allow-incomplete", "force", "limit",
            "from-previous-year", "help", "login", "role", "department", "name", "to", "from", "plan");
    /** the commands that take a second word: {@code user add} */
    static final List<String> WITH_SUBCOMMAND = List.of("user");

    /** the second word of a command that has one, kept among the options */
    static final String SUBCOMMAND = "subcommand";

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
            } else if (WITH_SUBCOMMAND.contains(command) && !options.containsKey(SUBCOMMAND)) {
                options.put(SUBCOMMAND, arg);
            } else {
                problems.add("余分な引数です: " + arg);
            }
        }
        return new CommandLineOptions(command, options, problems);
    }

    /** The command and our options, for the run lock file (settings are left out: they may hold a password). */
    String describe() {
        StringBuilder text = new StringBuilder(String.valueOf(command));
        options.forEach((key, value) -> text.append(" --").append(key).append("true".equals(value) ? "" : "=" + value));
        return text.toString();
    }

    /** {@code add} of {@code user add}; null when not given. */
    public String subcommand() {
        return options.get(SUBCOMMAND);
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

    /** --force: build the outputs again although the input did not change. */
    public boolean force() {
        return Boolean.parseBoolean(options.getOrDefault("force", "false"));
    }

    /** --limit=N for history: how many runs, newest first. */
    public int limit(int fallback) throws IllegalArgumentException {
        String value = options.get("limit");
        if (value == null) {
            return fallback;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit > 0) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("--limit には 1 以上の数を指定してください（例: --limit=50）");
    }

    /** --plan=N (history, diff); empty when not given. */
    public OptionalInt planNo() throws IllegalArgumentException {
        return positive("plan", "プラン番号", "--plan=3");
    }

    /** --from=V / --to=W of diff: a version number as history lists it; empty when not given. */
    public OptionalInt version(String which) throws IllegalArgumentException {
        return positive(which, "版の番号", "--" + which + "=12（history --plan=N の「版」）");
    }

    private OptionalInt positive(String key, String what, String example) {
        String value = options.get(key);
        if (value == null) {
            return OptionalInt.empty();
        }
        OptionalInt number = jp.planreport.model.TextRules.parseInteger(value);
        if (number.isEmpty() || number.getAsInt() < 1) {
            throw new IllegalArgumentException("--" + key + " には" + what + "を指定してください（例: " + example + "）");
        }
        return number;
    }

    /** --fiscal-year=2022 (also 令和4年度, R4); empty when not given. */
    public OptionalInt fiscalYear() throws IllegalArgumentException {
        String value = options.get("fiscal-year");
        if (value == null) {
            return OptionalInt.empty();
        }
        OptionalInt year = jp.planreport.model.FiscalYears.parse(value);
        if (year.isEmpty()) {
            throw new IllegalArgumentException("年度「" + value + "」を読み取れません（例: --fiscal-year=2022）");
        }
        return year;
    }

    /** The run's target from these options, or empty after saying what is wrong (exit status 2). */
    java.util.Optional<jp.planreport.job.RunTarget> target(jp.planreport.config.PlanReportProperties properties, String whatStops) {
        OptionalInt year;
        try {
            year = fiscalYear();
        } catch (IllegalArgumentException e) {
            Console.error(e.getMessage());
            return java.util.Optional.empty();
        }
        return jp.planreport.job.RunTarget.resolve(input(properties.input()), output(properties.output()), year, properties, whatStops,
                Console.MESSAGES);
    }
}
