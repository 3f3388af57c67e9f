package jp.planreport.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.planreport.intake.PlanMasterReader;
import jp.planreport.intake.PlanSheetValidator;
import jp.planreport.intake.RawPlanSheet;
import jp.planreport.intake.SubmissionFile;
import jp.planreport.intake.SubmissionFolder;
import jp.planreport.intake.SubmissionWorkbookReader;
import jp.planreport.intake.ValidatedSheet;
import jp.planreport.intake.WorkbookContent;
import jp.planreport.model.Finding;
import jp.planreport.model.GradeScale.Grade;
import jp.planreport.model.GradeScale;
import jp.planreport.model.PlanMaster;
import jp.planreport.model.PlanSheet;

/** The benchmark's input must be what the strict year-end intake accepts, and the same every time. */
class SyntheticInputTest {

    private static final GradeScale GRADES = new GradeScale(List.of(
            new Grade("A", "計画どおり"), new Grade("B", "概ね計画どおり"), new Grade("C", "遅れている")));

    @Test
    void everySheetPassesTheYearEndIntakeWithoutFindings(@TempDir Path dir) throws Exception {
        int n = 37;
        SyntheticInput.write(n, dir, 2022);
        SubmissionFolder folder = SubmissionFolder.of(dir, 2022);
        PlanMaster master = new PlanMasterReader().read(folder.planMaster(), 2022);
        PlanSheetValidator validator = new PlanSheetValidator(master, GRADES, true);

        List<Finding> findings = new ArrayList<>();
        Map<Integer, PlanSheet> accepted = new TreeMap<>();
        List<SubmissionFile> files = folder.files();
        for (SubmissionFile file : files) {
            WorkbookContent content = new SubmissionWorkbookReader().read(file.path(), file.name());
            findings.addAll(content.findings());
            assertThat(content.sheets()).hasSizeBetween(1, SyntheticInput.PLANS_PER_WORKBOOK);
            for (RawPlanSheet raw : content.sheets()) {
                ValidatedSheet validated = validator.validate(raw);
                findings.addAll(validated.findings());
                if (validated.accepted()) {
                    accepted.put(validated.sheet().planNo(), validated.sheet());
                }
            }
        }

        assertThat(findings).isEmpty();
        assertThat(accepted).hasSize(n);
        assertThat(files).hasSizeBetween(n / SyntheticInput.PLANS_PER_WORKBOOK, n / 2);
        assertThat(accepted.values().stream().map(PlanSheet::policyNo).distinct()).hasSize(SyntheticInput.MAX_POLICIES);
        PlanSheet first = accepted.get(1);
        assertThat(first.content().length()).as("a plan sheet carries text of the sample's length").isGreaterThan(150);
        assertThat(first.firstHalf().plan()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(first.grade()).isIn("A", "B", "C");
    }

    @Test
    void sameNumberOfPlansGivesTheSameInput(@TempDir Path dir) throws IOException {
        Path one = SyntheticInput.write(9, dir.resolve("one"), 2022);
        Path two = SyntheticInput.write(9, dir.resolve("two"), 2022);

        assertThat(Files.readString(one.resolve("plans.csv"))).isEqualTo(Files.readString(two.resolve("plans.csv")));
        assertThat(sheetText(one)).isEqualTo(sheetText(two)).isNotEmpty();
        assertThat(SyntheticInput.plans(9)).hasSize(9).extracting(SyntheticInput.Plan::planNo)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    private static List<Map<String, String>> sheetText(Path year) {
        List<Map<String, String>> sheets = new ArrayList<>();
        for (SubmissionFile file : new SubmissionFolder(year).files()) {
            new SubmissionWorkbookReader().read(file.path(), file.name()).sheets()
                    .forEach(s -> sheets.add(new TreeMap<>(s.values())));
        }
        return sheets;
    }
}
