package jp.planreport.report.pdf;

import java.util.List;
import java.util.regex.Matcher;

import net.sf.jasperreports.engine.util.JRStringUtil;

import jp.planreport.model.Footnotes;

/**
 * Turns cell text into JasperReports styled text. Everything the clerk wrote is XML-escaped first,
 * so {@code <b>}, {@code &lt;} or {@code $P{x}} print literally; only our own markup is added:
 * superscript footnote markers.
 */
final class StyledText {

    private StyledText() {
    }

    static String of(String text) {
        if (text == null) {
            return null;
        }
        String escaped = JRStringUtil.xmlEncode(text);
        Matcher m = Footnotes.MARKER.matcher(escaped);
        return m.replaceAll(r -> "<sup>" + Matcher.quoteReplacement(r.group()) + "</sup>");
    }

    /** One item per line, each with the section's bullet (◆ or ○). */
    static String items(List<String> items, String bullet) {
        if (items == null || items.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (String item : items) {
            sb.append(sb.isEmpty() ? "" : "\n").append(bullet).append(item);
        }
        return of(sb.toString());
    }
}
