package jp.planreport.cli;

import java.nio.file.Path;
import java.util.OptionalInt;

import org.springframework.batch.core.JobParametersBuilder;

import jp.planreport.config.PlanReportProperties;
import jp.planreport.intake.PlanMaster;
import jp.planreport.intake.PlanMasterException;
import jp.planreport.intake.PlanMasterReader;
import jp.planreport.intake.SubmissionFolder;
import jp.planreport.job.JobParameterNames;

/**
 * What a compile or roll-up works on: the input and output folders and the fiscal year (the newest
 * year with a plans.csv when not given), with the plan master checked before anything is touched.
 */
record RunTarget(Path input, Path output, int fiscalYear, PlanMaster master) {

    /** Thrown with the message for the office when the target cannot be used; exit status 2. */
    static final class Unusable extends Exception {
        Unusable(String message) {
            super(message);
        }
    }

    static RunTarget resolve(CommandLineOptions options, PlanReportProperties properties) throws Unusable {
        Path input = options.input(properties.input()).toAbsolutePath().normalize();
        Path output = options.output(properties.output()).toAbsolutePath().normalize();
        OptionalInt year;
        try {
            year = options.fiscalYear().isPresent() ? options.fiscalYear() : SubmissionFolder.newestYear(input);
        } catch (IllegalArgumentException e) {
            throw new Unusable(e.getMessage());
        }
        if (year.isEmpty()) {
            throw new Unusable("入力フォルダ " + input + " に <年度>/plans.csv が見つかりません。--input を確認してください。");
        }
        SubmissionFolder folder = SubmissionFolder.of(input, year.getAsInt());
        try {
            return new RunTarget(input, output, year.getAsInt(), new PlanMasterReader().read(folder.planMaster(), year.getAsInt()));
        } catch (PlanMasterException e) {
            StringBuilder message = new StringBuilder("プラン一覧（" + folder.planMaster() + "）に誤りがあるため、中止しました。何も出力していません。");
            e.problems().forEach(p -> message.append(System.lineSeparator()).append("  ").append(p));
            throw new Unusable(message.toString());
        }
    }

    /** The parameters every run of this target has: year, folders and the digest of the input as it is now. */
    JobParametersBuilder parameters(String inputDigest) {
        return new JobParametersBuilder()
                .addLong(JobParameterNames.FISCAL_YEAR, (long) fiscalYear)
                .addString(JobParameterNames.INPUT, input.toString())
                .addString(JobParameterNames.OUTPUT, output.toString())
                .addString(JobParameterNames.INPUT_DIGEST, inputDigest);
    }

    SubmissionFolder folder() {
        return SubmissionFolder.of(input, fiscalYear);
    }
}
