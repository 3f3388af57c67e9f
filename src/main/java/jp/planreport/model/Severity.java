package jp.planreport.model;

/** How bad a finding is. Errors keep a plan sheet out of the store; the rest are informational. */
public enum Severity {
    ERROR("エラー"), WARNING("警告"), NOTICE("お知らせ");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
