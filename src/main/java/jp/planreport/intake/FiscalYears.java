package jp.planreport.intake;

import java.time.DateTimeException;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
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
        String name = era.group(1);
        int yearOfEra = era.group(2).equals("元") ? 1 : Integer.parseInt(era.group(2));
        for (JapaneseEra candidate : JapaneseEra.values()) {
            if (name.equals(candidate.getDisplayName(TextStyle.FULL, Locale.JAPAN))
                    || name.equalsIgnoreCase(candidate.getDisplayName(TextStyle.NARROW, Locale.ENGLISH))) {
                try {
                    return OptionalInt.of(JapaneseDate.of(candidate, yearOfEra, 5, 1).get(ChronoField.YEAR));
                } catch (DateTimeException e) {
                    return OptionalInt.empty();
                }
            }
        }
        return OptionalInt.empty();
    }
}
