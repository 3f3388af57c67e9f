package jp.planreport.report.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jp.planreport.intake.FiscalYears;
import jp.planreport.intake.Footnotes;
import jp.planreport.intake.HalfYear;
import jp.planreport.intake.Note;
import jp.planreport.intake.PlanSheet;
import jp.planreport.intake.ProgressMark;

/**
 * A plan sheet as the template {@code reports/plan-sheet.jrxml} prints it: labels, styled text and
 * the blocks of 取組状況. Footnotes go below the section that first uses them.
 */
public final class PlanSheetView {

    static final String PLAN_HEADING = "【取組計画】（PLAN）";
    static final String RESULT_HEADING = "【取組実績及び取組による成果・効果】（DO・CHECK）";
    static final String PROGRESS_HEADING = "【年度別計画に対する今年度の進捗見込】（CHECK）";
    static final String ACTION_HEADING = "【後期における取組の方向性（留意点や見直し、改善など）】（ACTION）";
    private static final String NOT_WRITTEN = "<style forecolor=\"#808080\">未記入</style>";

    private final PlanSheet sheet;
    private final Map<Integer, List<Note>> notesBySection = new LinkedHashMap<>();

    PlanSheetView(PlanSheet sheet) {
        this.sheet = sheet;
        placeNotes();
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

    private static List<ItemBlock> blocks(HalfYear half, boolean checkAndActionRequired) {
        List<ItemBlock> blocks = new ArrayList<>();
        blocks.add(ItemBlock.items(PLAN_HEADING, orNotWritten(StyledText.items(half.plan(), "○"))));
        blocks.add(ItemBlock.items(RESULT_HEADING, orNotWritten(StyledText.items(half.result(), "○"))));
        if (half.progress() != null || checkAndActionRequired) {
            blocks.add(ItemBlock.mark(PROGRESS_HEADING,
                    half.progress() == null ? "" : half.progress().symbol(), ProgressMark.legend()));
        }
        if (!half.action().isEmpty() || checkAndActionRequired) {
            blocks.add(ItemBlock.items(ACTION_HEADING, orNotWritten(StyledText.items(half.action(), "○"))));
        }
        return blocks;
    }

    private static String orNotWritten(String styled) {
        return styled == null ? NOT_WRITTEN : styled;
    }

    private static String join(List<String> values, String separator, Function<String, String> each) {
        return String.join(separator, values.stream().map(each).toList());
    }

    public String getPolicyNo() {
        return Integer.toString(sheet.policyNo());
    }

    public String getPolicyTitle() {
        return sheet.policyTitle();
    }

    public String getInitiativeCode() {
        return sheet.initiativeCode();
    }

    public String getInitiativeTitle() {
        return sheet.initiativeTitle();
    }

    public String getPlanNo() {
        return Integer.toString(sheet.planNo());
    }

    public String getPlanTitle() {
        return sheet.planTitle();
    }

    public String getDepartments() {
        return join(sheet.departments(), "、", s -> s);
    }

    public String getContacts() {
        return join(sheet.contacts(), "\n", s -> s);
    }

    public String getContent() {
        return orNotWritten(StyledText.of(sheet.content().isBlank() ? null : sheet.content()));
    }

    public String getFiscalYearLabel() {
        return FiscalYears.label(sheet.fiscalYear());
    }

    public String getAnnualPlan() {
        return orNotWritten(StyledText.items(sheet.annualPlan(), "◆"));
    }

    public String getContentNotes() {
        return notes(1);
    }

    public List<ItemBlock> getFirstHalf() {
        return blocks(sheet.firstHalf(), true);
    }

    public List<ItemBlock> getSecondHalf() {
        return blocks(sheet.secondHalf(), false);
    }

    public String getStatusNotes() {
        return notes(2);
    }

    public String getGrade() {
        return sheet.grade() == null ? "" : sheet.grade();
    }

    public String getSummary() {
        return orNotWritten(StyledText.items(sheet.summary(), "○"));
    }

    public String getSummaryNotes() {
        return notes(3);
    }
}
