package jp.planreport.intake;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import jp.planreport.fonts.FontCoverage;
import jp.planreport.model.Footnotes;
import jp.planreport.model.Finding;
import jp.planreport.model.FindingCode;
import jp.planreport.model.FiscalYears;
import jp.planreport.model.GradeScale;
import jp.planreport.model.HalfYear;
import jp.planreport.model.Note;
import jp.planreport.model.PlanMaster;
import jp.planreport.model.PlanMasterEntry;
import jp.planreport.model.PlanSheet;
import jp.planreport.model.PlanSheetField;
import jp.planreport.model.ProgressMark;
import jp.planreport.model.TextRules;

/**
 * Applies the contract's rules to one raw sheet: names present, numbers and codes readable, the
 * header agreeing with the plan master, marks and grade valid, footnotes paired. A sheet with any
 * error is not accepted; warnings and notices travel with an accepted sheet.
 */
public class PlanSheetValidator {

    /**
     * What the booklet prints as the department wrote it: not the header (printed from the plan
     * master, whose text is checked on its own) nor the marks and grade (printed as what they mean).
     */
    private static final Set<PlanSheetField> PRINTED_AS_WRITTEN = EnumSet.complementOf(EnumSet.of(
            PlanSheetField.H1_PROGRESS, PlanSheetField.H2_PROGRESS, PlanSheetField.GRADE));

    private final PlanMaster master;
    private final GradeScale grades;
    private final boolean requireComplete;
    private final int maxTextLength;

    /** With the default limits (tests, tools). */
    public PlanSheetValidator(PlanMaster master, GradeScale grades, boolean requireComplete) {
        this(master, grades, requireComplete, IntakeLimits.DEFAULTS);
    }

    /**
     * @param requireComplete year-end rules: every "required" field must be filled in; a roll-up
     *                        accepts a sheet that is still being written
     * @param limits          the longest field text accepted ({@link IntakeLimits#maxTextLength()})
     */
    public PlanSheetValidator(PlanMaster master, GradeScale grades, boolean requireComplete, IntakeLimits limits) {
        this.master = master;
        this.grades = grades;
        this.requireComplete = requireComplete;
        this.maxTextLength = limits.maxTextLength();
    }

    /**
     * Characters of a field that the booklet's fonts lack (printed as 〓) and variation selectors
     * (the base character prints in its standard form), said once per field with where it is
     * ({@code where}: プラン5, or the plan master's 方針1); also for the plan master's text.
     */
    public static List<Finding> printability(String file, String sheet, PlanSheetField field, String where, String text) {
        List<Finding> findings = new ArrayList<>();
        List<Integer> missing = FontCoverage.bundled().unprintable(text);
        if (!missing.isEmpty()) {
            findings.add(Finding.of(FindingCode.UNPRINTABLE_CHARACTERS, file, sheet, field.definedName(), where,
                    FontCoverage.describeCodePoints(missing)));
        }
        List<String> variants = FontCoverage.variationSequences(text);
        if (!variants.isEmpty()) {
            findings.add(Finding.of(FindingCode.VARIATION_SELECTORS, file, sheet, field.definedName(), where,
                    FontCoverage.describe(variants)));
        }
        return findings;
    }

