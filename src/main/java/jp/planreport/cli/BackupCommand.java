package jp.planreport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import jp.planreport.config.OfficeTime;
import jp.planreport.job.WriteFailures;
import jp.planreport.store.DatabaseBackup;

/**
 * {@code backup --to=FILE} and {@code restore --from=FILE}: the embedded H2 database as one file
 * ({@link DatabaseBackup}); a restore keeps the database it replaces beside it. PostgreSQL is backed
 * up with pg_dump, which is what the office is told.
 */
@Component
public class BackupCommand implements Command {

    static final String TO = "to";
    static final String FROM = "from";
    private static final Logger log = LoggerFactory.getLogger(BackupCommand.class);

    private final DatabaseBackup backup;
    private final OfficeTime time;

    public BackupCommand(DatabaseBackup backup, OfficeTime time) {
        this.backup = backup;
        this.time = time;
    }

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public int run(CommandLineOptions options) {
        Path file = file(options, TO, "backup --to=backup/plan-report-20260331.zip");
        if (file == null || !supported()) {
            return ExitCodes.USAGE;
        }
        try {
            backup.backup(file);
        } catch (IOException | DataAccessException e) {
            return failed("バックアップを書けませんでした: " + file.toAbsolutePath(), e);
        }
        Console.info("データベースをバックアップしました: " + file.toAbsolutePath() + "（" + size(file) + "）");
        Console.info("元に戻すには: bin/plan-report restore --from=" + file);
        return ExitCodes.DONE;
    }

    /** {@code restore --from=FILE}. */
    @Component
    static class Restore implements Command {

        private final BackupCommand command;

        Restore(BackupCommand command) {
            this.command = command;
        }

        @Override
        public String name() {
            return "restore";
        }

        @Override
        public int run(CommandLineOptions options) {
            return command.restore(options);
        }
    }

    int restore(CommandLineOptions options) {
        Path file = file(options, FROM, "restore --from=backup/plan-report-20260331.zip");
        if (file == null || !supported()) {
            return ExitCodes.USAGE;
        }
        Path before = backup.beforeRestoreFile(time.local(java.time.Instant.now()));
        try {
            backup.restore(file, before);
        } catch (NoSuchFileException e) {
            Console.error("バックアップのファイルが見つかりません: " + file.toAbsolutePath());
            return ExitCodes.USAGE;
        } catch (DatabaseBackup.Refused e) {
            log.error("restore refused", e);
            Console.error("このファイルはデータベースのバックアップとして読めませんでした: " + file.toAbsolutePath()
                    + "（bin/plan-report backup で作ったファイルを指定してください）。データベースは元のままです。");
            return ExitCodes.USAGE;
        } catch (IOException | DataAccessException e) {
            return failed("データベースを復元できませんでした: " + file.toAbsolutePath(), e);
        }
        Console.info("データベースを復元しました: " + file.toAbsolutePath());
        Console.info("復元する前のデータベースは " + before + " に保存してあります"
                + "（戻すには bin/plan-report restore --from=" + before + "）。");
        return ExitCodes.DONE;
    }

    private boolean supported() {
        if (!backup.supported()) {
            Console.error("backup / restore は組み込みの H2 データベース用です。PostgreSQL のデータベースは pg_dump と"
                    + " pg_restore（または psql）でバックアップ・復元してください（README の「PostgreSQL」を参照）。");
        }
        return backup.supported();
    }

    private static Path file(CommandLineOptions options, String option, String example) {
        String value = options.options().get(option);
        if (value == null || value.isBlank() || "true".equals(value)) {
            Console.error("--" + option + "=ファイル を指定してください（例: bin/plan-report " + example + "）");
            return null;
        }
        return Path.of(value);
    }

    private static int failed(String what, Exception e) {
        log.error(what, e);
        Console.error(what + WriteFailures.reason(e).map(reason -> "（原因: " + reason + "）").orElse("")
                + "（詳細は data/plan-report.log）");
        return ExitCodes.FAILED;
    }

    private static String size(Path file) {
        try {
            long bytes = Files.size(file);
            return bytes < 1024 * 1024 ? (bytes + 1023) / 1024 + " KB" : String.format("%.1f MB", bytes / 1024.0 / 1024.0);
        } catch (IOException e) {
            return "大きさ不明";
        }
    }
}
