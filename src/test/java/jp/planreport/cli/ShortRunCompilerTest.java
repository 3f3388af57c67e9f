package jp.planreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ShortRunCompilerTest {

    @AfterEach
    void fullJitAgain() throws Exception {
        System.clearProperty(ShortRunCompiler.PROPERTY);
        ShortRunCompiler.diagnosticCommand("compilerDirectivesClear");
    }

    @Test
    void aOneOffCommandLeavesTheOptimisingCompilerOut() throws Exception {
        ShortRunCompiler.diagnosticCommand("compilerDirectivesClear");

        assertThat(ShortRunCompiler.apply("compile")).isTrue();

        assertThat(directives()).contains("c2").containsPattern("Exclude:\\s*true");
    }

    @Test
    void theScheduleAndAnExplicitFullJitKeepTheJvmDefaults() throws Exception {
        ShortRunCompiler.diagnosticCommand("compilerDirectivesClear");
        String defaults = directives();

        assertThat(ShortRunCompiler.apply("schedule")).isFalse();
        System.setProperty(ShortRunCompiler.PROPERTY, "full");
        assertThat(ShortRunCompiler.apply("compile")).isFalse();

        assertThat(directives()).isEqualTo(defaults);
    }

    private static String directives() throws Exception {
        return String.valueOf(ShortRunCompiler.diagnosticCommand("compilerDirectivesPrint"));
    }
}
