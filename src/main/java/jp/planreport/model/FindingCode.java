package jp.planreport.model;

/**
 * Every kind of problem intake can report: a stable English code for logs and a Japanese message
 * for the department clerk. Messages take {0} = the detail (a value, a title, a file name).
 */
public enum FindingCode {
    // the file itself (sheet and field are empty)
    NOT_XLSX(Severity.WARNING, "{1}のため読み込みませんでした。Excel ブック（.xlsx）形式で保存し直して提出してください。"),
    LOCK_OR_HIDDEN_FILE(Severity.NOTICE, "Excel の一時ファイル（~$ で始まる名前）または隠しファイルのため読み込みませんでした。"),
    EMPTY_FILE(Severity.ERROR, "ファイルが空です（0 バイト）。保存し直して提出してください。"),
    UNREADABLE_WORKBOOK(Severity.ERROR, "ファイルの中身が Excel ブックではありません（名前だけが .xlsx です）。Excel で開けるか確認し、「Excel ブック（.xlsx）」形式で保存し直して提出してください。"),
    XLS_RENAMED(Severity.ERROR, "中身が古い形式の Excel ブック（.xls）です。Excel で開き、「Excel ブック（.xlsx）」形式で保存し直して提出してください。"),
    TRUNCATED_WORKBOOK(Severity.ERROR, "ファイルが途中で切れているため開けませんでした（コピーや送信が途中で終わった可能性があります）。元のファイルをもう一度提出してください。"),
    CORRUPT_WORKBOOK(Severity.ERROR, "ブックが壊れているため開けませんでした。Excel で開けるか確認し、保存し直して提出してください。"),
    ZIP_BOMB(Severity.ERROR, "展開すると極端に大きくなる異常なファイルのため、安全のため読み込みませんでした。Excel で新しいブックに保存し直して提出してください。"),
    WORKBOOK_TOO_LARGE(Severity.ERROR, "ブックの中身が大きすぎるため（1 つの部品が {1} を超えています）読み込みませんでした。不要な行や画像を削除して提出してください。"),
    PASSWORD_PROTECTED(Severity.ERROR, "パスワードで保護（暗号化）されているため開けません。パスワードを解除して保存し直し、提出してください。"),
    MACRO_ENABLED(Severity.ERROR, "マクロを含むブック（.xlsm）の名前を .xlsx に変えたものです。安全のため読み込みませんでした。「Excel ブック（.xlsx）」形式で保存し直して提出してください。"),
    NO_PLAN_SHEET(Severity.WARNING, "プランシートが 1 枚もありません（名前 plan_no を持つシートがありません）。配布したひな形に記入してください。"),
    // one sheet (field = the defined name concerned)
    SHEET_IGNORED(Severity.NOTICE, "名前 plan_no がないシート {1} 枚（{2}）は、プランシートではないものとして読み飛ばしました。"),
    DUPLICATE_PLAN_IN_WORKBOOK(Severity.WARNING, "このブックにプラン {1} のシートが複数あります（{2}）。シート「{3}」を読み込み、ほかのシートは読み込みませんでした（非表示のシートより表示されているシートを、どちらも同じなら左にあるシートを使います）。不要なシートは削除してください。"),
    FORMULA_WITHOUT_VALUE(Severity.ERROR, "欄「{0}」は計算結果が保存されていない数式です（計算をしないソフトで作られたブックです）。Excel で開いて保存し直してから提出してください。"),
    NUMBER_FORMAT_NOT_SHOWN(Severity.WARNING, "欄「{0}」のセルの表示形式（{1}）はこのプログラムでは再現できないため、「{2}」として読みました。表示どおりの文字で記入するか、表示形式を「標準」にしてください。"),
    MISSING_NAME(Severity.ERROR, "欄「{0}」の名前の定義（{1}）がありません。配布したひな形を使って記入してください。"),
    REQUIRED_BLANK(Severity.ERROR, "欄「{0}」が未記入です。"),
    // a roll-up takes a sheet still being written and says what the year-end compilation will still need
    NOT_YET_WRITTEN(Severity.NOTICE, "まだ記入されていない欄があります（{1}）。年度末の取りまとめまでに記入してください。"),
    INVALID_NUMBER(Severity.ERROR, "欄「{0}」は数字で記入してください（記入内容：{1}）。"),
    INVALID_FISCAL_YEAR(Severity.ERROR, "年度「{1}」を読み取れません。「令和4年度」や「2022」のように記入してください。"),
    FISCAL_YEAR_FROM_DATE(Severity.WARNING, "年度の欄が日付「{1}」になっていたため、その日を含む{2}（4月～翌年3月）として読みました。年度は「{2}」のように記入してください。"),
    FISCAL_YEAR_WITHOUT_YEAR(Severity.ERROR, "年度の欄が年のない日付または時刻「{1}」になっているため、年度が分かりません（セルの表示形式が日付や時刻になっています）。「令和4年度」や「2022」のように記入してください。"),
    WRONG_FISCAL_YEAR(Severity.ERROR, "年度が {1} になっていますが、このフォルダは {2} のものです。年度を確認してください。"),
    UNKNOWN_PLAN(Severity.ERROR, "プラン番号 {1} はプラン一覧（plans.csv）にありません。番号を確認してください。"),
    TITLE_MISMATCH(Severity.ERROR, "欄「{0}」が「{1}」になっていますが、プラン一覧では「{2}」です。ひな形のとおりに記入してください。"),
    INVALID_MARK(Severity.ERROR, "欄「{0}」の進捗見込「{1}」は使えません。◎、○、△ のいずれか 1 つを記入してください。"),
    INVALID_GRADE(Severity.ERROR, "年次評価「{1}」は使えません。{2} のいずれか 1 つを記入してください。"),
    TEXT_TOO_LONG(Severity.ERROR, "欄「{0}」が長すぎます（{1} 文字。{2} 文字まで）。貼り付けた内容を確認し、要点にまとめてください。"),
    CONTROL_CHARACTERS(Severity.WARNING, "欄「{0}」に表示できない制御文字が含まれていたため、取り除きました（Word などからの貼り付けで入ることがあります）。"),
    MARKER_WITHOUT_NOTE(Severity.WARNING, "本文の注記記号 {1} に対応する注記（注記欄）がありません。"),
    NOTE_WITHOUT_MARKER(Severity.WARNING, "注記 {1} に対応する記号が本文にありません。"),
    // {1} = the plan (プラン5), {2} = the characters with their codes: 「😀」（U+1F600）
    UNPRINTABLE_CHARACTERS(Severity.WARNING, "{1}の欄「{0}」の {2} は、冊子（PDF）の書体にない文字のため印刷できません（冊子では 〓 と印刷されます）。別の文字や言葉に書き換えてください。"),
    VARIATION_SELECTORS(Severity.NOTICE, "{1}の欄「{0}」の {2} には字形を選ぶ記号（異体字セレクタ）が付いていますが、冊子（PDF）では選ばれた字形を印刷できないため、記号を除いた標準の字形で印刷します。"),
    // across files and the master
    DUPLICATE_PLAN(Severity.WARNING, "プラン {1} のシートが複数あります（{2}）。新しい方（{3}）を採用しました。"),
    MISSING_SUBMISSION(Severity.ERROR, "プラン {1}「{2}」のシートが提出されていません（担当課：{3}）。"),
    EARLIER_VERSION_USED(Severity.WARNING, "プラン {1}「{2}」の今回のシートに不備があるため、以前に受け付けた版（{3}）を掲載しました。"),
    INVALID_SUBMISSION(Severity.ERROR, "プラン {1}「{2}」のシートは提出されていますが、エラーがあるため受け付けていません（{3}）。エラーを直して提出し直してください。"),
    // the portal
    OTHER_DEPARTMENT_PLANS(Severity.ERROR, "プラン {1} は{2}の担当です。自分の課が担当するプランのブックだけを提出してください（保存しませんでした）。"),
    NO_KNOWN_PLAN(Severity.ERROR, "プラン一覧（plans.csv）にあるプランのシートがないため、どの課の提出か分かりません（保存しませんでした）。配布したひな形に記入してください。");

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
