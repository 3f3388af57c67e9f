package jp.planreport.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import jp.planreport.store.Database;

/**
 * One runner at a time: an operating-system lock on a file beside the database, taken before
 * Spring opens the database. The file says when and with which command the holder started, so a
 * second process can say so. The lock goes away with its process, even after kill -9.
 * <p>
 * It guards one machine; with a database server shared by several machines, run the jobs from one.
 */
public final class RunLock implements AutoCloseable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");
    /** The lock covers one byte far beyond the text, so the text stays readable while locked (Windows). */
    private static final long LOCKED_BYTE = Long.MAX_VALUE - 1;

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Another process holds the lock. */
    public static final class Held extends RuntimeException {
        private final String holder;

        Held(String holder) {
            super("another run is in progress: " + holder);
            this.holder = holder;
        }

        /** 「別の取りまとめが実行中です（開始 …）」 */
        public String officeMessage() {
            return "別の取りまとめが実行中です（" + holder + "）。終わってからもう一度実行してください。";
        }
    }

    /** @throws Held when another process runs */
    public static RunLock acquire(Path file, String command) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock(LOCKED_BYTE, 1, false);
        } catch (java.nio.channels.OverlappingFileLockException e) {
            lock = null; // held by this very process (a scheduled roll-up meeting a manual one)
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new Held(holder(file));
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(("開始 " + LocalDateTime.now().format(WHEN) + "、コマンド " + command + "、プロセス "
                + ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        return new RunLock(channel, lock);
    }

    private static String holder(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "開始時刻不明" : text;
        } catch (IOException e) {
            return "開始時刻不明";
        }
    }

    /** The lock file of a database: beside an H2 file database, else data/plan-report.run.lock. */
    public static Path fileFor(String datasourceUrl) {
        return Database.file(datasourceUrl).map(p -> p.resolveSibling(p.getFileName() + ".run.lock"))
                .orElse(Path.of("data", "plan-report.run.lock"));
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
