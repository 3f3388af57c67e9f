package jp.planreport.model;

import java.util.List;

/** One validated plan sheet (進捗・評価シート): what the report prints for one plan. */
public record PlanSheet(
        int fiscalYear,
        int policyNo, String policyTitle,
        String initiativeCode, String initiativeTitle,
        int planNo, String planTitle,
        List<String> departments, List<String> contacts,
        String content, List<String> annualPlan,
        HalfYear firstHalf, HalfYear secondHalf,
        String grade, List<String> summary,
        List<Note> notes) {
}
