package jp.planreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Autowired;

import jp.planreport.FunctionalTest;
import jp.planreport.intake.BadWorkbooks;
import jp.planreport.intake.Checksums;
import jp.planreport.intake.SubmissionFolder;
import jp.planreport.job.JobParameterNames;
import jp.planreport.model.PlanSheetField;
import jp.planreport.sample.SampleSubmissions.TranscribedSheet;
import jp.planreport.sample.SampleSubmissions;

/**
 * The template round trip: {@code template} writes the departments' workbooks from the sample's
 * plans.csv, a "clerk" (POI) fills every field by its defined name with the transcribed sample,
 * the year-end compilation accepts them and the PDF prints what was written.
 */
class TemplateRoundTripFunctionalTests extends FunctionalTest {

    private static final Path SAMPLE = Path.of("input", "2022");
    private static final String RUNNING_HEADER = "行財政改革プラン令和4年度進捗・評価シート";

    @Autowired
    TemplateCommand templateCommand;

    @Autowired
    ValidateCommand validateCommand;

    @Autowired
    jp.planreport.store.SubmissionStore store;

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;

    @Autowired
    @Qualifier("yearEndCompilationJob")
    Job yearEndCompilationJob;

    @BeforeEach
    void launchTheYearEndCompilation() {
        jobOperatorTestUtils.setJob(yearEndCompilationJob);
    }

