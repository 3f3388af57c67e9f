package jp.planreport.report.pdf;

/**
 * One labelled block of 取組状況: a heading such as 【取組計画】（PLAN）, then either its bulleted
 * items or, for CHECK, the legend and the progress mark in its box. Getters are for JasperReports.
 */
public final class ItemBlock {

    private final String heading;
    private final String items;
    private final String mark;
    private final String legend;

    private ItemBlock(String heading, String items, String mark, String legend) {
        this.heading = heading;
        this.items = items;
        this.mark = mark;
        this.legend = legend;
    }

    static ItemBlock items(String heading, String styledItems) {
        return new ItemBlock(heading, styledItems, null, null);
    }

    static ItemBlock mark(String heading, String mark, String legend) {
        return new ItemBlock(heading, null, mark, legend);
    }

    public String getHeading() {
        return heading;
    }

    public String getItems() {
        return items;
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
