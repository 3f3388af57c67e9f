package jp.planreport.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jp.planreport.model.Finding;
import jp.planreport.model.PlanSheetField;

/**
 * Findings as an aligned text table for the console: 重要度, シート, 欄, 内容 [code]. Japanese
 * characters take two columns on a terminal, so padding counts display width, not chars.
 */
final class FindingTable {

    private FindingTable() {
    }

    static List<String> rows(List<Finding> findings, String indent) {
        int severityWidth = width(findings, f -> f.severity().label());
        int sheetWidth = width(findings, f -> blankIfNull(f.sheet()));
        int fieldWidth = width(findings, FindingTable::field);
        List<String> rows = new ArrayList<>();
        for (Finding f : findings) {
            rows.add(indent + pad(f.severity().label(), severityWidth) + "  " + pad(blankIfNull(f.sheet()), sheetWidth)
                    + "  " + pad(field(f), fieldWidth) + "  " + f.message() + "  [" + f.code() + "]");
        }
        return rows;
    }

    /** 「年次評価（grade）」: the label the clerk sees on the form and the defined name. */
    static String field(Finding f) {
        if (f.field() == null || f.field().isEmpty()) {
            return "";
        }
        String label = PlanSheetField.labelOf(f.field());
        return label.equals(f.field()) ? label : label + "（" + f.field() + "）";
    }

    private static int width(List<Finding> findings, Function<Finding, String> column) {
        return findings.stream().map(column).mapToInt(FindingTable::displayWidth).max().orElse(0);
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - displayWidth(text)));
    }

    static int displayWidth(String text) {
        return text.codePoints().map(c -> isWide(c) ? 2 : 1).sum();
    }

    private static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6) || c >= 0x20000;
    }

    private static String blankIfNull(String s) {
        return s == null ? "" : s;
    }
}
