package jp.planreport.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The configured 年次評価 scale, best first (default A, B, C). Configuration, not code. */
public record GradeScale(List<Grade> grades) {

    public record Grade(String code, String label) {
    }

    public GradeScale {
        grades = List.copyOf(grades);
        if (grades.isEmpty()) {
            throw new IllegalArgumentException("the grade scale needs at least one grade");
        }
    }

    /** Full-width and lower-case letters are read as the scale's own: ａ → A. */
    public Optional<String> parse(String text) {
        String s = TextRules.normalizeCode(text).toUpperCase(Locale.ROOT);
        return grades.stream().map(Grade::code).filter(code -> code.toUpperCase(Locale.ROOT).equals(s)).findFirst();
    }

    public List<String> codes() {
        return grades.stream().map(Grade::code).toList();
    }
}
