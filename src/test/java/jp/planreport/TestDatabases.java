package jp.planreport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The database of a functional test: an H2 file in the test's folder, or — when the build runs the
 * suite on PostgreSQL (system property {@value #PROPERTY}=postgresql, see the pom) — a new database on
 * a real PostgreSQL server started once per test JVM from the binaries of a Maven artifact.
 */
public final class TestDatabases {

    public static final String PROPERTY = "plan-report.test.database";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestDatabases() {
    }

    /** Whether this test JVM runs the suite on PostgreSQL. */
    public static boolean postgresql() {
        return "postgresql".equals(System.getProperty(PROPERTY));
    }

    /** A new, empty database of the kind this test JVM runs on; an H2 one lives in the given folder. */
    public static String newDatabase(Path folder) {
        return postgresql() ? newPostgresqlDatabase() : "jdbc:h2:file:" + folder.resolve("plan-report");
    }

    /** A new, empty database on the PostgreSQL server of this JVM (started on first use). */
    public static synchronized String newPostgresqlDatabase() {
        String name = "plan_report_" + DATABASES.incrementAndGet();
        new JdbcTemplate(server().getPostgresDatabase()).execute("CREATE DATABASE " + name);
        return server().getJdbcUrl("postgres", name);
    }

    /** A connection pool-less data source on a database of {@link #newPostgresqlDatabase()}. */
    public static DataSource dataSource(String url) {
        return new org.springframework.jdbc.datasource.DriverManagerDataSource(url, "postgres", "");
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // durability is not what is tested: no fsync keeps the 2-core build fast
                server = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off").setServerConfig("full_page_writes", "off").start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM ends anyway; the server's folder is temporary
                }
            }));
        }
        return server;
    }
}
