package jp.planreport.cli;

import java.nio.file.Path;
import java.util.OptionalInt;

import jp.planreport.config.PlanReportProperties;
import jp.planreport.intake.PlanMaster;
import jp.planreport.intake.PlanMasterException;
import jp.planreport.intake.PlanMasterReader;
import jp.planreport.intake.SubmissionFolder;

/**
 * The input year folder a command works on (--input, --fiscal-year or the newest year) and its plan
 * master, read before anything else: a broken plans.csv stops the command with the problems listed.
 */
record YearInput(SubmissionFolder folder, int fiscalYear, PlanMaster master) {

    /** @return the year's input, or empty after telling the office what is wrong (exit status 2) */
    static java.util.Optional<YearInput> resolve(CommandLineOptions options, PlanReportProperties properties,
                                                 String whatStops) {
        Path input = options.input(properties.input()).toAbsolutePath().normalize();
        OptionalInt year;
        try {
            year = options.fiscalYear().isPresent() ? options.fiscalYear() : SubmissionFolder.newestYear(input);
        } catch (IllegalArgumentException e) {
            Console.error(e.getMessage());
            return java.util.Optional.empty();
        }
        if (year.isEmpty()) {
            Console.error("入力フォルダ " + input + " に <年度>/plans.csv が見つかりません。--input を確認してください。");
            return java.util.Optional.empty();
        }
        SubmissionFolder folder = SubmissionFolder.of(input, year.getAsInt());
        try {
            return java.util.Optional.of(new YearInput(folder, year.getAsInt(),
                    new PlanMasterReader().read(folder.planMaster(), year.getAsInt())));
        } catch (PlanMasterException e) {
            Console.error("プラン一覧（" + folder.planMaster() + "）に誤りがあるため、" + whatStops + "を中止しました。何も出力していません。");
            e.problems().forEach(p -> Console.error("  " + p));
            return java.util.Optional.empty();
        }
    }
}