    public ValidatedSheet validate(RawPlanSheet raw) {
        Check check = new Check(raw);
        check.findings.addAll(raw.findings()); // what reading the cells found: an error there keeps the sheet out
        List<String> blank = new ArrayList<>(); // required fields left blank: a roll-up says them once for the sheet
        for (PlanSheetField field : PlanSheetField.values()) {
            if (!raw.has(field) && (field.requiredAtYearEnd() || field == PlanSheetField.PLAN_NO)) {
                check.add(FindingCode.MISSING_NAME, field, field.definedName());
            } else {
                String text = check.text(field); // every field once: control characters and length are said here
                if (field.requiredAtYearEnd() && text.isBlank() && !check.unreadable(field)) {
                    blank.add("「" + field.label() + "」");
                    if (requireComplete) { // the only difference between the two rules: the year-end's is an error
                        check.add(FindingCode.REQUIRED_BLANK, field);
                    }
                }
                if (PRINTED_AS_WRITTEN.contains(field) && !field.isHeader()) {
                    check.printable(field, text);
                }
            }
        }

        boolean complete = blank.isEmpty();
        if (!complete && !requireComplete) {
            check.add(FindingCode.NOT_YET_WRITTEN, null, String.join("、", blank));
        }
        OptionalInt fiscalYear = check.fiscalYear();
        OptionalInt planNo = check.integer(PlanSheetField.PLAN_NO);
        OptionalInt policyNo = check.integer(PlanSheetField.POLICY_NO);
        PlanMasterEntry entry = null;
        if (planNo.isPresent()) {
            entry = master.plan(planNo.getAsInt()).orElse(null);
            if (entry == null) {
                check.add(FindingCode.UNKNOWN_PLAN, PlanSheetField.PLAN_NO, planNo.getAsInt());
            }
        }
        String initiativeCode = TextRules.normalizeCode(check.text(PlanSheetField.INITIATIVE_CODE));
        if (entry != null) {
            check.same(PlanSheetField.POLICY_NO, policyNo.isPresent() ? Integer.toString(policyNo.getAsInt()) : null,
                    Integer.toString(entry.policyNo()));
            check.same(PlanSheetField.POLICY_TITLE, check.text(PlanSheetField.POLICY_TITLE).strip(), entry.policyTitle());
            check.same(PlanSheetField.INITIATIVE_CODE, initiativeCode, entry.initiativeCode());
            check.same(PlanSheetField.INITIATIVE_TITLE, check.text(PlanSheetField.INITIATIVE_TITLE).strip(), entry.initiativeTitle());
            check.same(PlanSheetField.PLAN_TITLE, check.text(PlanSheetField.PLAN_TITLE).strip(), entry.planTitle());
        }
        HalfYear first = check.halfYear(PlanSheetField.H1_PLAN, PlanSheetField.H1_RESULT, PlanSheetField.H1_PROGRESS, PlanSheetField.H1_ACTION);
        HalfYear second = check.halfYear(PlanSheetField.H2_PLAN, PlanSheetField.H2_RESULT, PlanSheetField.H2_PROGRESS, PlanSheetField.H2_ACTION);
        String grade = check.grade();
        List<Note> notes = Footnotes.parseNotes(check.text(PlanSheetField.NOTES));
        check.footnotes(notes);

        if (check.hasErrors() || entry == null || fiscalYear.isEmpty()) {
            return new ValidatedSheet(raw, null, check.findings, complete);
        }
        List<String> departments = TextRules.departments(check.text(PlanSheetField.DEPARTMENTS));
        PlanSheet sheet = new PlanSheet(fiscalYear.getAsInt(),
                entry.policyNo(), entry.policyTitle(), entry.initiativeCode(), entry.initiativeTitle(),
                entry.planNo(), entry.planTitle(),
                departments.isEmpty() ? entry.departments() : departments,
                TextRules.contacts(check.text(PlanSheetField.CONTACTS)),
                TextRules.paragraph(check.text(PlanSheetField.CONTENT)),
                TextRules.items(check.text(PlanSheetField.ANNUAL_PLAN)),
                first, second, grade,
                TextRules.items(check.text(PlanSheetField.SUMMARY)), notes);
        return new ValidatedSheet(raw, sheet, check.findings, complete);
    }

    /** The findings of one sheet as they are made. */
    private final class Check {
        private final RawPlanSheet raw;
        private final List<Finding> findings = new ArrayList<>();

        Check(RawPlanSheet raw) {
            this.raw = raw;
        }

        void add(FindingCode code, PlanSheetField field, Object... details) {
            findings.add(Finding.of(code, raw.file(), raw.sheet(), field == null ? null : field.definedName(), details));
        }

        boolean hasErrors() {
            return findings.stream().anyMatch(Finding::isError);
        }

        /** The field's text with control characters removed (and said so once). */
        String text(PlanSheetField field) {
            String value = raw.value(field).orElse("");
            int length = value.codePointCount(0, value.length());
            if (length > maxTextLength && !reported(FindingCode.TEXT_TOO_LONG, field)) {
                add(FindingCode.TEXT_TOO_LONG, field, length, maxTextLength);
            }
            if (TextRules.hasControlCharacters(value)) {
                if (!reported(FindingCode.CONTROL_CHARACTERS, field)) {
                    add(FindingCode.CONTROL_CHARACTERS, field);
                }
                return TextRules.withoutControlCharacters(value);
            }
            return value;
        }

        /** The cell could not be read as the clerk sees it, and a finding already says so. */
        boolean unreadable(PlanSheetField field) {
            return raw.findings().stream().anyMatch(f -> f.isError() && field.definedName().equals(f.field()));
        }

        void printable(PlanSheetField field, String text) {
            String plan = raw.planNo().isPresent() ? "プラン" + raw.planNo().getAsInt() : "このシート";
            findings.addAll(printability(raw.file(), raw.sheet(), field, plan, text));
        }

        /** Fields are read more than once; each problem is said once. */
        boolean reported(FindingCode code, PlanSheetField field) {
            return findings.stream().anyMatch(f -> f.code().equals(code.name()) && field.definedName().equals(f.field()));
        }

        OptionalInt integer(PlanSheetField field) {
            String value = text(field);
            if (value.isBlank()) {
                return OptionalInt.empty();
            }
            OptionalInt number = TextRules.parseInteger(value);
            if (number.isEmpty()) {
                add(FindingCode.INVALID_NUMBER, field, value);
            }
            return number;
        }

