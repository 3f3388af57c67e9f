package jp.planreport.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.management.ObjectName;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the JIT at its quick tier (C1) for a one-off command. A compilation runs for seconds to a
 * minute; on a small machine the optimising compiler (C2) spends more CPU than its faster code gives
 * back before the run ends (measured at 1,000 plans on 2 cores: half the CPU time of the whole run,
 * see docs/benchmarks.md). JVM options cannot travel in the jar, so the JDK's Compiler Control is
 * used instead: the same directive {@code jcmd <pid> Compiler.directives_add} would add, through the
 * DiagnosticCommand MBean. The long-running {@code schedule} keeps the full JIT, and
 * {@code -Dplan-report.jit=full} keeps it for any command.
 */
final class ShortRunCompiler {

    static final String PROPERTY = "plan-report.jit";
    /** Compiler Control (JEP 165): no method of this process is compiled by C2. */
    static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private static final Logger log = LoggerFactory.getLogger(ShortRunCompiler.class);
    private static final String DIAGNOSTIC_COMMAND = "com.sun.management:type=DiagnosticCommand";

    private ShortRunCompiler() {
    }

    /** Adds the directive on a thread of its own: starting the JVM's management costs a tenth of a second. */
    static void applyInBackground(String command) {
        Thread thread = new Thread(() -> apply(command), "jit-directive");
        thread.setDaemon(true);
        thread.start();
    }

    /** @return whether the directive was added (false: full JIT asked for, or a JVM without it) */
    static boolean apply(String command) {
        if ("schedule".equals(command) || "full".equals(System.getProperty(PROPERTY))) {
            return false;
        }
        try {
            Path directives = Files.createTempFile("plan-report-jit", ".json");
            try {
                Files.writeString(directives, DIRECTIVE);
                Object answer = diagnosticCommand("compilerDirectivesAdd", directives.toString());
                log.debug("JIT: {}", answer);
                return true;
            } finally {
                Files.deleteIfExists(directives);
            }
        } catch (Exception | LinkageError e) {
            // another JVM, or diagnostics switched off: the program runs the same, only slower
            log.info("JIT directive not applied ({}); running with the JVM's default compilers", e.toString());
            return false;
        }
    }

    static Object diagnosticCommand(String operation, String... arguments) throws Exception {
        return ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(DIAGNOSTIC_COMMAND), operation,
                new Object[] {arguments}, new String[] {String[].class.getName()});
    }
}
