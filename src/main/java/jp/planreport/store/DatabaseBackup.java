package jp.planreport.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Backup and restore of the embedded H2 database, as one SQL script of everything in it (H2's
 * {@code SCRIPT} and {@code RUNSCRIPT}): the job repository, the store and the migrations' history.
 * A restore keeps the database as it was beside it first, goes back to it when the backup cannot be
 * read, and brings a backup of an earlier release up to date. A database server (PostgreSQL) is
 * backed up with its own tools (pg_dump).
 */
@Component
public class DatabaseBackup {

    private static final Logger log = LoggerFactory.getLogger(DatabaseBackup.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final JdbcTemplate jdbc;
    private final Database database;
    private final Flyway flyway;

    /** The database cannot be backed up or restored here (not H2, or a backup that cannot be read). */
    public static final class Refused extends IllegalStateException {
        Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public DatabaseBackup(JdbcTemplate jdbc, Database database, Flyway flyway) {
        this.jdbc = jdbc;
        this.database = database;
        this.flyway = flyway;
    }

    /** Whether this database is one this class backs up (the embedded H2 one). */
    public boolean supported() {
        return database.isH2();
    }

    /**
     * Writes the whole database to a file: zip-compressed when its name ends in .zip, else plain SQL.
     * Written beside it first and moved into place when complete.
     */
    public void backup(Path file) throws IOException {
        requireH2();
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path part = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            jdbc.execute("SCRIPT TO " + literal(part) + compression(target));
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
        log.info("database backed up to {}", target);
    }

    /**
     * Replaces everything in the database with a backup, after keeping the database as it was in
     * {@code before} (a backup of its own). A backup that cannot be read leaves the database as it was.
     * @throws Refused when the file is not a backup H2 can read (the database is then as before)
     */
    public void restore(Path backup, Path before) throws IOException {
        requireH2();
        if (!Files.isRegularFile(backup)) {
            throw new java.nio.file.NoSuchFileException(backup.toAbsolutePath().toString());
        }
        backup(before);
        try {
            replaceWith(backup);
        } catch (DataAccessException e) {
            log.error("restore from " + backup + " failed; going back to " + before, e);
            replaceWith(before);
            throw new Refused(backup.toAbsolutePath() + " is not a backup of this database", e);
        }
        // a backup of an earlier release gets the migrations that came after it
        flyway.migrate();
        database.flush();
        log.info("database restored from {} (the database before it: {})", backup, before);
    }

    /** A file beside the database for what it held before a restore: plan-report-before-restore-<time>.zip. */
    public Path beforeRestoreFile(LocalDateTime now) {
        Path folder = Database.file(database.url()).map(p -> p.toAbsolutePath().getParent()).orElse(Path.of("data").toAbsolutePath());
        return folder.resolve("plan-report-before-restore-" + now.format(STAMP) + ".zip");
    }

    private void replaceWith(Path script) {
        jdbc.execute((java.sql.Connection connection) -> {
            try (java.sql.Statement statement = connection.createStatement()) {
                statement.execute("DROP ALL OBJECTS");
                statement.execute("RUNSCRIPT FROM " + literal(script) + compression(script));
            }
            return null;
        });
    }

    private void requireH2() {
        if (!supported()) {
            throw new Refused("only the embedded H2 database is backed up by plan-report", null);
        }
    }

    private static String compression(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip") ? " COMPRESSION ZIP" : "";
    }

    /** A file name as an SQL string literal. */
    private static String literal(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
