package jp.planreport.intake;

import java.util.Arrays;

/**
 * The defined names of a plan sheet (spec/submissions.md): the only way intake finds a field.
 * {@code requiredAtYearEnd} is the contract's "required for the year-end report" column.
 */
public enum PlanSheetField {
    FISCAL_YEAR("fiscal_year", "年度", true),
    POLICY_NO("policy_no", "方針", true),
    POLICY_TITLE("policy_title", "方針名", true),
    INITIATIVE_CODE("initiative_code", "基本的取組", true),
    INITIATIVE_TITLE("initiative_title", "基本的取組名", true),
    PLAN_NO("plan_no", "プラン", true),
    PLAN_TITLE("plan_title", "プラン名", true),
    DEPARTMENTS("departments", "担当課", true),
    CONTACTS("contacts", "連絡先", false),
    CONTENT("content", "プランの内容", true),
    ANNUAL_PLAN("annual_plan", "年度別計画", true),
    H1_PLAN("h1_plan", "前期 取組計画（PLAN）", true),
    H1_RESULT("h1_result", "前期 取組実績及び取組による成果・効果（DO・CHECK）", true),
    H1_PROGRESS("h1_progress", "前期 進捗見込（CHECK）", true),
    H1_ACTION("h1_action", "前期 後期における取組の方向性（ACTION）", true),
    H2_PLAN("h2_plan", "後期 取組計画（PLAN）", true),
    H2_RESULT("h2_result", "後期 取組実績及び取組による成果・効果（DO・CHECK）", true),
    H2_PROGRESS("h2_progress", "後期 進捗見込（CHECK）", false),
    H2_ACTION("h2_action", "後期 取組の方向性（ACTION）", false),
    GRADE("grade", "年次評価", true),
    SUMMARY("summary", "今年度の総括", true),
    NOTES("notes", "注記", false);

    private final String definedName;
    private final String label;
    private final boolean requiredAtYearEnd;

    PlanSheetField(String definedName, String label, boolean requiredAtYearEnd) {
        this.definedName = definedName;
        this.label = label;
        this.requiredAtYearEnd = requiredAtYearEnd;
    }

    public String definedName() {
        return definedName;
    }

    public String label() {
        return label;
    }

    public boolean requiredAtYearEnd() {
        return requiredAtYearEnd;
    }

    /** The Japanese label of a defined name, or the name itself when it is not a plan sheet field. */
    public static String labelOf(String definedName) {
        return Arrays.stream(values()).filter(f -> f.definedName.equals(definedName)).findFirst()
                .map(PlanSheetField::label).orElse(definedName);
    }
}
