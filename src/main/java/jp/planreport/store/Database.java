package jp.planreport.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The database as the office sees it: where it is, and whether what a run wrote really is in it. */
@Component
public class Database {

    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private static final String H2 = "jdbc:h2:";
    private static final String H2_FILE = H2 + "file:";
    /** H2's error code when a command needs admin rights */
    private static final int ADMIN_RIGHTS_REQUIRED = 90040;

    private final JdbcTemplate jdbc;
    private final String url;

    /** The database file is damaged beyond what H2 itself reports. */
    public static final class Damaged extends IllegalStateException {
        Damaged(String message) {
            super(message);
        }
    }

    public Database(JdbcTemplate jdbc, @Value("${spring.datasource.url:}") String url) {
        this.jdbc = jdbc;
        this.url = url;
    }

    /**
     * Writes what has been committed to disk now, failing if it cannot. H2 writes committed changes a
     * moment later in the background and the last ones when it closes, after the run has been reported:
     * on a full disk the run would say 「出力しました」 and be missing from the history, H2 noting the
     * failure only in its trace file (beside the database, on the same full disk). Other databases
     * write at commit.
     */
    public void flush() {
        if (!isH2()) {
            return;
        }
        try {
            jdbc.execute("CHECKPOINT");
        } catch (DataAccessException e) {
            if (!(e.getMostSpecificCause() instanceof SQLException sql) || sql.getErrorCode() != ADMIN_RIGHTS_REQUIRED) {
                throw e;
            }
            log.warn("cannot make H2 write its changes now (the user has no admin rights): a full disk may go unnoticed");
        }
    }

    /** Whether this is an H2 database (embedded by default), not a database server such as PostgreSQL. */
    public boolean isH2() {
        return url.startsWith(H2);
    }

    /** The configured URL. */
    String url() {
        return url;
    }

    /** Where the database is, for the office's messages. */
    public String location() {
        return location(url);
    }

    /** The H2 file of a URL (…/plan-report.mv.db), else the URL itself. */
    public static String location(String url) {
        return file(url).map(p -> p.resolveSibling(p.getFileName() + ".mv.db").toAbsolutePath().normalize().toString())
                .orElse(String.valueOf(url));
    }

    /** The path an H2 file URL names, without H2's ".mv.db" (as in the URL), or empty for another database. */
    public static Optional<Path> file(String url) {
        if (url == null || !url.startsWith(H2_FILE)) {
            return Optional.empty();
        }
        String path = url.substring(H2_FILE.length());
        int settings = path.indexOf(';');
        path = settings < 0 ? path : path.substring(0, settings);
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return Optional.of(Path.of(path));
    }
}
