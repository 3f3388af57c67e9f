package jp.planreport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.health.contributor.Status;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jp.planreport.FunctionalTest;

/**
 * What the IT department's monitoring reads (Spring Boot Actuator): health with the database's,
 * the program's name and version, and a timer per job that Spring Batch publishes through Micrometer.
 */
class MonitoringFunctionalTests extends FunctionalTest {

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    @Qualifier("yearEndCompilationJob")
    Job yearEnd;

    @Autowired
    HealthEndpoint health;

    @Autowired
    InfoEndpoint info;

    @Autowired
    MeterRegistry meters;

    @Test
    void healthInfoAndTheBatchJobsTimers() throws Exception {
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(health.healthForPath("db").getStatus()).isEqualTo(Status.UP);
        Map<String, Object> shown = info.info();
        assertThat(shown).containsKeys("app", "build");
        assertThat(String.valueOf(shown.get("app"))).contains("plan-report");

        SampleInput sample = new SampleInput(work);
        jobs.setJob(yearEnd);
        assertThat(jobs.startJob(sample.parameters()).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        Timer job = meters.find("spring.batch.job").tag("spring.batch.job.name", YearEndCompilationJobConfiguration.JOB_NAME).timer();
        assertThat(job).isNotNull();
        assertThat(job.count()).isEqualTo(1);
        assertThat(meters.find("spring.batch.step").tag("spring.batch.step.name", "aggregate").timer()).isNotNull();
    }
}
