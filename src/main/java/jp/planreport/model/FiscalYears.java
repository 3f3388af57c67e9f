package jp.planreport.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fiscal years (April–March, named by the Western year they start in) and their Japanese names.
 * Era names come from {@link JapaneseDate}; a fiscal year takes the era in force on 1 May, so that
 * 2019 is 令和元年度 (the era changed on 1 May 2019) and 2022 is 令和4年度.
 */
public final class FiscalYears {

    private static final Pattern WESTERN = Pattern.compile("(\\d{4})(?:年度?)?");
    private static final Pattern ERA = Pattern.compile("(\\D+?)(\\d{1,2}|元)(?:年度?)?");
    /** The month and day of a date as Excel shows it: 3月31日, .3.31, /3/31, -3-31 (the day may be left out). */
    private static final String MONTH_DAY = "(?:年(\\d{1,2})月(?:(\\d{1,2})日)?|[./-](\\d{1,2})(?:[./-](\\d{1,2}))?)";
    /** A time after the date: 0:00, 0:00:00, 0時00分 … */
    private static final String TIME = "(?:\\d{1,2}(?::\\d{2}){1,2}|\\d{1,2}時(?:\\d{1,2}分(?:\\d{1,2}秒)?)?)";
    private static final Pattern WESTERN_DATE = Pattern.compile("(\\d{4})" + MONTH_DAY + "(?: ?" + TIME + ")?");
    private static final Pattern ERA_DATE = Pattern.compile("(\\D+?)(\\d{1,2}|元)" + MONTH_DAY + "(?: ?" + TIME + ")?");
    /** What a date or time format without a year shows: 3月31日, 3/31, 12時00分, 12:00. */
    private static final Pattern WITHOUT_YEAR = Pattern.compile("\\d{1,2}月\\d{1,2}日(?: ?" + TIME + ")?|\\d{1,2}/\\d{1,2}|" + TIME);
    /** White space but one space between two digits (the date's day and the time's hour). */
    private static final Pattern SPACES = Pattern.compile("(?<=\\d)(\\s+)(?=\\d)|\\s+");

    private FiscalYears() {
    }

    /** 2022 → 令和4年度 */
    public static String label(int fiscalYear) {
        JapaneseDate date = JapaneseDate.of(fiscalYear, 5, 1);
        int yearOfEra = date.get(ChronoField.YEAR_OF_ERA);
        return date.getEra().getDisplayName(TextStyle.FULL, Locale.JAPAN)
                + (yearOfEra == 1 ? "元" : Integer.toString(yearOfEra)) + "年度";
    }

    /** 2023-05-31 → 令和5年5月31日 (元年 for the first year of an era) */
    public static String date(java.time.LocalDate day) {
        JapaneseDate date = JapaneseDate.from(day);
        int yearOfEra = date.get(ChronoField.YEAR_OF_ERA);
        return date.getEra().getDisplayName(TextStyle.FULL, Locale.JAPAN)
                + (yearOfEra == 1 ? "元" : Integer.toString(yearOfEra)) + "年" + day.getMonthValue() + "月"
                + day.getDayOfMonth() + "日";
    }

    /** Reads 2022, 令和4年度, 令和4, R4, ｒ４, 令和元年度 … as the Western fiscal year. */
    public static OptionalInt parse(String text) {
        String s = TextRules.normalizeCode(text).replace(" ", "");
        Matcher western = WESTERN.matcher(s);
        if (western.matches()) {
            return OptionalInt.of(Integer.parseInt(western.group(1)));
        }
        Matcher era = ERA.matcher(s);
        if (!era.matches()) {
            return OptionalInt.empty();
        }
        JapaneseEra named = era(era.group(1));
        if (named == null) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(JapaneseDate.of(named, yearOfEra(era.group(2)), 5, 1).get(ChronoField.YEAR));
        } catch (DateTimeException e) {
            return OptionalInt.empty();
        }
    }

    /**
     * A date as a cell shows it, the way a clerk types it into the year's field: 令和5年3月31日,
     * R5.3.31, 令5.3.31, 2023/3/31, 2023年3月31日 (a time after it is allowed); a year and month
     * alone (2023年3月) is its first day. Empty when it is not a date of a known era.
     */
    public static Optional<LocalDate> parseDate(String text) {
        String s = withoutSpaces(text);
        try {
            Matcher western = WESTERN_DATE.matcher(s);
            if (western.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(western.group(1)), month(western, 2), day(western, 2)));
            }
            Matcher era = ERA_DATE.matcher(s);
            if (era.matches()) {
                JapaneseEra named = era(era.group(1));
                return named == null ? Optional.empty()
                        : Optional.of(LocalDate.from(JapaneseDate.of(named, yearOfEra(era.group(2)), month(era, 3), day(era, 3))));
            }
        } catch (DateTimeException e) {
            // 2月30日, or a day outside its era: not a date
        }
        return Optional.empty();
    }

    /** What a date or time format without a year shows: 3月31日, 3/31, 12時00分, 12:00. */
    public static boolean isDayOrTimeWithoutYear(String text) {
        return WITHOUT_YEAR.matcher(withoutSpaces(text)).matches();
    }

    private static String withoutSpaces(String text) {
        return SPACES.matcher(TextRules.normalizeCode(text)).replaceAll(m -> m.group(1) != null ? " " : "");
    }

    /** The fiscal year (April–March) a day falls in: 2023-03-31 → 2022. */
    public static int of(LocalDate day) {
        return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
    }

    /** An era by its name (令和), its first character (令) or its letter (R, r), as Excel's g formats show it. */
    private static JapaneseEra era(String name) {
        for (JapaneseEra candidate : JapaneseEra.values()) {
            String full = candidate.getDisplayName(TextStyle.FULL, Locale.JAPAN);
            if (name.equals(full) || name.equals(full.substring(0, full.offsetByCodePoints(0, 1)))
                    || name.equalsIgnoreCase(candidate.getDisplayName(TextStyle.NARROW, Locale.ENGLISH))) {
                return candidate;
            }
        }
        return null;
    }

    private static int yearOfEra(String written) {
        return written.equals("元") ? 1 : Integer.parseInt(written);
    }

    /** The month of a {@link #MONTH_DAY} match whose groups start at {@code first}. */
    private static int month(Matcher m, int first) {
        return Integer.parseInt(m.group(first) != null ? m.group(first) : m.group(first + 2));
    }

    /** Its day; 1 when only the month is shown. */
    private static int day(Matcher m, int first) {
        String day = m.group(first) != null ? m.group(first + 1) : m.group(first + 3);
        return day == null ? 1 : Integer.parseInt(day);
    }
}
