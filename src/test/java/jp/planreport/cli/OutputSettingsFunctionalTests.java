package jp.planreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import jp.planreport.job.JobRuns;
import jp.planreport.FunctionalTest;
import jp.planreport.config.PlanReportProperties;
import jp.planreport.job.SampleInput;
import jp.planreport.store.SubmissionStore;

/** A setting that changes what the outputs say makes another run of the same input, not 「取りまとめ済み」. */
class OutputSettingsFunctionalTests extends FunctionalTest {

    @Autowired
    CompileCommand compile;

    @Autowired
    JobRuns runs;

    @Autowired
    jp.planreport.job.RunStarts starts;

    @Autowired
    @Qualifier("yearEndCompilationJob")
    Job yearEndJob;

    @Autowired
    PlanReportProperties properties;

    @Autowired
    SubmissionStore store;

    @Autowired
    jp.planreport.config.OfficeTime time;

    @Test
    void anotherOrganisationOnTheSameInputIsANewCompilationNotAnAnswerOfDone() throws Exception {
        SampleInput sample = new SampleInput(work);
        assertThat(run(compile, sample)).contains("出力しました");
        PlanReportProperties renamed = new PlanReportProperties("〇〇市", properties.programmeTitle(), properties.grades(),
                properties.input(), properties.output(), properties.zone());
        // the command as a process started with --plan-report.organisation=〇〇市 has it
        CompileCommand otherCity = new CompileCommand(renamed, runs, starts, store);

        String again = run(otherCity, sample);

        assertThat(again).doesNotContain("取りまとめ済み").contains("設定", "作り直します", "出力しました");
        assertThat(run(otherCity, sample)).contains("取りまとめ済み");
        assertThat(run(compile, sample)).as("back to the first settings").contains("作り直します");
    }

    private static String run(Command command, SampleInput sample) {
        String[] args = {"compile", "--input=" + sample.input, "--output=" + sample.output};
        try (Console.Captured console = Console.capture()) {
            assertThat(command.run(CommandLineOptions.parse(args))).isZero();
            return console.stdout();
        }
    }
}
