package jp.planreport.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import jp.planreport.model.HalfYear;
import jp.planreport.model.Note;
import jp.planreport.model.PlanSheet;
import jp.planreport.model.PlanSheetField;
import jp.planreport.model.ProgressMark;

/**
 * What changed between two versions of a plan sheet, field by field and item by item, in Japanese:
 * items added, removed and changed, marks and the grade. Nothing unchanged is listed. The one
 * comparison of two versions: {@code diff} prints it, the portal's plan page shows it.
 */
public final class PlanSheetDiff {

    /** What happened to an item (or to a one-value field). */
    public enum Kind {
        ADDED("追加"), REMOVED("削除"), CHANGED("変更");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One change. {@code before} is null for an added item, {@code after} for a removed one.
     * @param description the change said in Japanese, e.g. 「年次評価: B → A」
     */
    public record Change(PlanSheetField field, Kind kind, String before, String after, String description) {
    }

    /** A field as a list of items: lines for text, one element for a value, none when absent. */
    private record Part(PlanSheetField field, Function<PlanSheet, List<String>> items, boolean oneValue) {
    }

    private static final List<Part> PARTS = List.of(
            value(PlanSheetField.POLICY_TITLE, PlanSheet::policyTitle),
            value(PlanSheetField.INITIATIVE_TITLE, PlanSheet::initiativeTitle),
            value(PlanSheetField.PLAN_TITLE, PlanSheet::planTitle),
            items(PlanSheetField.DEPARTMENTS, PlanSheet::departments),
            items(PlanSheetField.CONTACTS, PlanSheet::contacts),
            items(PlanSheetField.CONTENT, s -> lines(s.content())),
            items(PlanSheetField.ANNUAL_PLAN, PlanSheet::annualPlan),
            items(PlanSheetField.H1_PLAN, s -> half(s.firstHalf(), HalfYear::plan)),
            items(PlanSheetField.H1_RESULT, s -> half(s.firstHalf(), HalfYear::result)),
            value(PlanSheetField.H1_PROGRESS, s -> mark(s.firstHalf())),
            items(PlanSheetField.H1_ACTION, s -> half(s.firstHalf(), HalfYear::action)),
            items(PlanSheetField.H2_PLAN, s -> half(s.secondHalf(), HalfYear::plan)),
            items(PlanSheetField.H2_RESULT, s -> half(s.secondHalf(), HalfYear::result)),
            value(PlanSheetField.H2_PROGRESS, s -> mark(s.secondHalf())),
            items(PlanSheetField.H2_ACTION, s -> half(s.secondHalf(), HalfYear::action)),
            value(PlanSheetField.GRADE, PlanSheet::grade),
            items(PlanSheetField.SUMMARY, PlanSheet::summary),
            items(PlanSheetField.NOTES, s -> s.notes() == null ? List.of()
                    : s.notes().stream().map(PlanSheetDiff::note).toList()));

    private PlanSheetDiff() {
    }

    /** Every change from {@code from} to {@code to}, in the order of the sheet; empty when they say the same. */
    public static List<Change> between(PlanSheet from, PlanSheet to) {
        List<Change> changes = new ArrayList<>();
        for (Part part : PARTS) {
            List<String> before = part.items().apply(from);
            List<String> after = part.items().apply(to);
            if (before.equals(after)) {
                continue;
            }
            if (part.oneValue()) {
                String b = before.isEmpty() ? null : before.get(0);
                String a = after.isEmpty() ? null : after.get(0);
                Kind kind = b == null ? Kind.ADDED : a == null ? Kind.REMOVED : Kind.CHANGED;
                changes.add(new Change(part.field(), kind, b, a,
                        part.field().label() + ": " + shown(b) + " → " + shown(a)));
                continue;
            }
            for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
                List<String> removed = delta.getSource().getLines();
                List<String> added = delta.getTarget().getLines();
                int paired = Math.min(removed.size(), added.size());
                // a replaced run of items: the first ones are read as edits, the rest as added or removed
                for (int i = 0; i < paired; i++) {
                    changes.add(item(part.field(), Kind.CHANGED, removed.get(i), added.get(i)));
                }
                removed.subList(paired, removed.size()).forEach(r -> changes.add(item(part.field(), Kind.REMOVED, r, null)));
                added.subList(paired, added.size()).forEach(a -> changes.add(item(part.field(), Kind.ADDED, null, a)));
            }
        }
        return changes;
    }

    private static Change item(PlanSheetField field, Kind kind, String before, String after) {
        String what = field == PlanSheetField.CONTENT ? "段落" : "項目";
        String text = switch (kind) {
            case ADDED -> what + "を追加「" + after + "」";
            case REMOVED -> what + "を削除「" + before + "」";
            case CHANGED -> what + "を変更「" + before + "」→「" + after + "」";
        };
        return new Change(field, kind, before, after, field.label() + ": " + text);
    }

    private static String shown(String value) {
        return value == null ? "（なし）" : value;
    }

    private static Part value(PlanSheetField field, Function<PlanSheet, String> value) {
        return new Part(field, s -> {
            String v = value.apply(s);
            return v == null || v.isBlank() ? List.of() : List.of(v);
        }, true);
    }

    private static Part items(PlanSheetField field, Function<PlanSheet, List<String>> items) {
        return new Part(field, s -> Objects.requireNonNullElse(items.apply(s), List.<String>of()), false);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().filter(l -> !l.isBlank()).toList();
    }

    private static List<String> half(HalfYear half, Function<HalfYear, List<String>> part) {
        return half == null ? List.of() : Objects.requireNonNullElse(part.apply(half), List.of());
    }

    private static String mark(HalfYear half) {
        ProgressMark mark = half == null ? null : half.progress();
        return mark == null ? null : mark.symbol();
    }

    private static String note(Note note) {
        return note.marker() + " " + note.text();
    }
}
