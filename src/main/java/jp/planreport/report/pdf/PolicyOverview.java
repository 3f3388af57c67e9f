package jp.planreport.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jp.planreport.aggregate.InitiativeGroup;
import jp.planreport.aggregate.PlanEntry;
import jp.planreport.aggregate.PolicyGroup;
import jp.planreport.aggregate.YearsComparison;
import jp.planreport.model.FiscalYears;
import jp.planreport.model.GradeScale;
import jp.planreport.model.HalfYear;
import jp.planreport.model.PlanSheet;
import jp.planreport.model.ProgressMark;

/**
 * The one-page overview printed before the plan sheets of a 方針 (reports/policy-overview.jrxml):
 * its plans with grade and marks, the counts per grade and per mark, and a chart of the grades.
 * The counts come from {@link PolicyGroup}, the same numbers as the summary workbook's 総括.
 */
public final class PolicyOverview {

    /** One plan of the overview table. */
    public record PlanRow(String initiativeCode, String planNo, String planTitle, String departments,
                          String firstHalfMark, String secondHalfMark, String grade, String status) {
        public String getInitiativeCode() {
            return initiativeCode;
        }

        public String getPlanNo() {
            return planNo;
        }

        public String getPlanTitle() {
            return planTitle;
        }

        public String getDepartments() {
            return departments;
        }

        public String getFirstHalfMark() {
            return firstHalfMark;
        }

        public String getSecondHalfMark() {
            return secondHalfMark;
        }

        public String getGrade() {
            return grade;
        }

        public String getStatus() {
            return status;
        }
    }

    /** One line of the counts table: 年次評価 A …, 前期 ◎ …, with its share of the valid sheets. */
    public record CountRow(String group, String code, String meaning, long count, String share) {
        public String getGroup() {
            return group;
        }

        public String getCode() {
            return code;
        }

        public String getMeaning() {
            return meaning;
        }

        public Long getCount() {
            return count;
        }

        public String getShare() {
            return share;
        }
    }

    /**
     * One plan on the overview's 経年比較: its grade in each of the three years, oldest first, the
     * direction since last year in symbol and words (「↑ 上昇」: read as text, not only seen), and
     * 新規 / 終了 / the numbers it had last year.
     */
    public record YearRow(String planNo, String planTitle, String grade2, String grade1, String grade0,
                          String direction, String remark) {
        public String getPlanNo() {
            return planNo;
        }

        public String getPlanTitle() {
            return planTitle;
        }

        public String getGradeTwoYearsAgo() {
            return grade2;
        }

        public String getGradeLastYear() {
            return grade1;
        }

        public String getGradeThisYear() {
            return grade0;
        }

        public String getDirection() {
            return direction;
        }

        public String getRemark() {
            return remark;
        }
    }

    private final PolicyGroup policy;
    private final int fiscalYear;
    private final YearsComparison years;
    private final GradeScale grades;
    private final List<CountRow> counts = new ArrayList<>();
    private final GradeChart chart;

    PolicyOverview(PolicyGroup policy, YearsComparison years, GradeScale grades) {
        this.policy = policy;
        this.fiscalYear = years.fiscalYear();
        this.years = years;
        this.grades = grades;
        long valid = policy.printedCount();
        Map<String, Long> gradeCounts = policy.gradeCounts(grades.codes());
        for (GradeScale.Grade grade : grades.grades()) {
            counts.add(new CountRow("年次評価", grade.code(), grade.label(), gradeCounts.get(grade.code()),
                    share(gradeCounts.get(grade.code()), valid)));
        }
        addMarks("前期 進捗", policy.markCounts(PlanSheet::firstHalf), valid);
        addMarks("後期 進捗", policy.markCounts(PlanSheet::secondHalf), valid);
        this.chart = new GradeChart(gradeCounts);
    }

    private void addMarks(String group, Map<ProgressMark, Long> marks, long valid) {
        marks.forEach((mark, count) -> counts.add(new CountRow(group, mark.symbol(), mark.meaning(), count,
                share(count, valid))));
    }

