package jp.planreport.model;

/**
 * One problem found in the input, said so that a department clerk can act on it: which file,
 * which sheet, which field (defined name) and what is wrong.
 */
public record Finding(Severity severity, String code, String file, String sheet, String field, String message) {

    public static Finding of(FindingCode code, String file, String sheet, String field, Object... details) {
        Object[] args = new Object[details.length + 1];
        args[0] = field == null ? "" : PlanSheetField.labelOf(field);
        System.arraycopy(details, 0, args, 1, details.length);
        return new Finding(code.severity(), code.name(), file, sheet, field, code.message(args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** An error, or a roll-up's note of fields still blank: what the year-end compilation would refuse. */
    public boolean keepsFromYearEnd() {
        return isError() || FindingCode.NOT_YET_WRITTEN.name().equals(code);
    }

    /** One line for the console and the log: 「エラー  総務課.xlsx › プラン5 › grade: …  [INVALID_GRADE]」. */
    public String describe() {
        return severity.label() + "  " + where(file, sheet, field) + ": " + message + "  [" + code + "]";
    }

    /**
     * One line for a department (the dashboard, a reminder): 「エラー  総務課.xlsx › プラン5: …」 — the
     * message already names the field as the form labels it; no defined names or codes.
     */
    public String forClerk() {
        return severity.label() + "  " + where(file, sheet) + ": " + message;
    }

    private static String where(String... parts) {
        StringBuilder where = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isEmpty()) {
                where.append(where.isEmpty() ? "" : " › ").append(part);
            }
        }
        return where.toString();
    }
}
