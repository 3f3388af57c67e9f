package jp.planreport.intake;

/**
 * Every kind of problem intake can report: a stable English code for logs and a Japanese message
 * for the department clerk. Messages take {0} = the detail (a value, a title, a file name).
 */
public enum FindingCode {
    NOT_XLSX(Severity.WARNING, "Excel ブック（.xlsx）ではないため読み込みませんでした。.xlsx 形式で保存し直して提出してください。"),
    LOCK_OR_HIDDEN_FILE(Severity.NOTICE, "Excel の一時ファイルまたは隠しファイルのため読み込みませんでした。"),
    UNREADABLE_WORKBOOK(Severity.ERROR, "ファイルを Excel ブックとして開けませんでした（壊れているか、.xlsx ではありません）。Excel で開けるか確認し、保存し直して提出してください。"),
    NO_PLAN_SHEET(Severity.WARNING, "プランシートが 1 枚もありません（名前 plan_no を持つシートがありません）。配布したひな形に記入してください。"),
    SHEET_IGNORED(Severity.NOTICE, "名前 plan_no がないシートのため、プランシートではないものとして読み飛ばしました。"),
    MISSING_NAME(Severity.ERROR, "欄「{0}」の名前の定義がありません。配布したひな形を使って記入してください。"),
    REQUIRED_BLANK(Severity.ERROR, "欄「{0}」が未記入です。"),
    INVALID_NUMBER(Severity.ERROR, "欄「{0}」は数字で記入してください（記入内容：{1}）。"),
    INVALID_FISCAL_YEAR(Severity.ERROR, "年度「{1}」を読み取れません。「令和4年度」や「2022」のように記入してください。"),
    WRONG_FISCAL_YEAR(Severity.ERROR, "年度が {1} になっていますが、このフォルダは {2} のものです。年度を確認してください。"),
    UNKNOWN_PLAN(Severity.ERROR, "プラン番号 {1} はプラン一覧（plans.csv）にありません。番号を確認してください。"),
    TITLE_MISMATCH(Severity.ERROR, "欄「{0}」が「{1}」になっていますが、プラン一覧では「{2}」です。ひな形のとおりに記入してください。"),
    INVALID_MARK(Severity.ERROR, "欄「{0}」の進捗見込「{1}」は使えません。◎、○、△ のいずれか 1 つを記入してください。"),
    INVALID_GRADE(Severity.ERROR, "年次評価「{1}」は使えません。{2} のいずれか 1 つを記入してください。"),
    CONTROL_CHARACTERS(Severity.WARNING, "欄「{0}」に表示できない制御文字が含まれていたため、取り除きました。"),
    MARKER_WITHOUT_NOTE(Severity.WARNING, "本文の注記記号 {1} に対応する注記（notes 欄）がありません。"),
    NOTE_WITHOUT_MARKER(Severity.WARNING, "注記 {1} に対応する記号が本文にありません。"),
    DUPLICATE_PLAN(Severity.WARNING, "プラン {1} のシートが複数あります（{2}）。新しい方（{3}）を採用しました。"),
    MISSING_SUBMISSION(Severity.ERROR, "プラン {1}「{2}」のシートが提出されていません（担当課：{3}）。");

    private final Severity severity;
    private final String message;

    FindingCode(Severity severity, String message) {
        this.severity = severity;
        this.message = message;
    }

    public Severity severity() {
        return severity;
    }

    /** The Japanese message with {0} = the field's Japanese label and {1}, {2}, … = details. */
    public String message(Object... args) {
        return new java.text.MessageFormat(message.replace("'", "''"), java.util.Locale.JAPAN).format(args);
    }
}
