package jp.planreport.model;

import java.util.Arrays;

/**
 * The defined names of a plan sheet (spec/submissions.md): the only way intake finds a field.
 * {@code requiredAtYearEnd} is the contract's "required for the year-end report" column.
 */
public enum PlanSheetField {
    FISCAL_YEAR("fiscal_year", "年度", true, null),
    POLICY_NO("policy_no", "方針", true, null),
    POLICY_TITLE("policy_title", "方針名", true, null),
    INITIATIVE_CODE("initiative_code", "基本的取組", true, null),
    INITIATIVE_TITLE("initiative_title", "基本的取組名", true, null),
    PLAN_NO("plan_no", "プラン", true, null),
    PLAN_TITLE("plan_title", "プラン名", true, null),
    DEPARTMENTS("departments", "担当課", true, null),
    CONTACTS("contacts", "連絡先", false, "担当課の電話番号を記入します。複数あるときは Alt+Enter で改行し、1 行に 1 つ書きます。"),
    CONTENT("content", "プランの内容", true, "プランの内容を文章で記入します。段落を分けるときは Alt+Enter で改行します。"),
    ANNUAL_PLAN("annual_plan", "年度別計画", true, "今年度の計画を 1 行に 1 項目ずつ記入します（セル内の改行は Alt+Enter）。先頭の ◆ は省略できます。"),
    H1_PLAN("h1_plan", "前期 取組計画（PLAN）", true, "前期（4月～9月）の取組計画を 1 行に 1 項目ずつ記入します（改行は Alt+Enter）。先頭の ○ は省略できます。"),
    H1_RESULT("h1_result", "前期 取組実績及び取組による成果・効果（DO・CHECK）", true, "前期の取組実績と、取組による成果・効果を 1 行に 1 項目ずつ記入します（改行は Alt+Enter）。"),
    H1_PROGRESS("h1_progress", "前期 進捗見込（CHECK）", true, "年度別計画に対する今年度の進捗見込を一覧から選びます。◎ 計画を上回る／○（概ね）計画どおり／△ 遅れる"),
    H1_ACTION("h1_action", "前期 後期における取組の方向性（ACTION）", true, "後期に向けた取組の方向性（留意点や見直し、改善など）を 1 行に 1 項目ずつ記入します（改行は Alt+Enter）。"),
    H2_PLAN("h2_plan", "後期 取組計画（PLAN）", true, "後期（10月～3月）の取組計画を 1 行に 1 項目ずつ記入します（改行は Alt+Enter）。先頭の ○ は省略できます。"),
    H2_RESULT("h2_result", "後期 取組実績及び取組による成果・効果（DO・CHECK）", true, "後期の取組実績と、取組による成果・効果を 1 行に 1 項目ずつ記入します（改行は Alt+Enter）。"),
    H2_PROGRESS("h2_progress", "後期 進捗見込（CHECK）", false, "必要な場合だけ、後期の進捗見込を一覧から選びます。◎ 計画を上回る／○（概ね）計画どおり／△ 遅れる"),
    H2_ACTION("h2_action", "後期 取組の方向性（ACTION）", false, "必要な場合だけ、次年度に向けた取組の方向性を 1 行に 1 項目ずつ記入します（改行は Alt+Enter）。"),
    GRADE("grade", "年次評価", true, "年次評価を一覧から選びます。"),
    SUMMARY("summary", "今年度の総括", true, "今年度の総括（評価の理由、成果・効果）と次年度以降の方向性を 1 行に 1 項目ずつ記入します（改行は Alt+Enter）。"),
    NOTES("notes", "注記", false, "本文の用語に ※1 などの記号を付けたら、ここに 1 行に 1 つ「※1 用語：説明」の形で説明を書きます（改行は Alt+Enter）。");

    private final String definedName;
    private final String label;
    private final boolean requiredAtYearEnd;
    private final String hint;

    PlanSheetField(String definedName, String label, boolean requiredAtYearEnd, String hint) {
        this.definedName = definedName;
        this.label = label;
        this.requiredAtYearEnd = requiredAtYearEnd;
        this.hint = hint;
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

    /**
     * What to write, shown by the template when the clerk selects the field (Excel's 入力時メッセージ,
     * at most 255 characters); null for the header, which the template fills in itself.
     */
    public String hint() {
        return hint;
    }

    /** The header the planning office fills in from plans.csv; departments fill in the rest. */
    public boolean isHeader() {
        return hint == null;
    }

    /** The Japanese label of a defined name, or the name itself when it is not a plan sheet field. */
    public static String labelOf(String definedName) {
        return Arrays.stream(values()).filter(f -> f.definedName.equals(definedName)).findFirst()
                .map(PlanSheetField::label).orElse(definedName);
    }
}