        OptionalInt fiscalYear() {
            String value = text(PlanSheetField.FISCAL_YEAR);
            if (value.isBlank()) {
                return OptionalInt.empty();
            }
            OptionalInt year = FiscalYears.parse(value);
            if (year.isEmpty()) {
                // a date typed into the cell (R5.3.31, 令和5年3月31日): the fiscal year it falls in, said so
                java.util.Optional<java.time.LocalDate> day = FiscalYears.parseDate(value);
                if (day.isPresent()) {
                    year = OptionalInt.of(FiscalYears.of(day.get()));
                    add(FindingCode.FISCAL_YEAR_FROM_DATE, PlanSheetField.FISCAL_YEAR, value, FiscalYears.label(year.getAsInt()));
                } else if (FiscalYears.isDayOrTimeWithoutYear(value)) {
                    add(FindingCode.FISCAL_YEAR_WITHOUT_YEAR, PlanSheetField.FISCAL_YEAR, value);
                    return year;
                }
            }
            if (year.isEmpty()) {
                add(FindingCode.INVALID_FISCAL_YEAR, PlanSheetField.FISCAL_YEAR, value);
            } else if (year.getAsInt() != master.fiscalYear()) {
                add(FindingCode.WRONG_FISCAL_YEAR, PlanSheetField.FISCAL_YEAR,
                        FiscalYears.label(year.getAsInt()), FiscalYears.label(master.fiscalYear()));
            }
            return year;
        }

        void same(PlanSheetField field, String written, String expected) {
            if (written != null && !written.isBlank() && !written.equals(expected)) {
                add(FindingCode.TITLE_MISMATCH, field, written, expected);
            }
        }

        HalfYear halfYear(PlanSheetField plan, PlanSheetField result, PlanSheetField progress, PlanSheetField action) {
            ProgressMark mark = null;
            String markText = text(progress);
            if (!markText.isBlank()) {
                mark = ProgressMark.parse(markText).orElse(null);
                if (mark == null) {
                    add(FindingCode.INVALID_MARK, progress, markText);
                }
            }
            return new HalfYear(TextRules.items(text(plan)), TextRules.items(text(result)), mark,
                    TextRules.items(text(action)));
        }

        String grade() {
            String value = text(PlanSheetField.GRADE);
            if (value.isBlank()) {
                return null;
            }
            return grades.parse(value).orElseGet(() -> {
                add(FindingCode.INVALID_GRADE, PlanSheetField.GRADE, value, String.join("、", grades.codes()));
                return null;
            });
        }

        void footnotes(List<Note> notes) {
            Set<String> used = new java.util.LinkedHashSet<>();
            for (PlanSheetField field : PlanSheetField.values()) {
                if (field != PlanSheetField.NOTES) {
                    used.addAll(Footnotes.markersIn(raw.value(field).orElse("")));
                }
            }
            Set<String> explained = notes.stream().map(Note::marker).collect(Collectors.toSet());
            used.stream().filter(m -> !explained.contains(m))
                    .forEach(m -> add(FindingCode.MARKER_WITHOUT_NOTE, PlanSheetField.NOTES, m));
            notes.stream().map(Note::marker).filter(m -> !m.isEmpty() && !used.contains(m))
                    .forEach(m -> add(FindingCode.NOTE_WITHOUT_MARKER, PlanSheetField.NOTES, m));
        }
    }

    /**
     * The master's titles and departments print in the 目次, the overviews and the sheets' headers,
     * submitted or not: the characters its fonts lack are said once per 方針, 基本的取組 and プラン.
     */
    public static List<Finding> printabilityOf(PlanMaster master) {
        String file = master.source().getFileName().toString();
        String where = "プラン一覧（" + file + "）の";
        Map<String, List<Finding>> said = new LinkedHashMap<>();
        for (PlanMasterEntry plan : master.plans()) {
            said.computeIfAbsent("policy " + plan.policyNo(), k -> printability(file, null,
                    PlanSheetField.POLICY_TITLE, where + "方針" + plan.policyNo(), plan.policyTitle()));
            said.computeIfAbsent("initiative " + plan.initiativeCode(), k -> printability(file, null,
                    PlanSheetField.INITIATIVE_TITLE, where + "基本的取組" + plan.initiativeCode(), plan.initiativeTitle()));
            List<Finding> planFindings = new ArrayList<>(printability(file, null,
                    PlanSheetField.PLAN_TITLE, where + "プラン" + plan.planNo(), plan.planTitle()));
            planFindings.addAll(printability(file, null, PlanSheetField.DEPARTMENTS,
                    where + "プラン" + plan.planNo(), String.join("、", plan.departments())));
            said.put("plan " + plan.planNo(), planFindings);
        }
        return said.values().stream().flatMap(List::stream).toList();
    }
}
