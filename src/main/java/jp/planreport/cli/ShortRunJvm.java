package jp.planreport.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a one-off command in a second JVM whose JIT stops at its quick tier (C1). A compilation runs
 * for seconds to a minute; on a small machine the optimising compiler (C2) spends more CPU than its
 * faster code gives back before the run ends (1,000 plans on 2 cores: about 17 s instead of 20 s,
 * see docs/benchmarks.md). A JVM option cannot travel in a jar, so the program starts the JVM it wants:
 * the same java, the same options and class path, plus {@value #QUICK_JIT}. This JVM only waits and
 * passes the exit status on.
 *
 * <p>The command runs in this JVM instead when it is {@code schedule} (it runs for months: C2 pays
 * back), when {@code -Dplan-report.jit=full} asks for the default JIT, when the JIT is already chosen,
 * or when an agent, a debugger or a flight recording is attached to this JVM.
 */
public final class ShortRunJvm {

    static final String PROPERTY = "plan-report.jit";
    static final String QUICK_JIT = "-XX:TieredStopAtLevel=1";

    private static final List<String> KEEP_IN_THIS_JVM = List.of("-XX:TieredStopAtLevel", "-XX:-TieredCompilation",
            "-Xint", "-Xcomp", "-agentlib", "-agentpath", "-javaagent", "-Xrunjdwp", "-Xdebug",
            "-XX:StartFlightRecording", "-XX:+UnlockDiagnosticVMOptions");
    private static final Logger log = LoggerFactory.getLogger(ShortRunJvm.class);

    private final String mainClass;

    public ShortRunJvm(Class<?> mainClass) {
        this.mainClass = mainClass.getName();
    }

    /** @return the exit status of the command run in the quick JVM, or empty to run it in this one */
    OptionalInt run(String command, String[] args) {
        Optional<List<String>> commandLine = commandLine(command, args,
                ManagementFactory.getRuntimeMXBean().getInputArguments(), System.getProperty("java.home"),
                System.getProperty("java.class.path"), System.getProperty(PROPERTY), mainClass);
        if (commandLine.isEmpty()) {
            return OptionalInt.empty();
        }
        Process child;
        try {
            child = new ProcessBuilder(commandLine.get()).inheritIO().start();
        } catch (IOException e) {
            log.info("could not start the quick JVM ({}); running in this one", e.toString());
            return OptionalInt.empty();
        }
        // Ctrl+C reaches both JVMs: this one lets the command finish stopping before it goes
        Runtime.getRuntime().addShutdownHook(new Thread(() -> waitFor(child), "wait-for-command"));
        try {
            return OptionalInt.of(child.waitFor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(ExitCodes.FAILED);
        }
    }

    private static void waitFor(Process child) {
        try {
            child.waitFor(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The java command of the quick JVM, or empty when the command should run in this JVM. */
    static Optional<List<String>> commandLine(String command, String[] args, List<String> jvmArguments,
                                              String javaHome, String classPath, String jit, String mainClass) {
        if ("schedule".equals(command) || "full".equals(jit) || javaHome == null || classPath == null
                || classPath.isBlank()
                || jvmArguments.stream().anyMatch(a -> KEEP_IN_THIS_JVM.stream().anyMatch(a::startsWith))) {
            return Optional.empty();
        }
        List<String> line = new ArrayList<>();
        line.add(Path.of(javaHome, "bin", "java").toString());
        line.addAll(jvmArguments);
        line.add(QUICK_JIT);
        line.add("-cp");
        line.add(classPath);
        line.add(mainClass);
        line.addAll(Arrays.asList(args));
        return Optional.of(line);
    }
}
