package jp.planreport.lock;

import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.planreport.config.LockProperties;
import jp.planreport.config.OfficeTime;

/**
 * The locks of the configured database: a file beside an embedded H2 database (one machine, one
 * process at a time); rows of the database itself when it is a server several instances share.
 */
@Configuration
class RunLockConfiguration {

    static final String SCHEDULE = "schedule";

    @Bean
    RunLock runLock(@Value("${spring.datasource.url:}") String url, JdbcTemplate jdbc, OfficeTime time, LockProperties properties) {
        return FileRunLock.applies(url) ? FileRunLock.forDatabase(url) : new DatabaseRunLock(new DatabaseLocks(jdbc), time, properties.expiry());
    }

    /** With an embedded database there is one instance, whose scheduler fires once. */
    @Bean
    ScheduleLock scheduleLock(@Value("${spring.datasource.url:}") String url, JdbcTemplate jdbc, OfficeTime time) {
        if (FileRunLock.applies(url)) {
            return (schedule, window) -> {
            };
        }
        DatabaseLocks locks = new DatabaseLocks(jdbc);
        return (schedule, window) -> {
            if (locks.lock(SCHEDULE, Holder.describe(time.local(Instant.now()), schedule), window, window).isEmpty()) {
                throw new RunLock.Held(locks.holder(SCHEDULE));
            }
        };
    }
}
