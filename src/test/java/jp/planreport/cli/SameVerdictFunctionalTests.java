package jp.planreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;

import jp.planreport.job.RunTarget;
import jp.planreport.FunctionalTest;
import jp.planreport.config.PlanReportProperties;
import jp.planreport.job.SampleInput;
import jp.planreport.job.YearEndCompilationJobConfiguration;
import jp.planreport.model.Finding;
import jp.planreport.model.PlanSheetField;
import jp.planreport.store.SubmissionStore;

/**
 * {@code validate} and {@code compile} give the same verdict on the same folder: a plan sent twice,
 * a plan nobody sent (though a roll-up once accepted a half-written sheet of it), an invalid sheet.
 */
class SameVerdictFunctionalTests extends FunctionalTest {

    private static final Set<String> VERDICT = Set.of("MISSING_SUBMISSION", "INVALID_SUBMISSION", "DUPLICATE_PLAN");

    @Autowired
    ValidateCommand validate;

    @Autowired
    CompileCommand compile;

    @Autowired
    RollupCommand rollup;

    @Autowired
    PlanReportProperties properties;

    @Autowired
    SubmissionStore store;

    @Autowired
    JobRepository jobs;

    @Test
    void validateAndCompileAgree() throws Exception {
        SampleInput sample = new SampleInput(work);
        // a roll-up accepts plan 4 half written; then the department takes its file back
        sample.writePlan(4, "広報課.xlsx", f -> f.remove(PlanSheetField.SUMMARY));
        assertThat(run(rollup, sample)).isZero();
        Files.delete(sample.submissions().resolve("広報課.xlsx"));
        // plan 1 twice, plan 5 invalid
        sample.writePlan(1, "企画経営課_再提出.xlsx", f -> f.put(PlanSheetField.SUMMARY, "○再提出の総括"));
        sample.writePlan(5, "総務課.xlsx", f -> f.put(PlanSheetField.GRADE, "Z"));

        RunTarget target = CommandLineOptions.parse(new String[] {"validate", "--input=" + sample.input}).target(properties, "検証").orElseThrow();
        ValidateCommand.Outcome validated = validate.validate(target);
        int compiled = run(compile, sample);

        assertThat(validated.exitCode()).isEqualTo(ExitCodes.REFUSED).isEqualTo(compiled);
        long compileRun = jobs.getLastJobInstance(YearEndCompilationJobConfiguration.JOB_NAME).getInstanceId();
        Set<String> byValidate = verdict(validated.all());
        Set<String> byCompile = verdict(store.findings(compileRun));
        assertThat(byValidate).isEqualTo(byCompile).hasSize(3)
                .anyMatch(v -> v.startsWith("MISSING_SUBMISSION") && v.contains("プラン 4"))
                .anyMatch(v -> v.startsWith("INVALID_SUBMISSION") && v.contains("プラン 5") && v.contains("総務課.xlsx（プラン5）の年次評価"))
                .anyMatch(v -> v.startsWith("DUPLICATE_PLAN") && v.contains("企画経営課_再提出.xlsx"));
        assertThat(validated.unaccepted()).containsOnlyKeys("広報課", "総務課");
    }

    private static Set<String> verdict(List<Finding> findings) {
        return findings.stream().filter(f -> VERDICT.contains(f.code())).map(f -> f.code() + " " + f.message())
                .collect(Collectors.toSet());
    }

    private static int run(Command command, SampleInput sample) {
        String[] args = Stream.of(command.name(), "--input=" + sample.input, "--output=" + sample.output).toArray(String[]::new);
        try (Console.Captured console = Console.capture()) {
            return command.run(CommandLineOptions.parse(args));
        }
    }
}