    @Test
    void templatesFilledInByNameCompileIntoAReportThatPrintsWhatWasWritten() throws Exception {
        Path input = work.resolve("input");
        Path output = work.resolve("output");
        Path submissions = Files.createDirectories(input.resolve("2022").resolve("submissions"));
        Files.copy(SAMPLE.resolve("plans.csv"), input.resolve("2022").resolve("plans.csv"));

        int exit = templateCommand.run(CommandLineOptions.parse(
                new String[] {"template", "--input=" + input, "--output=" + output}));

        assertThat(exit).isEqualTo(ExitCodes.DONE);
        Path templates = output.resolve("2022").resolve("templates");
        List<Path> files;
        try (Stream<Path> list = Files.list(templates)) {
            files = list.sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("企画経営課.xlsx", "協働推進課.xlsx", "広報課.xlsx", "総務課.xlsx");

        List<TranscribedSheet> transcribed = SampleSubmissions.read(SAMPLE.resolve("transcription"));
        for (Path template : files) {
            fillIn(template, transcribed, submissions.resolve(template.getFileName()));
        }

        JobExecution execution = jobOperatorTestUtils.startJob(new JobParametersBuilder()
                .addLong(JobParameterNames.FISCAL_YEAR, 2022L)
                .addString(JobParameterNames.INPUT, input.toString())
                .addString(JobParameterNames.OUTPUT, output.toString())
                .addString(JobParameterNames.INPUT_DIGEST, Checksums.of(SubmissionFolder.of(input, 2022)))
                .addString(JobParameterNames.ALLOW_INCOMPLETE, "false")
                .toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution.getExitStatus().getExitCode()).isEqualTo("COMPLETED");
        Path report = output.resolve("2022").resolve("report-2022.pdf");
        if (Files.getFileStore(report).supportsFileAttributeView("posix")) {
            for (Path template : files) {
                assertThat(Files.getPosixFilePermissions(template)).as("%s readable as the reports are", template.getFileName())
                        .isEqualTo(Files.getPosixFilePermissions(report));
            }
        }
        try (Stream<Path> list = Files.list(templates)) {
            assertThat(list).as("no part file left").allMatch(p -> p.getFileName().toString().endsWith(".xlsx"));
        }
        String pdf = squeeze(pdfText(report));
        for (TranscribedSheet sheet : transcribed) {
            for (PlanSheetField field : List.of(PlanSheetField.CONTENT, PlanSheetField.ANNUAL_PLAN, PlanSheetField.H1_RESULT,
                    PlanSheetField.H2_PLAN, PlanSheetField.SUMMARY)) {
                for (String line : sheet.fields().get(field).split("\n")) {
                    assertThat(pdf.contains(squeeze(line)))
                            .as("プラン%s %s: 「%s」", sheet.fields().get(PlanSheetField.PLAN_NO), field.definedName(), line)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void nextYearsTemplatesCarryOverContentAndAnnualPlanFromTheNewestAcceptedSheet() throws Exception {
        Path input = work.resolve("input");
        Path output = work.resolve("output");
        Files.createDirectories(input.resolve("2023"));
        Files.copy(SAMPLE.resolve("plans.csv"), input.resolve("2023").resolve("plans.csv"));
        // last year's sheets, accepted by validate into the store
        Path lastYear = Files.createDirectories(input.resolve("2022").resolve("submissions"));
        Files.copy(SAMPLE.resolve("plans.csv"), input.resolve("2022").resolve("plans.csv"));
        Files.copy(SAMPLE.resolve("submissions").resolve("総務課.xlsx"), lastYear.resolve("総務課.xlsx"));
        validateCommand.run(CommandLineOptions.parse(new String[] {"validate", "--input=" + input, "--fiscal-year=2022"}));
        assertThat(store.newest(2022, 5)).isPresent();

        int exit = templateCommand.run(CommandLineOptions.parse(new String[] {"template", "--input=" + input,
                "--output=" + output, "--fiscal-year=令和5年度", "--from-previous-year"}));

        assertThat(exit).isEqualTo(ExitCodes.DONE);
        Path template = output.resolve("2023").resolve("templates").resolve("総務課.xlsx");
        Map<PlanSheetField, String> plan5 = SampleSubmissions.read(SAMPLE.resolve("transcription")).stream()
                .filter(t -> t.fields().get(PlanSheetField.PLAN_NO).equals("5")).findFirst().orElseThrow().fields();
        var sheet = new jp.planreport.intake.SubmissionWorkbookReader().read(template, "総務課.xlsx").sheets().get(0);
        assertThat(sheet.value(PlanSheetField.FISCAL_YEAR)).contains("令和5年度");
        assertThat(sheet.value(PlanSheetField.CONTENT)).contains(plan5.get(PlanSheetField.CONTENT));
        assertThat(sheet.value(PlanSheetField.ANNUAL_PLAN)).contains(plan5.get(PlanSheetField.ANNUAL_PLAN));
        assertThat(sheet.value(PlanSheetField.NOTES)).contains(plan5.get(PlanSheetField.NOTES));
        assertThat(sheet.value(PlanSheetField.H1_PLAN)).as("this year's work is left to write").contains("");
    }

    @Test
    void aFormulaNobodyCalculatedIsNotCarriedIntoNextYearsTemplate() throws Exception {
        Path input = work.resolve("input");
        Path output = work.resolve("output");
        // years of their own: the store is shared by this class's tests
        Files.createDirectories(input.resolve("2025"));
        Files.copy(SAMPLE.resolve("plans.csv"), input.resolve("2025").resolve("plans.csv"));
        Path lastYear = Files.createDirectories(input.resolve("2024").resolve("submissions"));
        Files.copy(SAMPLE.resolve("plans.csv"), input.resolve("2024").resolve("plans.csv"));
        BadWorkbooks.uncalculatedFormula(BadWorkbooks.changed(lastYear.resolve("総務課.xlsx"), 5,
                v -> v.put(PlanSheetField.FISCAL_YEAR, "令和6年度")), PlanSheetField.CONTENT, "1+1");
        validateCommand.run(CommandLineOptions.parse(new String[] {"validate", "--input=" + input, "--fiscal-year=2024"}));

        int exit = templateCommand.run(CommandLineOptions.parse(new String[] {"template", "--input=" + input,
                "--output=" + output, "--fiscal-year=2025", "--from-previous-year"}));

        assertThat(exit).isEqualTo(ExitCodes.DONE);
        Path template = output.resolve("2025").resolve("templates").resolve("総務課.xlsx");
        var sheet = new jp.planreport.intake.SubmissionWorkbookReader().read(template, "総務課.xlsx").sheets().get(0);
        assertThat(sheet.value(PlanSheetField.FISCAL_YEAR)).contains("令和7年度");
        assertThat(sheet.value(PlanSheetField.CONTENT)).as("nothing computed, nothing carried: never 0").contains("");
        assertThat(store.newest(2024, 5)).as("the sheet is not accepted").isEmpty();
    }

    @Test
    void aBrokenPlanMasterStopsTemplateAndValidateBeforeAnythingIsWritten() throws Exception {
        Path input = work.resolve("input");
        Path output = work.resolve("output");
        Path year = Files.createDirectories(input.resolve("2022").resolve("submissions")).getParent();
        Files.writeString(year.resolve("plans.csv"), "policy_no,plan_no,plan_title\n1,1,題名\n");
        Files.copy(SAMPLE.resolve("submissions").resolve("総務課.xlsx"), year.resolve("submissions").resolve("総務課.xlsx"));
        int versions = store.countVersions(2022, 5);

        assertThat(templateCommand.run(CommandLineOptions.parse(
                new String[] {"template", "--input=" + input, "--output=" + output}))).isEqualTo(ExitCodes.USAGE);
        assertThat(validateCommand.run(CommandLineOptions.parse(
                new String[] {"validate", "--input=" + input}))).isEqualTo(ExitCodes.USAGE);

        assertThat(output).doesNotExist();
        assertThat(store.countVersions(2022, 5)).isEqualTo(versions);
    }

    /** What a clerk does: types each field into the cell its name points at, and saves. */
    private static void fillIn(Path template, List<TranscribedSheet> transcribed, Path target) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(template))) {
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                XSSFSheet sheet = workbook.getSheetAt(i);
                XSSFName planNo = name(workbook, i, PlanSheetField.PLAN_NO.definedName());
                if (planNo == null) {
                    continue; // 記入要領
                }
                String number = cell(sheet, planNo).toString().replace(".0", "");
                Map<PlanSheetField, String> fields = transcribed.stream()
                        .filter(t -> t.fields().get(PlanSheetField.PLAN_NO).equals(number)).findFirst().orElseThrow().fields();
                for (PlanSheetField field : PlanSheetField.values()) {
                    if (!field.isHeader() && fields.containsKey(field)) {
                        cell(sheet, name(workbook, i, field.definedName())).setCellValue(fields.get(field));
                    } else if (field.isHeader()) {
                        assertThat(cell(sheet, name(workbook, i, field.definedName())).toString()).as(field.definedName())
                                .isNotBlank();
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        }
    }

    private static XSSFName name(XSSFWorkbook workbook, int sheetIndex, String name) {
        return workbook.getNames(name).stream().filter(n -> n.getSheetIndex() == sheetIndex).findFirst().orElse(null);
    }

    private static Cell cell(XSSFSheet sheet, XSSFName name) {
        CellReference first = new AreaReference(name.getRefersToFormula(), SpreadsheetVersion.EXCEL2007).getFirstCell();
        Row row = sheet.getRow(first.getRow());
        return row.getCell(first.getCol());
    }

    /** The pages' text without running header, continuation rows and page numbers, so that a split line reads whole. */
    private static String pdfText(Path pdf) throws Exception {
        return new jp.planreport.job.PdfText(pdf, RUNNING_HEADER).all();
    }

    private static String squeeze(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }
}
