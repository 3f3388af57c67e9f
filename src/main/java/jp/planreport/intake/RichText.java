package jp.planreport.intake;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of one rich-text element of SpreadsheetML ({@code <si>} in the shared strings, {@code <is>}
 * in a cell), fed by SAX events. Gives what POI's {@code XSSFRichTextString.getString()} gives, which
 * the reader returned while it built the XSSF DOM: the runs' text when there are runs, else the plain
 * {@code <t>}; never the phonetic runs (furigana) Japanese Excel stores beside the text; null when
 * there is no text element at all.
 */
final class RichText {

    /** Excel writes characters XML cannot carry (e.g. U+0007) as _xHHHH_; POI decodes them. */
    private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private StringBuilder plain;
    private StringBuilder runs;
    private boolean inRun;
    private boolean inPhonetic;
    private StringBuilder current;

    /** An element inside the rich-text element started (its local name, in the main namespace). */
    void start(String element) {
        switch (element) {
            case "r" -> {
                inRun = true;
                if (runs == null) {
                    runs = new StringBuilder();
                }
            }
            case "rPh" -> inPhonetic = true;
            case "t" -> {
                if (inPhonetic) {
                    current = null;
                } else if (inRun) {
                    current = runs;
                } else {
                    if (plain == null) {
                        plain = new StringBuilder();
                    }
                    current = plain;
                }
            }
            default -> {
            }
        }
    }

    void end(String element) {
        switch (element) {
            case "r" -> inRun = false;
            case "rPh" -> inPhonetic = false;
            case "t" -> current = null;
            default -> {
            }
        }
    }

    void characters(char[] ch, int start, int length) {
        if (current != null) {
            current.append(ch, start, length);
        }
    }

    String text() {
        if (runs != null) {
            return decode(runs.toString());
        }
        return plain == null ? null : decode(plain.toString());
    }

    /** POI's XSSFRichTextString.utfDecode: _xHHHH_ becomes that UTF-16 unit. */
    static String decode(String value) {
        if (value == null || !value.contains("_x")) {
            return value;
        }
        StringBuilder text = new StringBuilder(value.length());
        Matcher m = ESCAPED.matcher(value);
        int at = 0;
        while (m.find()) {
            text.append(value, at, m.start()).append((char) Integer.parseInt(m.group(1), 16));
            at = m.end();
        }
        return text.append(value, at, value.length()).toString();
    }
}
