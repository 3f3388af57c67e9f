package jp.planreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import jp.planreport.FunctionalTest;
import jp.planreport.job.SampleInput;

/**
 * One clock for the office: with plan-report.zone set to New York, the times on the console, in the
 * history and in the summary workbook are all New York times, whatever this machine's zone.
 */
@TestPropertySource(properties = "plan-report.zone=America/New_York")
class OfficeTimeFunctionalTests extends FunctionalTest {

    private static final ZoneId OFFICE = ZoneId.of("America/New_York");
    private static final Pattern SHOWN = Pattern.compile("\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}");

    @Autowired
    CompileCommand compile;

    @Autowired
    HistoryCommand history;

    @Test
    void consoleHistoryAndWorkbookShowTheConfiguredZonesTime() throws Exception {
        Assumptions.assumeFalse(ZoneId.systemDefault().getRules().equals(OFFICE.getRules()),
                "this machine is on New York time: the test could not tell the zones apart");
        SampleInput sample = new SampleInput(work);
        Instant before = Instant.now();
        assertThat(run(compile, "compile", "--input=" + sample.input, "--output=" + sample.output)).isZero();
        Instant after = Instant.now();

        String again = output(compile, "compile", "--input=" + sample.input, "--output=" + sample.output);
        String listing = output(history, "history");

        assertThat(again).contains("取りまとめ済み");
        assertThat(shown(again)).hasSize(1).allSatisfy(t -> assertBetween(t, before, after));
        assertThat(shown(listing)).hasSize(2).allSatisfy(t -> assertBetween(t, before, after));
        try (InputStream in = Files.newInputStream(sample.outputs().summary()); XSSFWorkbook book = new XSSFWorkbook(in)) {
            String note = book.getSheet("総括").getRow(1).getCell(0).getStringCellValue();
            assertThat(shown(note)).hasSize(1).allSatisfy(t -> assertBetween(t, before, after));
            LocalDateTime accepted = book.getSheet("一覧").getRow(1).getCell(13).getLocalDateTimeCellValue();
            assertBetween(accepted.truncatedTo(ChronoUnit.MINUTES), before, after);
        }
    }

    /** A time shown to the office, on the office's clock, lies within the run (to the minute). */
    private static void assertBetween(LocalDateTime shown, Instant from, Instant to) {
        assertThat(shown).isBetween(LocalDateTime.ofInstant(from, OFFICE).truncatedTo(ChronoUnit.MINUTES),
                LocalDateTime.ofInstant(to, OFFICE));
    }

    private static List<LocalDateTime> shown(String text) {
        Matcher m = SHOWN.matcher(text);
        return m.results().map(r -> LocalDateTime.parse(r.group(), DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm"))).toList();
    }

    private static int run(Command command, String... args) {
        try (Console.Captured console = Console.capture()) {
            return command.run(CommandLineOptions.parse(args));
        }
    }

    private static String output(Command command, String... args) {
        try (Console.Captured console = Console.capture()) {
            assertThat(command.run(CommandLineOptions.parse(args))).isZero();
            return console.stdout();
        }
    }
}
