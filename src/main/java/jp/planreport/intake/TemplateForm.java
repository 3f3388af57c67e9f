package jp.planreport.intake;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationConstraint;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import jp.planreport.model.FiscalYears;
import jp.planreport.model.GradeScale;
import jp.planreport.model.PlanSheetField;
import jp.planreport.model.ProgressMark;

/**
 * What a blank template adds to the plan sheet layout so that filling it right is easy: unlocked,
 * tinted input fields (the header stays locked), Excel 入力規則 lists for marks and grades, an input
 * message on every field, room to write, A4 printing and the 記入要領 sheet.
 */
final class TemplateForm {

    /** Lines of room an empty text field gets. */
    static final int BLANK_LINES = 4;
    static final String INSTRUCTIONS_SHEET = "記入要領";
    /** Width of the 記入要領 column in Excel's units (about half as many Japanese characters). */
    private static final int INSTRUCTION_WIDTH = 84;

    private final XSSFWorkbook workbook;
    private final GradeScale grades;
    private final CellStyle valueInput;
    private final CellStyle bodyInput;
    private final CellStyle value;
    private final CellStyle body;

    TemplateForm(XSSFWorkbook workbook, CellStyle value, CellStyle body, GradeScale grades) {
        this.workbook = workbook;
        this.grades = grades;
        this.value = value;
        this.body = body;
        this.valueInput = input(workbook, value);
        this.bodyInput = input(workbook, body);
    }

    private static CellStyle input(XSSFWorkbook workbook, CellStyle base) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(base);
        style.setLocked(false);
        style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    CellStyle style(PlanSheetField field, boolean isBody) {
        if (field.isHeader()) {
            return isBody ? body : value;
        }
        return isBody ? bodyInput : valueInput;
    }

    /** The field's input message, and a drop-down where the contract allows only a few values. */
    void decorate(XSSFSheet sheet, PlanSheetField field, CellRangeAddress range) {
        if (field.isHeader()) {
            return;
        }
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        DataValidationConstraint constraint;
        String hint = field.hint();
        String error = null;
        if (field == PlanSheetField.H1_PROGRESS || field == PlanSheetField.H2_PROGRESS) {
            String[] marks = java.util.Arrays.stream(ProgressMark.values()).map(ProgressMark::symbol).toArray(String[]::new);
            constraint = helper.createExplicitListConstraint(marks);
            error = "進捗見込は ◎、○、△ のいずれかを一覧から選んでください。";
        } else if (field == PlanSheetField.GRADE) {
            constraint = helper.createExplicitListConstraint(grades.codes().toArray(String[]::new));
            List<String> labels = new ArrayList<>();
            grades.grades().forEach(g -> labels.add(g.code() + "：" + g.label()));
            hint = shorten(hint + String.join("／", labels), 255);
            error = "年次評価は " + String.join("、", grades.codes()) + " のいずれかを一覧から選んでください。";
        } else {
            constraint = new XSSFDataValidationConstraint(DataValidationConstraint.ValidationType.ANY,
                    DataValidationConstraint.OperatorType.IGNORED, null);
        }
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(range.getFirstRow(), range.getLastRow(), range.getFirstColumn(), range.getLastColumn()));
        validation.createPromptBox(shorten(field.label(), 32), hint);
        validation.setShowPromptBox(true);
        if (error != null) {
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            validation.createErrorBox(shorten(field.label(), 32), error);
            validation.setShowErrorBox(true);
            validation.setSuppressDropDownArrow(true); // POI's name for "show the in-cell drop-down"
        } else {
            validation.setShowErrorBox(false);
        }
        sheet.addValidationData(validation);
    }

    /** Protection (no password: against slips, not people) and printing, once the sheet is laid out. */
    void finish(XSSFSheet sheet) {
        sheet.lockFormatRows(false);     // rows may be made taller as the text grows
        sheet.lockFormatColumns(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
        sheet.enableLocking();
        printOnA4(sheet);
    }

    private static void printOnA4(XSSFSheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(false);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT, 0.5);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT, 0.5);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.TOP, 0.6);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.BOTTOM, 0.6);
        sheet.getFooter().setCenter("&A（&P / &N）");
    }

    /** The 記入要領 sheet, first in the workbook. It has no plan_no: intake skips it. */
    void instructions(String department, int fiscalYear, int planCount) {
        XSSFSheet sheet = workbook.createSheet(INSTRUCTIONS_SHEET);
        sheet.setColumnWidth(0, INSTRUCTION_WIDTH * 256);
        CellStyle title = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setFontName("ＭＳ ゴシック");
        bold.setFontHeightInPoints((short) 14);
        bold.setBold(true);
        title.setFont(bold);
        CellStyle text = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setFontName("ＭＳ ゴシック");
        font.setFontHeightInPoints((short) 11);
        text.setFont(font);
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);

        List<String> lines = new ArrayList<>(List.of(
                "このブックには、" + department + "が担当するプランのシートが " + planCount + " 枚入っています（1 プラン 1 シート）。",
                "1. 白い欄（年度・方針・基本的取組・プラン・担当課）は記入済みです。変更できないよう保護してあります。",
                "2. 黄色の欄に記入します。欄を選ぶと、書き方の説明が表示されます。",
                "3. 項目は 1 行に 1 つずつ書きます。セルの中で改行するときは Alt+Enter を押します。先頭の ○ や ◆ は省略できます。",
                "4. 進捗見込は一覧から選びます：◎ 計画を上回る／○（概ね）計画どおり／△ 遅れる",
                "5. 年次評価は一覧から選びます："));
        grades.grades().forEach(g -> lines.add("　　" + g.code() + "：" + g.label()));
        lines.addAll(List.of(
                "6. 用語の説明（注記）は、本文の用語に ※1 などの記号を付け、注記欄に「※1 用語：説明」と 1 行に 1 つ書きます。",
                "7. 後期の進捗見込と方向性（ACTION）は、必要な場合だけ記入します。",
                "8. 文字が欄に収まらないときは、行の高さを広げてください（行の高さの変更はできます）。",
                "9. シートの保護はパスワードなしです。担当課などを直す必要があるときは、校閲 › シート保護の解除 で外せます。",
                "10. 欄の名前（数式 › 名前の管理）は消さないでください。取りまとめはこの名前で欄を探します。",
                "11. 保存は「Excel ブック（.xlsx）」形式で。パスワードやマクロは付けないでください。ファイル名・シート名は変えてもかまいません。",
                "12. このシート（記入要領）は取りまとめでは読み飛ばします。消さなくてかまいません。"));
        XSSFRow first = sheet.createRow(0);
        first.createCell(0).setCellValue(FiscalYears.label(fiscalYear) + " 進捗・評価シート 記入要領（" + department + "）");
        first.getCell(0).setCellStyle(title);
        first.setHeightInPoints(24);
        for (int i = 0; i < lines.size(); i++) {
            XSSFRow row = sheet.createRow(i + 2);
            row.createCell(0).setCellValue(lines.get(i));
            row.getCell(0).setCellStyle(text);
            // a Japanese character is about two width units: set the height the wrapped text needs
            int wrapped = (int) Math.ceil(lines.get(i).length() * 2.0 / (INSTRUCTION_WIDTH - 4));
            row.setHeightInPoints(Math.max(1, wrapped) * 15f + 3);
        }
        XSSFName name = workbook.createName();
        name.setNameName(SubmissionWorkbookReader.INSTRUCTIONS_NAME);
        name.setSheetIndex(workbook.getSheetIndex(sheet));
        name.setRefersToFormula("'" + INSTRUCTIONS_SHEET + "'!$A$1");
        printOnA4(sheet);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
