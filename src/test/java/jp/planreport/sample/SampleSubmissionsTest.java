package jp.planreport.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import jp.planreport.intake.PlanMasterReader;
import jp.planreport.intake.PlanSheetValidator;
import jp.planreport.intake.RawPlanSheet;
import jp.planreport.intake.SubmissionWorkbookReader;
import jp.planreport.intake.ValidatedSheet;
import jp.planreport.model.GradeScale;
import jp.planreport.model.PlanMaster;

/** The committed sample workbooks say exactly what the reviewable transcription says, and pass intake. */
class SampleSubmissionsTest {

    private static final Path YEAR = Path.of("input", "2022");

    @Test
    void committedWorkbooksMatchTheTranscriptionFieldByField() throws Exception {
        List<SampleSubmissions.TranscribedSheet> transcribed = SampleSubmissions.read(YEAR.resolve("transcription"));
        SubmissionWorkbookReader reader = new SubmissionWorkbookReader();
        for (SampleSubmissions.TranscribedSheet sheet : transcribed) {
            Path workbook = YEAR.resolve("submissions").resolve(sheet.workbook() + ".xlsx");
            RawPlanSheet raw = reader.read(workbook, workbook.getFileName().toString()).sheets().stream()
                    .filter(s -> s.sheet().equals(sheet.sheet())).findFirst().orElseThrow();
            sheet.fields().forEach((field, value) ->
                    assertThat(raw.value(field)).as(sheet.sheet() + " " + field.definedName()).contains(value));
        }
    }

    @Test
    void oneWorkbookPerDepartmentAndEverySheetIsAcceptedWithoutFindings() throws Exception {
        try (Stream<Path> files = Files.list(YEAR.resolve("submissions"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("企画経営課.xlsx", "協働推進課.xlsx", "広報課.xlsx", "総務課.xlsx");
        }
        PlanMaster master = new PlanMasterReader().read(YEAR.resolve("plans.csv"), 2022);
        PlanSheetValidator validator = new PlanSheetValidator(master, new GradeScale(List.of(
                new GradeScale.Grade("A", ""), new GradeScale.Grade("B", ""), new GradeScale.Grade("C", ""))), true);
        SubmissionWorkbookReader reader = new SubmissionWorkbookReader();
        int accepted = 0;
        try (Stream<Path> files = Files.list(YEAR.resolve("submissions"))) {
            for (Path file : files.toList()) {
                for (RawPlanSheet raw : reader.read(file, file.getFileName().toString()).sheets()) {
                    ValidatedSheet result = validator.validate(raw);
                    assertThat(result.findings()).as(raw.sheet()).isEmpty();
                    accepted++;
                }
            }
        }
        assertThat(accepted).isEqualTo(5);
    }
}
