package jp.planreport.report.html;

import java.util.ArrayList;
import java.util.List;

/** HTML text: escaping, and the booklet's styled text (already escaped, with its few tags) as HTML. */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The booklet's styled text (see {@code report.pdf.StyledText}: everything the clerk wrote
     * XML-escaped, footnote markers in {@code <sup>}, 「未記入」 in grey) as HTML, one string per line.
     */
    static List<String> styledLines(String styled) {
        List<String> lines = new ArrayList<>();
        if (styled == null) {
            return lines;
        }
        for (String line : styled.split("\n", -1)) {
            lines.add(line.replace("<style forecolor=\"#808080\">", "<span class=\"not-written\">").replace("</style>", "</span>"));
        }
        return lines;
    }

    static String styled(String styled) {
        return String.join("<br>", styledLines(styled));
    }
}
