package jp.planreport.store;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration written in Java, run by Flyway in order with the SQL ones: its version and
 * description; in one transaction; no checksum (the code is the migration).
 */
abstract class JavaStoreMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    JavaStoreMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
