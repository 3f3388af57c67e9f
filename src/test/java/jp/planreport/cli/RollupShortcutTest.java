package jp.planreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.planreport.intake.Checksums;
import jp.planreport.intake.SubmissionFolder;

/** The quick answer of an unchanged roll-up, before Spring: only when the note says the very same input. */
class RollupShortcutTest {

    @TempDir
    Path work;
    Path input;
    Path output;

    @BeforeEach
    void input() throws Exception {
        input = work.resolve("input");
        output = work.resolve("output");
        Files.createDirectories(input.resolve("2022").resolve("submissions"));
        Files.copy(Path.of("input", "2022", "plans.csv"), input.resolve("2022").resolve("plans.csv"));
        Files.writeString(input.resolve("2022").resolve("submissions").resolve("課.xlsx"), "a workbook");
    }

    private boolean answered(String... extra) {
        String[] args = new String[2 + extra.length];
        args[0] = "rollup";
        args[1] = "--input=" + input;
        System.arraycopy(extra, 0, args, 2, extra.length);
        String[] withOutput = java.util.Arrays.copyOf(args, args.length + 1);
        withOutput[args.length] = "--output=" + output;
        return RollupShortcut.answered(withOutput, CommandLineOptions.parse(withOutput));
    }

    private void remember() throws Exception {
        RollupShortcut.remember(output.toAbsolutePath(), 2022, input.toAbsolutePath(),
                Checksums.of(SubmissionFolder.of(input.toAbsolutePath(), 2022)),
                RollupShortcut.outputSettingsDigest(RollupShortcut.settings(new String[0])), "2022/11/25 02:00");
    }

    @Test
    void answersWhenTheInputHasTheDigestOfTheLastRollup() throws Exception {
        assertThat(answered()).as("no roll-up yet").isFalse();
        remember();
        assertThat(answered()).isTrue();
        assertThat(answered("--force")).isFalse();
    }

    @Test
    void leavesItToTheFullCheckWhenAFileChangedOrTheFolderIsAnother() throws Exception {
        remember();
        Files.writeString(input.resolve("2022").resolve("submissions").resolve("課.xlsx"), "a corrected workbook");
        assertThat(answered()).isFalse();

        remember();
        Path elsewhere = work.resolve("copy");
        Files.createDirectories(elsewhere.resolve("2022").resolve("submissions"));
        Files.copy(input.resolve("2022").resolve("plans.csv"), elsewhere.resolve("2022").resolve("plans.csv"));
        input = elsewhere;
        assertThat(answered()).as("same output folder, other input").isFalse();
    }

    @Test
    void leavesItToTheFullCheckWhenASettingThatChangesTheOutputsIsAnother() throws Exception {
        remember();
        assertThat(answered("--plan-report.organisation=〇〇市")).isFalse();
        assertThat(answered("--plan-report.grades[2].label=遅れている")).isFalse();
        assertThat(answered("--plan-report.intake.partitions=1")).as("a setting that changes nothing printed").isTrue();
    }
}
