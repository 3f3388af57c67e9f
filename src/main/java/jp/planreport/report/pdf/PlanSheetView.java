package jp.planreport.report.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jp.planreport.aggregate.PlanEntry;
import jp.planreport.aggregate.PlanStatus;
import jp.planreport.model.Footnotes;
import jp.planreport.model.FiscalYears;
import jp.planreport.model.HalfYear;
import jp.planreport.model.Note;
import jp.planreport.model.PlanSheet;
import jp.planreport.model.ProgressMark;

/**
 * A plan sheet as the template {@code reports/plan-sheet.jrxml} prints it: labels, styled text and
 * the blocks of 取組状況. Footnotes go below the section that first uses them. A plan without a
 * valid sheet prints its header from the plan master and a placeholder (未提出 / 不備あり).
 */
public final class PlanSheetView {

    static final String PLAN_HEADING = "【取組計画】（PLAN）";
    static final String RESULT_HEADING = "【取組実績及び取組による成果・効果】（DO・CHECK）";
    static final String PROGRESS_HEADING = "【年度別計画に対する今年度の進捗見込】（CHECK）";
    static final String ACTION_HEADING = "【後期における取組の方向性（留意点や見直し、改善など）】（ACTION）";
    private static final String NOT_WRITTEN = "<style forecolor=\"#808080\">未記入</style>";

    private final PlanEntry entry;
    private final PlanSheet sheet;
    private final boolean firstOfInitiative;
    private final PolicyOverview overview;
    private final Map<Integer, List<Note>> notesBySection = new LinkedHashMap<>();

    PlanSheetView(PlanEntry entry, boolean firstOfInitiative, PolicyOverview overview) {
        this.entry = entry;
        this.sheet = entry.sheet();
        this.firstOfInitiative = firstOfInitiative;
        this.overview = overview;
        if (sheet != null) {
            placeNotes();
        }
    }

    /** Section 1, 2 or 3: where a note's marker first appears; unused notes go to the end. */
    private void placeNotes() {
        List<String> section1 = new ArrayList<>(List.of(sheet.content()));
        section1.addAll(sheet.annualPlan());
        List<String> section2 = new ArrayList<>();
        for (HalfYear half : List.of(sheet.firstHalf(), sheet.secondHalf())) {
            section2.addAll(half.plan());
            section2.addAll(half.result());
            section2.addAll(half.action());
        }
        List<List<String>> sections = List.of(section1, section2, sheet.summary());
        for (Note note : sheet.notes()) {
            int section = 3;
            for (int i = 0; i < sections.size(); i++) {
                if (Footnotes.markersIn(String.join("\n", sections.get(i))).contains(note.marker())) {
                    section = i + 1;
                    break;
                }
            }
            notesBySection.computeIfAbsent(section, k -> new ArrayList<>()).add(note);
        }
    }

    private String notes(int section) {
        List<Note> notes = notesBySection.get(section);
        if (notes == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (Note note : notes) {
            sb.append(sb.isEmpty() ? "" : "\n").append(note.marker()).append(note.marker().matches("※\\d+") ? " " : "")
                    .append(note.text());
        }
        // the marker leads the note in normal size: escape only, no superscript
        return net.sf.jasperreports.engine.util.JRStringUtil.xmlEncode(sb.toString());
    }

    private static List<ItemLine> lines(HalfYear half, boolean checkAndActionRequired) {
        List<ItemLine> lines = new ArrayList<>();
        lines.addAll(ItemLine.block(PLAN_HEADING, half.plan(), "○", NOT_WRITTEN));
        lines.addAll(ItemLine.block(RESULT_HEADING, half.result(), "○", NOT_WRITTEN));
        if (half.progress() != null || checkAndActionRequired) {
            lines.add(ItemLine.mark(PROGRESS_HEADING,
                    half.progress() == null ? "" : half.progress().symbol(), ProgressMark.legend()));
        }
        if (!half.action().isEmpty() || checkAndActionRequired) {
            lines.addAll(ItemLine.block(ACTION_HEADING, half.action(), "○", NOT_WRITTEN));
        }
        return lines;
    }

    private static String orNotWritten(String styled) {
        return styled == null ? NOT_WRITTEN : styled;
    }

    private static String join(List<String> values, String separator, Function<String, String> each) {
        return String.join(separator, values.stream().map(each).toList());
    }

    public String getPolicyNo() {
        return Integer.toString(entry.master().policyNo());
    }

    public String getPolicyTitle() {
        return entry.master().policyTitle();
    }

    public String getInitiativeCode() {
        return entry.master().initiativeCode();
    }

    public String getInitiativeTitle() {
        return entry.master().initiativeTitle();
    }

    public String getPlanNo() {
        return Integer.toString(entry.master().planNo());
    }

    public String getPlanTitle() {
        return entry.master().planTitle();
    }

    public String getDepartments() {
        return join(entry.master().departments(), "、", s -> s);
    }

    public String getContacts() {
        return sheet == null ? "" : join(sheet.contacts(), "\n", s -> s);
    }

    /** Anchors (bookmarks and 目次 links) of the 方針, 基本的取組 and プラン this sheet starts. */
    public String getPolicyAnchor() {
        return PageIndex.policyAnchor(entry.master().policyNo(), entry.master().policyTitle());
    }

    public String getInitiativeAnchor() {
        return PageIndex.initiativeAnchor(entry.master().initiativeCode(), entry.master().initiativeTitle());
    }

    public String getPlanAnchor() {
        return PageIndex.planAnchor(entry.master().planNo(), entry.master().planTitle());
    }

    public boolean isFirstOfInitiative() {
        return firstOfInitiative;
    }

    /** 「前年度（令和3年度）の年次評価　B」 in the sheet's header; null when last year has no grade for it. */
    public String getLastYearGrade() {
        String grade = overview.lastYearGrade(entry.master().planNo());
        return grade.isEmpty() ? null : "前年度（" + FiscalYears.label(overview.fiscalYear() - 1) + "）の年次評価　" + grade;
    }

    public PolicyOverview getOverview() {
        return overview;
    }

    public boolean isHasSheet() {
        return sheet != null;
    }

    /** What prints instead of the sheet when there is no valid one. */
    public String getPlaceholder() {
        return sheet != null ? null : entry.status() == PlanStatus.INVALID
                ? "不備あり（提出されたシートに誤りがあり、受け付けていません）"
                : "未提出";
    }

    public String getContent() {
        return sheet == null ? null : orNotWritten(StyledText.of(sheet.content().isBlank() ? null : sheet.content()));
    }

    public String getFiscalYearLabel() {
        return FiscalYears.label(overview.fiscalYear());
    }

    public String getAnnualPlan() {
        return sheet == null ? null : orNotWritten(StyledText.items(sheet.annualPlan(), "◆"));
    }

    public String getContentNotes() {
        return notes(1);
    }

    public List<ItemLine> getFirstHalf() {
        return sheet == null ? List.of() : lines(sheet.firstHalf(), true);
    }

    public List<ItemLine> getSecondHalf() {
        return sheet == null ? List.of() : lines(sheet.secondHalf(), false);
    }

    public String getStatusNotes() {
        return notes(2);
    }

    public String getGrade() {
        return sheet == null || sheet.grade() == null ? "" : sheet.grade();
    }

    public String getSummary() {
        return sheet == null ? null : orNotWritten(StyledText.items(sheet.summary(), "○"));
    }

    public String getSummaryNotes() {
        return notes(3);
    }
}
