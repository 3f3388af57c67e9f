package jp.planreport.model;

import java.util.Optional;

/** 進捗見込: the one mark of a half year's CHECK block. */
public enum ProgressMark {
    AHEAD("◎", "計画を上回る"), ON_PLAN("○", "（概ね）計画どおり"), BEHIND("△", "遅れる");

    private final String symbol;
    private final String meaning;

    ProgressMark(String symbol, String meaning) {
        this.symbol = symbol;
        this.meaning = meaning;
    }

    public String symbol() {
        return symbol;
    }

    public String meaning() {
        return meaning;
    }

    /** Reads a mark as a clerk may type it: 〇 (U+3007) and ◯ (U+25EF) count as ○. */
    public static Optional<ProgressMark> parse(String text) {
        String s = TextRules.normalizeCode(text);
        return switch (s) {
            case "◎" -> Optional.of(AHEAD);
            case "○", "〇", "◯" -> Optional.of(ON_PLAN);
            case "△" -> Optional.of(BEHIND);
            default -> Optional.empty();
        };
    }

    /** The legend printed beside the mark box: ※◎：計画を上回る ○：（概ね）計画どおり △：遅れる */
    public static String legend() {
        StringBuilder sb = new StringBuilder("※");
        for (ProgressMark m : values()) {
            sb.append(m == AHEAD ? "" : "　").append(m.symbol).append("：").append(m.meaning);
        }
        return sb.toString();
    }
}
