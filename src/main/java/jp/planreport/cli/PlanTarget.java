package jp.planreport.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

import jp.planreport.config.PlanReportProperties;
import jp.planreport.intake.SubmissionFolder;

/**
 * The plan a command is about ({@code history --plan=N}, {@code diff --plan=N}) and its year: the
 * one given, else the newest year of the input folder.
 */
record PlanTarget(int fiscalYear, int planNo) {

    /** @return the target, or empty after saying what is wrong (exit status 2) */
    static Optional<PlanTarget> of(CommandLineOptions options, PlanReportProperties properties) {
        try {
            OptionalInt planNo = options.planNo();
            if (planNo.isEmpty()) {
                Console.error("--plan=プラン番号 を指定してください（例: --plan=3）");
                return Optional.empty();
            }
            Path input = options.input(properties.input()).toAbsolutePath().normalize();
            OptionalInt year = options.fiscalYear().isPresent() ? options.fiscalYear() : SubmissionFolder.newestYear(input);
            if (year.isEmpty()) {
                Console.error("年度が分かりません。--fiscal-year=2022 のように指定してください。");
                return Optional.empty();
            }
            return Optional.of(new PlanTarget(year.getAsInt(), planNo.getAsInt()));
        } catch (IllegalArgumentException e) {
            Console.error(e.getMessage());
            return Optional.empty();
        }
    }
}
