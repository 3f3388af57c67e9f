package jp.planreport.lock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;

import jp.planreport.store.Database;

/**
 * The run lock of an embedded H2 file: an operating-system lock on a file beside the database,
 * which can be taken before anything opens the database. The file says when, with which command and
 * by which process the holder started, so a second process can say so. The lock goes away with its
 * process, even after kill -9. It guards one machine, which is all an embedded database has.
 */
public final class FileRunLock implements RunLock {

    /** The lock covers one byte far beyond the text, so the text stays readable while locked (Windows). */
    private static final long LOCKED_BYTE = Long.MAX_VALUE - 1;

    private final Path file;

    public FileRunLock(Path file) {
        this.file = file;
    }

    /**
     * Whether the run lock of a database is a file: for an embedded H2 database (which one machine
     * opens at a time anyway); a database server (PostgreSQL, H2 over TCP) keeps it in the database.
     */
    public static boolean applies(String datasourceUrl) {
        String url = String.valueOf(datasourceUrl);
        return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:");
    }

    /** The lock of a database: beside an H2 file database, else data/plan-report.run.lock. */
    public static FileRunLock forDatabase(String datasourceUrl) {
        return new FileRunLock(fileFor(datasourceUrl));
    }

    static Path fileFor(String datasourceUrl) {
        return Database.file(datasourceUrl).map(p -> p.resolveSibling(p.getFileName() + ".run.lock"))
                .orElse(Path.of("data", "plan-report.run.lock"));
    }

    Path file() {
        return file;
    }

    /**
     * @throws Held                when another process (or another run of this one) holds it
     * @throws UncheckedIOException when the lock file cannot be made, saying which file
     */
    @Override
    public Hold acquire(String command) {
        try {
            return lock(command);
        } catch (IOException e) {
            throw new UncheckedIOException("実行管理用のファイル " + file.toAbsolutePath() + " を作れませんでした", e);
        }
    }

    private Hold lock(String command) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock(LOCKED_BYTE, 1, false);
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very process (a scheduled roll-up meeting a manual one)
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new Held(holder());
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(Holder.describe(LocalDateTime.now(), command).getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        FileLock held = lock;
        return () -> {
            try {
                held.release();
                channel.close();
            } catch (IOException e) {
                // the lock goes with the process anyway
            }
        };
    }

    private String holder() {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "開始時刻不明" : text;
        } catch (IOException e) {
            return "開始時刻不明";
        }
    }
}
