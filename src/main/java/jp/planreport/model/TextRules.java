package jp.planreport.model;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The text rules of the submission contract. Numbers, codes, marks and grades are NFKC-normalised;
 * body text is kept exactly as written, only split into items and cleaned of control characters.
 */
public final class TextRules {

    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\r\\n\\u2028\\u2029\\u0085]");
    /** A leading bullet a clerk may type; the report prints the section's own bullet instead. */
    private static final Pattern BULLET = Pattern.compile("^[○〇◯◆・•\\-]\\s*");
    /** C0/C1 controls except tab and line feed, which are layout. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、,，;；\\n]");
    private static final Pattern CONTACT_SEPARATOR = Pattern.compile("[\\s　、,，;；]+");

    private TextRules() {
    }

    /** NFKC and trimmed: １－２ → 1-2, Ａ → A. Only for numbers, codes, marks and grades. */
    public static String normalizeCode(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replace('−', '-').replace('－', '-').strip();
    }

    public static OptionalInt parseInteger(String text) {
        String s = normalizeCode(text);
        if (!s.matches("\\d{1,9}")) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(s));
    }

    /** Line breaks unified to \n, trailing white space of the whole text removed; nothing else. */
    public static String paragraph(String text) {
        return text == null ? "" : LINE_BREAK.matcher(text).replaceAll("\n").stripTrailing();
    }

    /** One item per line, blank lines dropped, a leading bullet removed. */
    public static List<String> items(String text) {
        return Arrays.stream(paragraph(text).split("\n"))
                .map(String::strip)
                .map(line -> BULLET.matcher(line).replaceFirst(""))
                .filter(line -> !line.isBlank())
                .toList();
    }

    /** 担当課: 企画経営課、協働推進課 (also , ， ; or one per line). */
    public static List<String> departments(String text) {
        return Arrays.stream(paragraph(text).split(LIST_SEPARATOR.pattern()))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** 連絡先: phone numbers separated by spaces, 、 or line breaks. */
    public static List<String> contacts(String text) {
        return Arrays.stream(paragraph(text).split(CONTACT_SEPARATOR.pattern()))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static boolean hasControlCharacters(String text) {
        return text != null && CONTROL.matcher(text).find();
    }

    public static String withoutControlCharacters(String text) {
        return text == null ? null : CONTROL.matcher(text).replaceAll("");
    }
}
