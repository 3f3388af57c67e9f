package jp.planreport.intake;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.planreport.model.GradeScale;
import jp.planreport.model.PlanMaster;
import jp.planreport.model.PlanMasterEntry;
import jp.planreport.model.PlanSheetField;

/** A small master and complete, valid field values for its plans: the base that tests break. */
public final class SheetFixtures {

    public static final GradeScale GRADES = new GradeScale(List.of(new GradeScale.Grade("A", "計画どおり"),
            new GradeScale.Grade("B", "概ね"), new GradeScale.Grade("C", "遅れ")));

    private SheetFixtures() {
    }

    public static PlanMaster master() {
        return new PlanMaster(java.nio.file.Path.of("plans.csv"), 2022, List.of(
                new PlanMasterEntry(1, "参加と協働のまちづくりの実践", "1-2", "参加と協働の推進のための環境整備", 2,
                        "市民活動・地域コミュニティ活動に関する支援の推進", List.of("協働推進課")),
                new PlanMasterEntry(1, "参加と協働のまちづくりの実践", "1-3", "市政情報の積極的な提供", 5,
                        "適正な公文書管理の推進", List.of("総務課"))));
    }

    public static Map<PlanSheetField, String> complete(int planNo) {
        PlanMasterEntry plan = master().plan(planNo).orElseThrow();
        Map<PlanSheetField, String> v = new EnumMap<>(PlanSheetField.class);
        v.put(PlanSheetField.FISCAL_YEAR, "令和4年度");
        v.put(PlanSheetField.POLICY_NO, Integer.toString(plan.policyNo()));
        v.put(PlanSheetField.POLICY_TITLE, plan.policyTitle());
        v.put(PlanSheetField.INITIATIVE_CODE, plan.initiativeCode());
        v.put(PlanSheetField.INITIATIVE_TITLE, plan.initiativeTitle());
        v.put(PlanSheetField.PLAN_NO, Integer.toString(planNo));
        v.put(PlanSheetField.PLAN_TITLE, plan.planTitle());
        v.put(PlanSheetField.DEPARTMENTS, String.join("、", plan.departments()));
        v.put(PlanSheetField.CONTACTS, "042-481-7370");
        v.put(PlanSheetField.CONTENT, "プラン" + planNo + "の内容です。非現用文書※を整理します。");
        v.put(PlanSheetField.ANNUAL_PLAN, "◆年度計画の一つ目\n◆年度計画の二つ目");
        v.put(PlanSheetField.H1_PLAN, "○前期の計画" + planNo);
        v.put(PlanSheetField.H1_RESULT, "○前期の実績" + planNo);
        v.put(PlanSheetField.H1_PROGRESS, "○");
        v.put(PlanSheetField.H1_ACTION, "○後期に向けた方向性" + planNo);
        v.put(PlanSheetField.H2_PLAN, "○後期の計画" + planNo);
        v.put(PlanSheetField.H2_RESULT, "○後期の実績" + planNo);
        v.put(PlanSheetField.GRADE, "A");
        v.put(PlanSheetField.SUMMARY, "○総括" + planNo);
        v.put(PlanSheetField.NOTES, "※非現用文書：保存期間が満了した公文書のこと");
        return v;
    }
}
