package jp.planreport.intake;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.chrono.JapaneseDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * A date or time format applied as a Japanese-locale Excel applies it. POI's DataFormatter does the
 * years, months, days, hours and seconds; this class does what it lacks: the era ({@code g gg ggg},
 * era years {@code e ee}, 元年 under {@code -x-gannen}) and Japanese weekdays ({@code aaa aaaa}) from
 * {@link JapaneseDate}, quoted and escaped literals (DataFormatter prints a date format's quotes),
 * locale prefixes ({@code [$-411]}, {@code [$-ja-JP]}, the system date {@code [$-x-sysdate]} /
 * {@code [$-F800]}), and the decision whether a format is a date at all (POI's guess rejects 時, 分
 * and any quote).
 */
final class JapaneseDateFormat {

    /** What a Japanese Windows shows for the system long date and time formats. */
    private static final String SYSTEM_LONG_DATE = "yyyy\"年\"m\"月\"d\"日\"";
    private static final String SYSTEM_TIME = "h:mm:ss";
    /**
     * A built-in date format id: given with it, DataFormatter takes the pattern as a date without its
     * own guess (which the pattern handed to it would fail: it carries placeholders).
     */
    private static final int DATE_FORMAT_ID = 14;
    /**
     * Literal text travels through DataFormatter as one private-use character per run and is put
     * back after: POI reads letters in a date pattern as fields (and uses U+E000–U+E017 itself).
     */
    private static final char FIRST_PLACEHOLDER = '\uF000';
    private static final int MAX_PLACEHOLDERS = 0x800;
    /** Literal characters DataFormatter and SimpleDateFormat copy as they are. */
    private static final String PLAIN = " /:.-,";

    private JapaneseDateFormat() {
    }

    /**
     * The text of an Excel serial {@code value} in {@code pattern} when its (first) section is a date
     * or time format; null when it is not (a number or text format, for DataFormatter as it is).
     *
     * @throws IllegalArgumentException when it is a date format that cannot be shown: the value is
     *                                  not a date (negative), or the format asks for what this
     *                                  class does not do (kanji numerals, other calendars)
     */
    static String format(DataFormatter formatter, double value, String pattern, boolean date1904) {
        List<Token> tokens = dateTokens(pattern);
        if (tokens == null) {
            return null;
        }
        if (!DateUtil.isValidExcelDate(value)) {
            throw new IllegalArgumentException("not a date: " + value);
        }
        LocalDateTime at = DateUtil.getLocalDateTime(value, date1904);
        JapaneseDate day;
        try {
            day = JapaneseDate.from(at.toLocalDate());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("no Japanese era for " + at, e);
        }
        StringBuilder poi = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        List<String> literals = new ArrayList<>();
        for (Token token : tokens) {
            switch (token.kind()) {
                case FIELD -> {
                    flush(literal, poi, literals);
                    poi.append(token.text());
                }
                case LITERAL -> {
                    for (int i = 0; i < token.text().length(); i++) {
                        char c = token.text().charAt(i);
                        if (PLAIN.indexOf(c) >= 0) {
                            flush(literal, poi, literals);
                            poi.append(c);
                        } else {
                            literal.append(c);
                        }
                    }
                }
                case ERA -> literal.append(era(day, token.text().length()));
                case ERA_YEAR, GANNEN_ERA_YEAR -> literal.append(eraYear(day, token));
                case WEEKDAY -> literal.append(at.getDayOfWeek()
                        .getDisplayName(token.text().length() > 3 ? TextStyle.FULL : TextStyle.SHORT, Locale.JAPAN));
            }
        }
        flush(literal, poi, literals);
        String text = formatter.formatRawCellContents(value, DATE_FORMAT_ID, poi.toString(), date1904);
        for (int i = 0; i < literals.size(); i++) {
            text = text.replace(String.valueOf((char) (FIRST_PLACEHOLDER + i)), literals.get(i));
        }
        return text;
    }

    private static void flush(StringBuilder literal, StringBuilder poi, List<String> literals) {
        if (literal.isEmpty()) {
            return;
        }
        if (literals.size() == MAX_PLACEHOLDERS) {
            throw new IllegalArgumentException("too many literals in a date format");
        }
        poi.append((char) (FIRST_PLACEHOLDER + literals.size()));
        literals.add(literal.toString());
        literal.setLength(0);
    }

    /** g: R, gg: 令, ggg: 令和 (the era's names as JapaneseEra gives them). */
    private static String era(JapaneseDate day, int letters) {
        String name = day.getEra().getDisplayName(TextStyle.FULL, Locale.JAPAN);
        return switch (letters) {
            case 1 -> day.getEra().getDisplayName(TextStyle.NARROW, Locale.JAPAN);
            case 2 -> name.substring(0, name.offsetByCodePoints(0, 1));
            default -> name;
        };
    }

    /** e: 5, ee: 05; the first year as 元 only under a gannen locale, as Excel. */
    private static String eraYear(JapaneseDate day, Token token) {
        int year = day.get(ChronoField.YEAR_OF_ERA);
        if (year == 1 && token.kind() == Kind.GANNEN_ERA_YEAR) {
            return "元";
        }
        return token.text().length() == 1 ? Integer.toString(year) : String.format(Locale.ROOT, "%02d", year);
    }

    private enum Kind {
        /** y m d h s, AM/PM, [h] [m] [s] and fractions of a second: DataFormatter's */
        FIELD,
        LITERAL,
        ERA,
        ERA_YEAR,
        GANNEN_ERA_YEAR,
        WEEKDAY
    }

    private record Token(Kind kind, String text) {
    }

    /** The tokens of the pattern's first section when it is a date or time format, else null. */
    private static List<Token> dateTokens(String pattern) {
        return new Scan(pattern).run();
    }

    /** One pass over the first section of a format; Excel reads format letters in either case. */
    private static final class Scan {
        private final String pattern;
        private final List<Token> tokens = new ArrayList<>();
        private int at;
        private boolean gannen;
        private boolean dateField;
        private boolean number;
        private String unsupported;

        Scan(String pattern) {
            this.pattern = pattern == null ? "" : pattern;
        }

        List<Token> run() {
            while (at < pattern.length()) {
                char c = pattern.charAt(at);
                char lower = Character.toLowerCase(c);
                if (c == ';') {
                    break;
                } else if (c == '"') {
                    int end = pattern.indexOf('"', at + 1);
                    end = end < 0 ? pattern.length() : end;
                    literal(pattern.substring(at + 1, end));
                    at = end + 1;
                } else if (c == '\\' && at + 1 < pattern.length()) {
                    literal(pattern.substring(at + 1, at + 2));
                    at += 2;
                } else if (c == '_' && at + 1 < pattern.length()) {
                    literal(" "); // the width of the next character: a space in text
                    at += 2;
                } else if (c == '*' && at + 1 < pattern.length()) {
                    at += 2; // fill to the column's width: nothing in text
                } else if (c == '[') {
                    bracket();
                } else if (c == '@' || c == '#' || c == '?' || c == '%' || c == '0') {
                    number = true;
                    at++;
                } else if (pattern.regionMatches(true, at, "General", 0, 7)) {
                    number = true;
                    at += 7;
                } else if (pattern.regionMatches(true, at, "AM/PM", 0, 5)) {
                    field(pattern.substring(at, at + 5), at + 5);
                } else if (pattern.regionMatches(true, at, "A/P", 0, 3)) {
                    field(pattern.substring(at, at + 3), at + 3);
                } else if ("ymdhs".indexOf(lower) >= 0) {
                    int end = run(lower);
                    // Excel: y and yy are two digits, more are four; SimpleDateFormat's y would be four
                    field(lower == 'y' ? (end - at <= 2 ? "yy" : "yyyy") : pattern.substring(at, end), end);
                    if (lower == 's') {
                        fractionOfSecond();
                    }
                } else if (lower == 'g') {
                    computed(Kind.ERA, run(lower));
                } else if (lower == 'e') {
                    if (at + 1 < pattern.length() && "+-".indexOf(pattern.charAt(at + 1)) >= 0) {
                        number = true; // scientific: 0.00E+00
                        at += 2;
                    } else {
                        computed(gannen ? Kind.GANNEN_ERA_YEAR : Kind.ERA_YEAR, run(lower));
                    }
                } else if (lower == 'a' && run(lower) - at >= 3) {
                    computed(Kind.WEEKDAY, run(lower));
                } else if (lower >= 'a' && lower <= 'z') {
                    unsupported = "the letter " + c; // b (Buddhist years) and what Excel does not know
                    at++;
                } else {
                    literal(String.valueOf(c));
                    at++;
                }
            }
            if (number || !dateField) {
                return null;
            }
            if (unsupported != null) {
                throw new IllegalArgumentException("a date format with " + unsupported + ": " + pattern);
            }
            return tokens;
        }

        /** The end of the run of one letter (either case) starting here. */
        private int run(char lower) {
            int end = at;
            while (end < pattern.length() && Character.toLowerCase(pattern.charAt(end)) == lower) {
                end++;
            }
            return end;
        }

        /** A field for DataFormatter, written as {@code text}, read up to {@code end}. */
        private void field(String text, int end) {
            tokens.add(new Token(Kind.FIELD, text));
            dateField = true;
            at = end;
        }

        /** Era, era year or weekday: text this class computes. */
        private void computed(Kind kind, int end) {
            tokens.add(new Token(kind, pattern.substring(at, end)));
            dateField = true;
            at = end;
        }

        private void literal(String text) {
            tokens.add(new Token(Kind.LITERAL, text));
        }

        /** ss.0, ss.00, ss.000: the zeros are a date field here, not a number's digits. */
        private void fractionOfSecond() {
            if (at + 1 < pattern.length() && pattern.charAt(at) == '.' && pattern.charAt(at + 1) == '0') {
                int end = at + 1;
                while (end < pattern.length() && pattern.charAt(end) == '0') {
                    end++;
                }
                tokens.add(new Token(Kind.FIELD, pattern.substring(at, end)));
                at = end;
            }
        }

        /** [h] [mm] [ss] elapsed time, [$-…] locale and currency, [DBNum1] numerals, colours, conditions. */
        private void bracket() {
            int end = pattern.indexOf(']', at);
            if (end < 0) {
                literal(pattern.substring(at));
                at = pattern.length();
                return;
            }
            String body = pattern.substring(at + 1, end);
            String lowerBody = body.toLowerCase(Locale.ROOT);
            at = end + 1;
            if (lowerBody.matches("h+|m+|s+")) {
                tokens.add(new Token(Kind.FIELD, "[" + lowerBody + "]"));
                dateField = true;
            } else if (body.startsWith("$")) {
                locale(body.substring(1));
            } else if (lowerBody.startsWith("dbnum")) {
                unsupported = "kanji numerals " + body;
            }
            // colours ([Red], [Color10]) and conditions ([<100]) change nothing in text
        }

        /**
         * {@code [$¥-411]}: a currency symbol, then the locale: an LCID in hex (its high bytes the
         * numerals and the calendar) or a tag ({@code ja-JP}, {@code ja-JP-x-gannen},
         * {@code x-sysdate}), optionally with {@code ,xxyy}.
         */
        private void locale(String body) {
            int dash = body.indexOf('-');
            String symbol = dash < 0 ? body : body.substring(0, dash);
            if (!symbol.isEmpty()) {
                literal(symbol);
            }
            if (dash < 0) {
                return;
            }
            String code = body.substring(dash + 1);
            String lowerCode = code.toLowerCase(Locale.ROOT);
            long lcid;
            String extra = null;
            int comma = code.indexOf(',');
            if (comma >= 0) {
                extra = code.substring(comma + 1);
                lowerCode = lowerCode.substring(0, comma);
            }
            if (lowerCode.matches("[0-9a-f]{1,8}")) {
                lcid = Long.parseLong(lowerCode, 16);
            } else {
                lcid = 0;
                gannen |= lowerCode.endsWith("-x-gannen");
                if (lowerCode.endsWith("x-sysdate")) {
                    lcid = 0xF800;
                } else if (lowerCode.endsWith("x-systime")) {
                    lcid = 0xF400;
                }
            }
            if (extra != null && extra.matches("[0-9A-Fa-f]{1,4}")) {
                lcid |= Long.parseLong(extra, 16) << 16;
            }
            long numerals = lcid >> 24 & 0xFF;
            long calendar = lcid >> 16 & 0xFF;
            if (numerals != 0 || calendar > 1) {
                unsupported = "numerals or calendar " + body;
            }
            if ((lcid & 0xFFFF) == 0xF800 || (lcid & 0xFFFF) == 0xF400) {
                // the system's date or time replaces whatever follows, as Excel shows it
                String system = (lcid & 0xFFFF) == 0xF800 ? SYSTEM_LONG_DATE : SYSTEM_TIME;
                tokens.clear();
                tokens.addAll(new Scan(system).run());
                dateField = true;
                at = pattern.length();
            }
        }
    }
}
