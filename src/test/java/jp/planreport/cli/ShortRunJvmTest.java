package jp.planreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class ShortRunJvmTest {

    private static final String[] ARGS = {"compile", "--fiscal-year=2022"};

    @Test
    void aOneOffCommandGoesToAJvmWithTheQuickJitAndTheSameOptionsAndClassPath() {
        assertThat(ShortRunJvm.commandLine("compile", ARGS, List.of("-Xmx512m", "-Dfile.encoding=UTF-8"), "/opt/jdk",
                "target/plan-report.jar", null, "jp.planreport.PlanReportApplication"))
                .contains(List.of(Path.of("/opt/jdk", "bin", "java").toString(), "-Xmx512m", "-Dfile.encoding=UTF-8",
                        "-XX:TieredStopAtLevel=1", "-cp", "target/plan-report.jar", "jp.planreport.PlanReportApplication",
                        "compile", "--fiscal-year=2022"));
    }

    @Test
    void theScheduleAFullJitAChosenJitOrAnAttachedToolKeepTheCommandInThisJvm() {
        assertThat(line("schedule", List.of(), null)).isEmpty();
        assertThat(line("compile", List.of(), "full")).isEmpty();
        assertThat(line("compile", List.of("-XX:TieredStopAtLevel=1"), null)).isEmpty();
        assertThat(line("compile", List.of("-agentlib:jdwp=transport=dt_socket,server=y"), null)).isEmpty();
        assertThat(line("compile", List.of("-XX:StartFlightRecording=filename=run.jfr"), null)).isEmpty();
        assertThat(line("rollup", List.of("-Xmx512m"), null)).isPresent();
    }

    @Test
    void theQuickJvmRunsTheCommandAndItsExitStatusComesBack() {
        // a real second JVM, started from this one's java and class path
        assertThat(new ShortRunJvm(ExitsWithItsJit.class).run("validate", new String[] {"validate"}))
                .hasValue(ExitsWithItsJit.QUICK);
    }

    private static java.util.Optional<List<String>> line(String command, List<String> jvmArguments, String jit) {
        return ShortRunJvm.commandLine(command, new String[] {command}, jvmArguments, "/opt/jdk", "app.jar", jit, "Main");
    }

    /** Exits with {@link #QUICK} when its JIT stops at C1 and it got the command's arguments. */
    static final class ExitsWithItsJit {
        static final int QUICK = 42;

        public static void main(String[] args) {
            boolean quick = ManagementFactory.getRuntimeMXBean().getInputArguments().contains("-XX:TieredStopAtLevel=1");
            System.exit(quick && List.of(args).equals(List.of("validate")) ? QUICK : 1);
        }
    }
}
