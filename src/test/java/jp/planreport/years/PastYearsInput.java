package jp.planreport.years;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jp.planreport.job.SampleInput;
import jp.planreport.model.PlanSheetField;
import jp.planreport.sample.SampleSubmissions;
import jp.planreport.sample.SampleSubmissions.TranscribedSheet;

/**
 * Earlier years of the sample made at test time: a year folder with its plans.csv (with
 * previous_plan_no) and the departments' workbooks, each plan the sample's sheet of another plan,
 * renumbered, retitled and graded as asked. {@code main} writes the sample's FY2022 and an FY2021 of
 * the same plans with other grades, for trying import and the years comparison by hand.
 */
public final class PastYearsInput {

    static final Path SAMPLE = Path.of("input", "2022");

    /**
     * One plan of a made year.
     * @param samplePlan the sample's plan (1–5) whose sheet and master row it copies
     * @param title      its title, or null for the sample's
     * @param previous   its previous_plan_no cell ("" blank, "-", "3", "5;9")
     */
    public record Plan(int planNo, int samplePlan, String title, String grade, String previous) {

        public static Plan same(int planNo, String grade) {
            return new Plan(planNo, planNo, null, grade, "");
        }
    }

    private PastYearsInput() {
    }

    /** Writes {@code input/<year>/plans.csv} and {@code input/<year>/submissions/*.xlsx}. */
    public static void write(Path input, int fiscalYear, List<Plan> plans) throws IOException {
        Path year = input.resolve(Integer.toString(fiscalYear));
        List<String> master = Files.readAllLines(SAMPLE.resolve("plans.csv"), StandardCharsets.UTF_8);
        List<TranscribedSheet> sample = SampleSubmissions.read(SAMPLE.resolve("transcription"));
        List<String> lines = new ArrayList<>(List.of(master.get(0) + ",previous_plan_no"));
        List<TranscribedSheet> sheets = new ArrayList<>();
        for (Plan plan : plans) {
            String[] row = master.get(plan.samplePlan()).split(",", -1);
            row[4] = Integer.toString(plan.planNo());
            if (plan.title() != null) {
                row[5] = plan.title();
            }
            lines.add(String.join(",", row) + "," + plan.previous());
            TranscribedSheet from = sample.get(plan.samplePlan() - 1);
            Map<PlanSheetField, String> fields = new EnumMap<>(from.fields());
            fields.put(PlanSheetField.FISCAL_YEAR, Integer.toString(fiscalYear));
            fields.put(PlanSheetField.PLAN_NO, Integer.toString(plan.planNo()));
            fields.put(PlanSheetField.PLAN_TITLE, row[5]);
            fields.put(PlanSheetField.GRADE, plan.grade());
            sheets.add(new TranscribedSheet(from.workbook(), "プラン" + plan.planNo(), fields));
        }
        Files.createDirectories(year);
        Files.write(year.resolve("plans.csv"), lines, StandardCharsets.UTF_8);
        SampleSubmissions.write(sheets, year.resolve("submissions"));
    }

    /** FY2021 of the sample's plans with other grades (B A C B A; FY2022 has A for all), beside FY2022. */
    public static void main(String[] args) throws IOException {
        Path input = new SampleInput(Path.of(args.length > 0 ? args[0] : "target/past-years")).input;
        write(input, 2021, List.of(Plan.same(1, "B"), Plan.same(2, "A"), Plan.same(3, "C"), Plan.same(4, "B"),
                Plan.same(5, "A")));
        System.out.println("wrote " + input.resolve("2021") + " and " + input.resolve("2022"));
    }
}
