package jp.planreport.report.pdf;

import java.util.HashMap;
import java.util.Map;

/**
 * The page each 方針, 基本的取組 and プラン starts on, recorded while a part of the booklet is filled
 * (an invisible field in each group header calls {@link #mark} with the page within the part),
 * then moved to the page of the whole booklet ({@link #include}) and printed in the 目次.
 * The anchors are also the PDF's bookmarks and the targets of the 目次 links.
 */
public final class PageIndex {

    private final Map<String, Integer> pages = new HashMap<>();

    // An anchor's name is also its bookmark's title, so it is the heading as the reader sees it.

    static String policyAnchor(int policyNo, String title) {
        return "方針" + policyNo + "　" + title;
    }

    static String initiativeAnchor(String initiativeCode, String title) {
        return "基本的取組" + initiativeCode + "　" + title;
    }

    static String planAnchor(int planNo, String title) {
        return "プラン" + planNo + "　" + title;
    }

    /** Called from the template; the first page an anchor is seen on wins. Prints nothing. */
    public String mark(String anchor, Integer page) {
        pages.putIfAbsent(anchor, page);
        return "";
    }

    /** Takes over the pages of a part that starts after {@code pagesBefore} pages of the booklet. */
    void include(PageIndex part, int pagesBefore) {
        part.pages.forEach((anchor, page) -> pages.putIfAbsent(anchor, page + pagesBefore));
    }

    /** @return the page number, or null before the booklet has been filled */
    public Integer pageOf(String anchor) {
        return pages.get(anchor);
    }
}
