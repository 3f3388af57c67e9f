package jp.planreport.job;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import jp.planreport.FunctionalTest;
import jp.planreport.cli.CommandLineOptions;
import jp.planreport.cli.ImportCommand;
import jp.planreport.cli.ValidateCommand;
import jp.planreport.service.PlanVersions;

/** What the tests of earlier years share: the year-end job, import, validate and the versions of a plan. */
abstract class YearsFunctionalTest extends FunctionalTest {

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;

    @Autowired
    @Qualifier("yearEndCompilationJob")
    Job job;

    @Autowired
    ImportCommand importCommand;

    @Autowired
    ValidateCommand validateCommand;

    @Autowired
    PlanVersions versions;

    @BeforeEach
    void yearEndJob() {
        jobOperatorTestUtils.setJob(job);
    }

    /** {@code import --fiscal-year=Y --input=…} of the sample's input folder; its exit status. */
    int importYear(SampleInput sample, int year) {
        return importCommand.run(CommandLineOptions.parse(new String[] {"import", "--fiscal-year=" + year,
                "--input=" + sample.input}));
    }
}
