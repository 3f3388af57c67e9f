package jp.planreport.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import jp.planreport.model.Role;
import jp.planreport.store.Account;
import jp.planreport.store.AccountStore;
import jp.planreport.store.AuditLog;

/**
 * The portal's local accounts: added, listed, disabled and given a new password by
 * {@code bin/plan-report user …} and the admin page alike; sign-ins counted so that repeated
 * failures lock the account for a while.
 */
@Service
public class Accounts {

    /** failed sign-ins in a row that lock an account */
    public static final int LOCK_AFTER = 5;
    /** how long a locked account stays locked */
    public static final Duration LOCKED_FOR = Duration.ofMinutes(15);
    static final int MIN_PASSWORD = 10;

    /** A request the rules refuse, in words for the person who made it. */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    private final AccountStore store;
    private final AuditLog audit;
    private final PasswordEncoder encoder = new BCryptPasswordEncoder();

    public Accounts(AccountStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    public PasswordEncoder encoder() {
        return encoder;
    }

    public Optional<Account> find(String login) {
        return store.find(login);
    }

    public List<Account> all() {
        return store.all();
    }

    public boolean none() {
        return store.count() == 0;
    }

    /** @param by who adds it: a login, or 「コマンド」 for the command line */
    public Account add(String login, Role role, String department, String displayName, String password, String by) {
        String name = login == null ? "" : login.strip();
        if (!name.matches("[A-Za-z0-9._@-]{1,64}")) {
            throw new Refused("ログイン名は半角英数字と . _ @ - の 64 文字までで指定してください。");
        }
        if (role == Role.DEPARTMENT && (department == null || department.isBlank())) {
            throw new Refused("課の担当者のアカウントには課名（--department=課名）が必要です。");
        }
        if (role != Role.DEPARTMENT && department != null && !department.isBlank()) {
            throw new Refused("課名を指定できるのは課の担当者（--role=department）のアカウントだけです。");
        }
        if (store.find(name).isPresent()) {
            throw new Refused("ログイン名「" + name + "」は既に使われています。");
        }
        checkPassword(password);
        Account account = new Account(name, encoder.encode(password), role,
                role == Role.DEPARTMENT ? department.strip() : null,
                displayName == null || displayName.isBlank() ? null : displayName.strip(), true, Instant.now(), 0, null);
        store.insert(account);
        audit.record(by, AuditLog.Action.ACCOUNT_ADD, name, role.label() + (account.department() == null ? "" : " " + account.department()));
        return account;
    }

    public void setEnabled(String login, boolean enabled, String by) {
        if (!store.setEnabled(login, enabled)) {
            throw new Refused("ログイン名「" + login + "」のアカウントはありません。");
        }
        audit.record(by, enabled ? AuditLog.Action.ACCOUNT_ENABLE : AuditLog.Action.ACCOUNT_DISABLE, login, null);
    }

    public void setPassword(String login, String password, String by) {
        checkPassword(password);
        if (!store.setPasswordHash(login, encoder.encode(password))) {
            throw new Refused("ログイン名「" + login + "」のアカウントはありません。");
        }
        audit.record(by, AuditLog.Action.PASSWORD, login, null);
    }

    /** A failed sign-in: the fifth in a row locks the account for {@link #LOCKED_FOR}. */
    public void failedSignIn(String login) {
        if (store.find(login).isEmpty()) {
            audit.record(null, AuditLog.Action.SIGN_IN_FAILED, login, "存在しないログイン名");
            return;
        }
        int failures = store.recordFailure(login, LOCK_AFTER, Instant.now().plus(LOCKED_FOR));
        audit.record(login, failures >= LOCK_AFTER ? AuditLog.Action.SIGN_IN_LOCKED : AuditLog.Action.SIGN_IN_FAILED, login,
                failures + " 回連続");
    }

    public void signedIn(String login) {
        store.recordSuccess(login);
        audit.record(login, AuditLog.Action.SIGN_IN, login, null);
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new Refused("パスワードは " + MIN_PASSWORD + " 文字以上にしてください。");
        }
        if (password.length() > 72) {
            throw new Refused("パスワードは 72 文字までにしてください。");
        }
    }
}
