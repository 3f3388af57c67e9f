package jp.planreport;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What every functional test class shares: the whole application with Spring Batch's test
 * utilities, on an H2 file database (and log) of its own in a temporary folder, closed after the
 * class so that no two classes see each other's job repository or store; and a work folder per test.
 */
@SpringBatchTest
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class FunctionalTest {

    @TempDir
    static Path database;

    @TempDir
    protected Path work;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + database.resolve("plan-report"));
        registry.add("logging.file.name", () -> database.resolve("plan-report.log").toString());
    }
}
