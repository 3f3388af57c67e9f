package jp.planreport.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * H2 opens a file none of whose data it can find any more (cut short past its header) as a new,
 * empty database, without a word; the migrations would then build a new database in it and the
 * history and stored versions would be gone for good. A database file that had content before the
 * start but opens without a single table is refused as damaged instead.
 */
@Configuration
class EmptiedFileCheck {

    /** Made before Flyway opens the database, so the file is seen as it was before this start. */
    @Bean
    FlywayMigrationStrategy migrateUnlessEmptied(@Value("${spring.datasource.url:}") String url) {
        Optional<Path> file = Database.file(url).map(p -> p.resolveSibling(p.getFileName() + ".mv.db"));
        boolean hadContent = file.filter(Files::isRegularFile).map(p -> p.toFile().length() > 0).orElse(false);
        return flyway -> {
            if (hadContent && new JdbcTemplate(flyway.getConfiguration().getDataSource()).queryForObject(
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'", Integer.class) == 0) {
                throw new Database.Damaged(file.get() + " had content before this start but opens as an empty database");
            }
            flyway.migrate();
        };
    }
}