    private static String share(long count, long of) {
        return of == 0 ? "－" : Math.round(100.0 * count / of) + "%";
    }

    int fiscalYear() {
        return fiscalYear;
    }

    public String getPolicyNo() {
        return Integer.toString(policy.policyNo());
    }

    public String getTitle() {
        return policy.title();
    }

    public String getAnchor() {
        return PageIndex.policyAnchor(policy.policyNo(), policy.title());
    }

    public Long getPlanCount() {
        return (long) policy.plans().size();
    }

    public Long getSubmittedCount() {
        return policy.submittedCount();
    }

    public Long getValidCount() {
        return policy.validCount();
    }

    public List<PlanRow> getPlans() {
        List<PlanRow> rows = new ArrayList<>();
        for (InitiativeGroup initiative : policy.initiatives()) {
            for (PlanEntry entry : initiative.plans()) {
                PlanSheet sheet = entry.sheet();
                rows.add(new PlanRow(initiative.code(), Integer.toString(entry.master().planNo()),
                        entry.master().planTitle(), String.join("、", entry.master().departments()),
                        mark(sheet, PlanSheet::firstHalf), mark(sheet, PlanSheet::secondHalf),
                        sheet == null || sheet.grade() == null ? "" : sheet.grade(), entry.status().label()));
            }
        }
        return rows;
    }

    private static String mark(PlanSheet sheet, Function<PlanSheet, HalfYear> half) {
        if (sheet == null || half.apply(sheet).progress() == null) {
            return "";
        }
        return half.apply(sheet).progress().symbol();
    }

    public List<CountRow> getCounts() {
        return counts;
    }

    public GradeChart getChart() {
        return chart;
    }

    /** The chart's numbers in words, its alternative text. */
    public String getChartDescription() {
        return chart.description();
    }

    /** Whether the store has an earlier year: without one the overview prints as before. */
    public Boolean getYearsShown() {
        return years.shown();
    }

    /** 令和2年度, 令和3年度, 令和4年度: the headers of the three years' columns. */
    public List<String> getYearLabels() {
        return years.years().stream().map(FiscalYears::label).toList();
    }

    public List<YearRow> getYears() {
        List<YearRow> rows = new ArrayList<>();
        for (YearsComparison.PlanYears plan : years.plansOf(policy.policyNo())) {
            List<YearsComparison.YearEntry> y = plan.years();
            YearsComparison.Direction direction = plan.direction();
            rows.add(new YearRow(Integer.toString(plan.planNo()), plan.title(), y.get(0).grades(), y.get(1).grades(),
                    y.get(2).grades(), direction == null ? "" : direction.symbol() + " " + direction.words(), remark(plan)));
        }
        return rows;
    }

    /** 新規, 終了, or 「旧3・4」 when the plan had other numbers last year. */
    private static String remark(YearsComparison.PlanYears plan) {
        if (!plan.status().isEmpty()) {
            return plan.status();
        }
        String before = plan.lastYear().planNos();
        return before.isEmpty() || before.equals(Integer.toString(plan.planNo())) ? "" : "旧" + before;
    }

    /** 「年次評価ごとのプラン数（A／B／C）」: the label of the counts row under the years' columns. */
    public String getYearCountsLabel() {
        return "年次評価ごとのプラン数（" + String.join("／", grades.codes()) + "）";
    }

    /** Per year, oldest first, the plans per grade in the order of the scale: 「0／2／5」. */
    public List<String> getYearCounts() {
        return years.years().stream().map(y -> years.gradeCounts(policy.policyNo(), y).values().stream()
                .map(String::valueOf).collect(java.util.stream.Collectors.joining("／"))).toList();
    }

    /** Last year's grade of a plan of this 方針 (「B」, 「A・C」 when merged), "" when none. */
    String lastYearGrade(int planNo) {
        return years.plan(planNo).map(p -> p.lastYear().grades()).orElse("");
    }
}
