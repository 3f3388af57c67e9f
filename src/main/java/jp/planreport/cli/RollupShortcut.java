package jp.planreport.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.OptionalInt;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.io.ClassPathResource;

import jp.planreport.config.PlanReportProperties;
import jp.planreport.intake.Checksums;
import jp.planreport.intake.SubmissionFolder;
import jp.planreport.model.FiscalYears;

/**
 * The quick answer to a roll-up of unchanged input, given before Spring and the database start
 * (which is most of the time such a run would take). Every successful roll-up leaves a note beside
 * its drafts, {@code <output>/<year>/rollup/.last-rollup}: the input folder, its digest and the digest of
 * the settings that change the outputs. When both are still the same, the roll-up says so and ends. Any doubt (no note, another folder, a
 * setting it cannot read) falls through to the full check against the job repository.
 */
final class RollupShortcut {

    private static final Logger log = LoggerFactory.getLogger(RollupShortcut.class);
    private static final String NOTE = ".last-rollup";

    private RollupShortcut() {
    }

    /** @return true when the input is unchanged and the roll-up has answered */
    static boolean answered(String[] args, CommandLineOptions options) {
        if (options.force()) {
            return false;
        }
        try {
            StandardEnvironment settings = settings(args);
            Path input = options.input(Path.of(settings.getProperty("plan-report.input", "input"))).toAbsolutePath().normalize();
            Path output = options.output(Path.of(settings.getProperty("plan-report.output", "output"))).toAbsolutePath().normalize();
            OptionalInt year = options.fiscalYear().isPresent() ? options.fiscalYear() : SubmissionFolder.newestYear(input);
            if (year.isEmpty() || !Files.isRegularFile(note(output, year.getAsInt()))) {
                return false;
            }
            Properties last = new Properties();
            try (InputStream in = Files.newInputStream(note(output, year.getAsInt()))) {
                last.load(in);
            }
            SubmissionFolder folder = SubmissionFolder.of(input, year.getAsInt());
            String settingsDigest = outputSettingsDigest(settings);
            if (!input.toString().equals(last.getProperty("input")) || !Checksums.of(folder).equals(last.getProperty("digest"))
                    || !settingsDigest.equals(last.getProperty("settings"))) {
                return false;
            }
            Console.info(FiscalYears.label(year.getAsInt()) + " 夜間集計: " + folder.yearFolder());
            Console.info("変更はありません: 前回の夜間集計（" + last.getProperty("finished") + "）から入力は同じです。何も出力していません。");
            return true;
        } catch (IOException | RuntimeException e) {
            log.info("roll-up shortcut not taken: {}", e.toString());
            return false;
        }
    }

    /** Leaves the note of a successful roll-up (written beside, then moved into place). */
    static void remember(Path output, int fiscalYear, Path input, String digest, String settingsDigest, String finished) {
        Path note = note(output, fiscalYear);
        Properties properties = new Properties();
        properties.setProperty("input", input.toString());
        properties.setProperty("digest", digest);
        properties.setProperty("settings", settingsDigest);
        properties.setProperty("finished", finished);
        try {
            Files.createDirectories(note.getParent());
            Path part = note.resolveSibling(NOTE + ".part");
            try (OutputStream out = Files.newOutputStream(part)) {
                properties.store(out, "the last successful roll-up (plan-report)");
            }
            Files.move(part, note, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("could not leave the roll-up note {}", note, e); // only the next quick answer is lost
        }
    }

    private static Path note(Path output, int fiscalYear) {
        return output.resolve(Integer.toString(fiscalYear)).resolve("rollup").resolve(NOTE);
    }

    /** The digest of the settings that change the outputs, bound as Spring binds them. */
    static String outputSettingsDigest(StandardEnvironment settings) {
        return Binder.get(settings).bind("plan-report", PlanReportProperties.class).get().outputSettingsDigest();
    }

    /** The settings that decide the folders, as Spring would read them: command line over application.yml. */
    static StandardEnvironment settings(String[] args) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        return environment;
    }
}
