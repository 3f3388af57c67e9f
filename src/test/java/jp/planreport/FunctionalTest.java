package jp.planreport;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What every functional test class shares: the whole application with Spring Batch's test
 * utilities, on a database of its own — an H2 file in a temporary folder, or a new database on a real
 * PostgreSQL server when the build runs the suite on it ({@link TestDatabases}; the tag selects the
 * classes for that run) — closed after the class so that no two classes see each other's job
 * repository or store; a log of its own; and a work folder per test.
 */
@Tag("database")
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
        // made when the context first asks, once per class
        AtomicReference<String> url = new AtomicReference<>();
        registry.add("spring.datasource.url", () -> url.updateAndGet(made -> made != null ? made : TestDatabases.newDatabase(database)));
        if (TestDatabases.postgresql()) {
            registry.add("spring.datasource.username", () -> "postgres");
        }
        registry.add("logging.file.name", () -> database.resolve("plan-report.log").toString());
    }
}
