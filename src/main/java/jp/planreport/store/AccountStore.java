package jp.planreport.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import jp.planreport.model.Role;

/** The portal's local accounts. */
@Repository
public class AccountStore {

    private static final String COLUMNS = "login, password_hash, role, department, display_name, enabled, created_at, "
            + "failed_sign_ins, locked_until";

    private final JdbcTemplate jdbc;

    public AccountStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Account> find(String login) {
        return jdbc.query("SELECT " + COLUMNS + " FROM account WHERE login = ?", AccountStore::map, login).stream().findFirst();
    }

    public List<Account> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM account ORDER BY role, department, login", AccountStore::map);
    }

    public int count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM account", Integer.class);
    }

    public void insert(Account account) {
        jdbc.update("INSERT INTO account (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", account.login(),
                account.passwordHash(), account.role().name(), account.department(), account.displayName(), account.enabled(),
                Timestamp.from(account.createdAt()), account.failedSignIns(),
                account.lockedUntil() == null ? null : Timestamp.from(account.lockedUntil()));
    }

    public boolean setEnabled(String login, boolean enabled) {
        return jdbc.update("UPDATE account SET enabled = ? WHERE login = ?", enabled, login) == 1;
    }

    public boolean setPasswordHash(String login, String hash) {
        return jdbc.update("UPDATE account SET password_hash = ?, failed_sign_ins = 0, locked_until = NULL WHERE login = ?",
                hash, login) == 1;
    }

    /** @return the failures in a row after this one */
    public int recordFailure(String login, int lockAfter, Instant lockedUntil) {
        jdbc.update("UPDATE account SET failed_sign_ins = failed_sign_ins + 1 WHERE login = ?", login);
        int failures = find(login).map(Account::failedSignIns).orElse(0);
        if (failures >= lockAfter) {
            jdbc.update("UPDATE account SET locked_until = ?, failed_sign_ins = 0 WHERE login = ?", Timestamp.from(lockedUntil), login);
        }
        return failures;
    }

    public void recordSuccess(String login) {
        jdbc.update("UPDATE account SET failed_sign_ins = 0, locked_until = NULL WHERE login = ?", login);
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        Timestamp locked = rs.getTimestamp(9);
        return new Account(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                rs.getBoolean(6), rs.getTimestamp(7).toInstant(), rs.getInt(8), locked == null ? null : locked.toInstant());
    }
}
