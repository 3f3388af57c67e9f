package jp.planreport.store;

import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.Location;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The migrations of one kind of database beside the common ones: {@code db/vendor/h2} or
 * {@code db/vendor/postgresql}, after {@code db/migration} (which both read). Chosen from the URL,
 * not with Spring Boot's {@code {vendor}} placeholder, which opens the database to ask it: an H2 file
 * would then exist before {@link EmptiedFileCheck} looks at what was there before the start.
 */
@Configuration
class VendorMigrations {

    static final String FOLDER = "classpath:db/vendor/";

    @Bean
    FlywayConfigurationCustomizer vendorMigrationLocation(@Value("${spring.datasource.url:}") String url) {
        return configuration -> {
            List<Location> locations = new ArrayList<>(List.of(configuration.getLocations()));
            locations.add(new Location(FOLDER + vendor(url)));
            configuration.locations(locations.toArray(Location[]::new));
        };
    }

    /** 「h2」, 「postgresql」: Spring Boot's name of the database a URL is for. */
    static String vendor(String url) {
        return DatabaseDriver.fromJdbcUrl(url).getId();
    }
}
