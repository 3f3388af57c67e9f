package jp.planreport.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The office's view of a run: short Japanese lines on stdout, refusals and failures on stderr.
 * Kept apart from logging, which goes to the log file with the detail.
 */
public final class Console {

    private static final PrintStream OUT = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
    private static final PrintStream ERR = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);

    private Console() {
    }

    public static void info(String line) {
        OUT.println(line);
    }

    public static void error(String line) {
        ERR.println(line);
    }
}
