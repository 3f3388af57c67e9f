package jp.planreport.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Who did what when in the portal and with the accounts: written once, never changed. */
@Repository
public class AuditLog {

    /** What was done. */
    public enum Action {
        UPLOAD("アップロード"), UPLOAD_REFUSED("アップロード拒否"), DOWNLOAD("ダウンロード"), PREVIEW("プレビュー"),
        TEMPLATE("様式ダウンロード"), RUN_START("実行開始"), RUN_STOP("実行停止"), RUN_RESTART("再実行"),
        ACCOUNT_ADD("アカウント追加"), ACCOUNT_DISABLE("アカウント無効化"), ACCOUNT_ENABLE("アカウント有効化"),
        PASSWORD("パスワード変更"), SIGN_IN("サインイン"), SIGN_IN_FAILED("サインイン失敗"), SIGN_IN_LOCKED("サインイン制限"),
        FORBIDDEN("権限のないアクセス");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One entry. */
    public record Entry(long id, Instant at, String login, Action action, String target, String detail) {
    }

    private final JdbcTemplate jdbc;

    public AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String login, Action action, String target, String detail) {
        jdbc.update("INSERT INTO audit_event (at, login, action, target, detail) VALUES (?, ?, ?, ?, ?)",
                Timestamp.from(Instant.now()), login, action.name(), target, detail);
    }

    /** The newest first, optionally of one person or one kind of action. */
    public List<Entry> newest(int limit, String login, Action action) {
        StringBuilder sql = new StringBuilder("SELECT id, at, login, action, target, detail FROM audit_event WHERE 1 = 1");
        List<Object> args = new java.util.ArrayList<>();
        if (login != null && !login.isBlank()) {
            sql.append(" AND login = ?");
            args.add(login);
        }
        if (action != null) {
            sql.append(" AND action = ?");
            args.add(action.name());
        }
        sql.append(" ORDER BY id DESC FETCH FIRST ").append(Math.max(1, limit)).append(" ROWS ONLY");
        return jdbc.query(sql.toString(), (rs, i) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                Action.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6)), args.toArray());
    }
}
