package jp.planreport.cli;

import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The office's view of a run: short Japanese lines on stdout, refusals and failures on stderr.
 * Kept apart from logging, which goes to the log file with the detail.
 */
public final class Console {

    private static final PrintStream STDOUT = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    private static final PrintStream STDERR = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);

    private static volatile PrintStream out = STDOUT;
    private static volatile PrintStream err = STDERR;

    /** The console as the place where a run's words go. */
    public static final jp.planreport.job.RunMessages MESSAGES = new jp.planreport.job.RunMessages(Console::info, Console::error);

    private Console() {
    }

    public static void info(String line) {
        out.println(line);
    }

    public static void error(String line) {
        err.println(line);
    }

    /** For tests of the commands: what they print, until closed. */
    static Captured capture() {
        return new Captured();
    }

    static final class Captured implements AutoCloseable {
        private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

        private Captured() {
            out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
            err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
        }

        String stdout() {
            return stdout.toString(StandardCharsets.UTF_8);
        }

        String stderr() {
            return stderr.toString(StandardCharsets.UTF_8);
        }

        @Override
        public void close() {
            out = STDOUT;
            err = STDERR;
        }
    }
}
