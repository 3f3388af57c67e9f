package jp.planreport.lock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

/**
 * Locks in the shared database, by ShedLock's JDBC provider on the table {@code shedlock}
 * (migration 7). Times are the database's own clock, so instances on machines whose clocks differ
 * agree on when a lock expires. Each holder writes who it is (command, host, process, start), which
 * is also what frees only its own lock.
 */
final class DatabaseLocks {

    static final String TABLE = "shedlock";

    private final JdbcTemplate jdbc;

    DatabaseLocks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the lock, or empty when another holder has it */
    Optional<SimpleLock> lock(String name, String holder, Duration atMost, Duration atLeast) {
        JdbcTemplateLockProvider provider = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(jdbc).withTableName(TABLE).withLockedByValue(holder).usingDbTime().build());
        return provider.lock(new LockConfiguration(Instant.now(), name, atMost, atLeast));
    }

    /** Who holds (or last held) a lock, as it wrote itself down. */
    String holder(String name) {
        List<String> holders = jdbc.queryForList("SELECT locked_by FROM " + TABLE + " WHERE name = ?", String.class, name);
        return holders.isEmpty() ? "開始時刻不明" : holders.get(0);
    }
}
