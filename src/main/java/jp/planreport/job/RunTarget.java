package jp.planreport.job;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import jp.planreport.config.PlanReportProperties;
import jp.planreport.intake.PlanMasterException;
import jp.planreport.intake.PlanMasterReader;
import jp.planreport.intake.SubmissionFolder;
import jp.planreport.model.PlanMaster;

/**
 * What a run works on: the input and output folders and the fiscal year (the newest year with a
 * plans.csv when not given), with the plan master checked before anything is touched. The command
 * line and the portal resolve it alike.
 */
public record RunTarget(Path input, Path output, int fiscalYear, PlanMaster master, String settingsDigest) {

    /**
     * @param whatStops what a broken plans.csv stops, for the message (e.g. 年度末取りまとめ)
     * @return the target, or empty after telling the office what is wrong
     */
    public static Optional<RunTarget> resolve(Path input, Path output, OptionalInt fiscalYear, PlanReportProperties properties,
                                              String whatStops, RunMessages say) {
        input = input.toAbsolutePath().normalize();
        output = output.toAbsolutePath().normalize();
        OptionalInt year;
        try {
            year = fiscalYear.isPresent() ? fiscalYear : SubmissionFolder.newestYear(input);
        } catch (IllegalArgumentException e) {
            say.error(e.getMessage());
            return Optional.empty();
        }
        if (year.isEmpty()) {
            say.error("入力フォルダ " + input + " に <年度>/plans.csv が見つかりません。--input を確認してください。");
            return Optional.empty();
        }
        SubmissionFolder folder = SubmissionFolder.of(input, year.getAsInt());
        try {
            return Optional.of(new RunTarget(input, output, year.getAsInt(),
                    new PlanMasterReader().read(folder.planMaster(), year.getAsInt()), properties.outputSettingsDigest()));
        } catch (PlanMasterException e) {
            say.error("プラン一覧（" + folder.planMaster() + "）に誤りがあるため、" + whatStops + "を中止しました。何も出力していません。");
            e.problems().forEach(p -> say.error("  " + p));
            return Optional.empty();
        }
    }

    /**
     * The parameters every run of this target has: year, folders, the digest of the input as it is
     * now, and of the settings that change the outputs.
     */
    public JobParametersBuilder parameters(String inputDigest) {
        return new JobParametersBuilder()
                .addLong(JobParameterNames.FISCAL_YEAR, (long) fiscalYear)
                .addString(JobParameterNames.INPUT, input.toString())
                .addString(JobParameterNames.OUTPUT, output.toString())
                .addString(JobParameterNames.INPUT_DIGEST, inputDigest)
                .addString(JobParameterNames.SETTINGS_DIGEST, settingsDigest, false);
    }

    /** Whether a run was made with the settings of this one (a run of an earlier release was not). */
    public boolean sameSettingsAs(JobExecution run) {
        return settingsDigest.equals(run.getJobParameters().getString(JobParameterNames.SETTINGS_DIGEST));
    }

    public SubmissionFolder folder() {
        return SubmissionFolder.of(input, fiscalYear);
    }
}
