package jp.planreport.report.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a half year's 取組状況 as {@code reports/item-blocks.jrxml} prints it: an item with its
 * bullet (the first item of a block also carries the block's heading, so the two stay together), or
 * the CHECK block with its legend and progress mark. Each item is its own text with the bullet in a
 * column of its own, so wrapped lines hang under the text without a paragraph indent: the PDF
 * export then reuses the line breaks measured at fill instead of breaking every paragraph again.
 * Getters are for JasperReports.
 */
public final class ItemLine {

    private final String heading;
    private final String bullet;
    private final String text;
    private final boolean last;
    private final String mark;
    private final String legend;

    private ItemLine(String heading, String bullet, String text, boolean last, String mark, String legend) {
        this.heading = heading;
        this.bullet = bullet;
        this.text = text;
        this.last = last;
        this.mark = mark;
        this.legend = legend;
    }

    /** A heading and its items (styled text), or the heading and {@code whenEmpty} without a bullet. */
    static List<ItemLine> block(String heading, List<String> items, String bullet, String whenEmpty) {
        if (items.isEmpty()) {
            return List.of(new ItemLine(heading, "", whenEmpty, true, null, null));
        }
        List<ItemLine> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            lines.add(new ItemLine(i == 0 ? heading : null, bullet, StyledText.of(items.get(i)),
                    i == items.size() - 1, null, null));
        }
        return lines;
    }

    static ItemLine mark(String heading, String mark, String legend) {
        return new ItemLine(heading, null, null, true, mark, legend);
    }

    public String getHeading() {
        return heading;
    }

    public String getBullet() {
        return bullet;
    }

    public String getText() {
        return text;
    }

    /** the last line of its block: a little space follows it */
    public boolean isLast() {
        return last;
    }

    public String getMark() {
        return mark;
    }

    public String getLegend() {
        return legend;
    }

    public boolean isMarkBlock() {
        return legend != null;
    }
}
