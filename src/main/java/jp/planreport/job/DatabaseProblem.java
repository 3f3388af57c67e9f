package jp.planreport.job;

import java.io.EOFException;
import java.sql.SQLException;

import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

import jp.planreport.store.Database;

/** The database failing, in the office's words: what failed, where the database is, what to do. */
public final class DatabaseProblem {

    /** H2's error code for a database file whose content it cannot make sense of */
    private static final int FILE_CORRUPTED = 90030;
    /** H2's error code for a failed read or write of a file */
    private static final int IO_EXCEPTION = 90028;

    private DatabaseProblem() {
    }

    /** Whether the database failed somewhere in this chain of causes. */
    public static boolean among(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataAccessException || t instanceof TransactionException || t instanceof SQLException
                    || t instanceof Database.Damaged) {
                return true;
            }
        }
        return false;
    }

    /** H2 found the file damaged, or shorter than its own content says (cut short), or it lost all its content. */
    private static boolean isDamaged(Throwable failure) {
        boolean readFailed = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == FILE_CORRUPTED || t instanceof Database.Damaged) {
                return true;
            }
            readFailed |= t instanceof SQLException sql && sql.getErrorCode() == IO_EXCEPTION;
            if (readFailed && t instanceof EOFException) {
                return true;
            }
        }
        return false;
    }

    /** What to say when the database failed: damaged, or not written. */
    public static String describe(Throwable failure, String location) {
        return isDamaged(failure) ? damaged(location) : notWritten(failure, location);
    }

    /** When the program could not start on its database: damaged, not writable, or not there as configured. */
    public static String atStart(Throwable failure, String location) {
        if (isDamaged(failure)) {
            return damaged(location);
        }
        return WriteFailures.reason(failure).isPresent() ? notWritten(failure, location)
                : "データベースを開けませんでした: " + location + "（spring.datasource.url などの設定を確認してください。詳細は data/plan-report.log）";
    }

    private static String damaged(String location) {
        return String.join("\n",
                "データベースのファイルが壊れているため、読めません: " + location,
                "バックアップがあれば、このファイルをバックアップのものに置き換えてから、もう一度実行してください。",
                "バックアップがなければ、このファイルを別のフォルダへ移してから実行すると、新しいデータベースで始まります"
                        + "（これまでの実行の記録と、受け付けたシートの版は引き継がれません）。");
    }

    private static String notWritten(Throwable failure, String location) {
        return String.join("\n",
                "データベースに書き込めませんでした: " + location
                        + WriteFailures.reason(failure).map(reason -> "（原因: " + reason + "）").orElse(""),
                "この実行は完了していません（実行の記録が残りません）。ディスクの空きを作ってから、"
                        + "同じコマンドをもう一度実行してください（詳細は data/plan-report.log）。");
    }
}
