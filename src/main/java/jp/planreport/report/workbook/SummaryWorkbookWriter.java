package jp.planreport.report.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import jp.planreport.aggregate.Compilation;
import jp.planreport.aggregate.YearsComparison;
import jp.planreport.model.FiscalYears;
import jp.planreport.aggregate.PlanEntry;
import jp.planreport.aggregate.RollupChanges;
import jp.planreport.config.OfficeTime;
import jp.planreport.config.PlanReportProperties;
import jp.planreport.config.RenderProperties;
import jp.planreport.model.Finding;
import jp.planreport.model.HalfYear;
import jp.planreport.model.PlanSheet;
import jp.planreport.report.Edition;

/**
 * The summary workbook the office works on in Excel: 総括 (one row per 方針 and a total, with a
 * chart), 一覧 (one row per plan of the master, submitted or not) and 検証結果 (every finding).
 * 総括 is small and built in memory; 一覧 and 検証結果 are streamed (SXSSF), so their row counts do
 * not grow the heap.
 */
@Component
public class SummaryWorkbookWriter {

    static final String OVERVIEW_SHEET = "総括";
    static final String LIST_SHEET = "一覧";
    static final String FINDINGS_SHEET = "検証結果";
    static final List<String> LIST_HEADER = List.of("方針", "方針名", "基本的取組", "基本的取組名", "プラン", "プラン名",
            "担当課", "連絡先", "前期進捗", "後期進捗", "年次評価", "状況", "提出ファイル", "受付日時");
    private static final int[] LIST_WIDTHS = {6, 28, 10, 28, 7, 40, 28, 16, 9, 9, 9, 9, 28, 17};
    static final List<String> FINDINGS_HEADER = List.of("重大度", "担当課", "ファイル", "シート", "欄", "内容", "コード");
    private static final int[] FINDINGS_WIDTHS = {8, 18, 28, 12, 14, 80, 22};
    static final String YEARS_SHEET = "経年推移";
    static final String CHANGES_SHEET = "前回からの変更";
    static final List<String> CHANGES_HEADER = List.of("担当課", "変更", "プラン", "プラン名", "ファイル");
    private static final int[] CHANGES_WIDTHS = {18, 12, 7, 40, 36};

    private final PlanReportProperties properties;
    private final OfficeTime time;
    /** rows of the streamed sheets kept in the heap */
    private final int rowsInMemory;

    public SummaryWorkbookWriter(PlanReportProperties properties, RenderProperties pieces, OfficeTime time) {
        this.properties = properties;
        this.time = time;
        this.rowsInMemory = pieces.rowsInMemory();
    }

    /**
     * @param edition     year-end or draft (a draft carries a note with the roll-up time in 総括)
     * @param departments the departments of each file (for 検証結果), by file name
     */
    public void write(Compilation compilation, List<Finding> findings, Map<String, String> departments,
                      Edition edition, Path target) throws IOException {
        XSSFWorkbook base = new XSSFWorkbook();
        WorkbookStyles styles = new WorkbookStyles(base);
        new OverviewSheet(base, styles, properties.gradeScale(), properties.programmeTitle())
                .write(base.createSheet(OVERVIEW_SHEET), compilation, edition);
        SXSSFWorkbook workbook = new SXSSFWorkbook(base, rowsInMemory);
        workbook.setCompressTempFiles(true);
        try (OutputStream out = Files.newOutputStream(target)) {
            writeList(workbook.createSheet(LIST_SHEET), compilation, styles);
            if (compilation.years().shown()) {
                writeYears(workbook.createSheet(YEARS_SHEET), compilation.years(), styles);
            }
            writeFindings(workbook.createSheet(FINDINGS_SHEET), findings, departments, styles);
            if (edition.changes() != null) {
                writeChanges(workbook.createSheet(CHANGES_SHEET), edition.changes(), styles);
            }
            workbook.write(out);
        } finally {
            workbook.close(); // also removes the temporary files of the streamed rows
        }
    }

    private void writeList(SXSSFSheet sheet, Compilation compilation, WorkbookStyles styles) {
        header(sheet, LIST_HEADER, LIST_WIDTHS, styles);
        int r = 1;
        for (PlanEntry entry : compilation.plans()) {
            Row row = sheet.createRow(r++);
            var plan = entry.master();
            PlanSheet data = entry.sheet();
            Cells cells = new Cells(row, styles.body);
            cells.number(plan.policyNo());
            cells.text(plan.policyTitle());
            cells.text(plan.initiativeCode());
            cells.text(plan.initiativeTitle());
            cells.number(plan.planNo());
            cells.text(plan.planTitle());
            cells.text(String.join("、", data == null ? plan.departments() : data.departments()));
            cells.text(data == null ? "" : String.join(" ", data.contacts()));
            cells.text(data == null ? "" : mark(data.firstHalf()));
            cells.text(data == null ? "" : mark(data.secondHalf()));
            cells.text(data == null || data.grade() == null ? "" : data.grade());
            cells.text(entry.status().label());
            cells.text(entry.hasSheet() ? entry.version().sourceFile() : "");
            if (entry.hasSheet()) {
                cells.date(time.local(entry.version().acceptedAt()), styles.dateTime);
            } else {
                cells.text("");
            }
            cells.fitHeight(LIST_WIDTHS);
        }
        finish(sheet, LIST_HEADER.size(), r);
    }

    private void writeFindings(SXSSFSheet sheet, List<Finding> findings, Map<String, String> departments,
                               WorkbookStyles styles) {
        header(sheet, FINDINGS_HEADER, FINDINGS_WIDTHS, styles);
        int r = 1;
        for (Finding f : findings) {
            Cells cells = new Cells(sheet.createRow(r++), styles.body);
            cells.text(f.severity().label());
            cells.text(f.file() == null ? "" : departments.getOrDefault(f.file(), ""));
            cells.text(f.file());
            cells.text(f.sheet());
            cells.text(f.field());
            cells.text(f.message());
            cells.text(f.code());
            cells.fitHeight(FINDINGS_WIDTHS);
        }
        finish(sheet, FINDINGS_HEADER.size(), r);
        styles.colourBySeverity(sheet, r, FINDINGS_HEADER.size());
    }

    /** The 経年推移 columns: the plan, 新規/終了 and last year's numbers, then grade and marks per year, then the direction. */
    static List<String> yearsHeader(YearsComparison years) {
        List<String> header = new ArrayList<>(List.of("方針", "プラン", "プラン名", "区分", "前年度のプラン"));
        for (int year : years.years()) {
            String label = FiscalYears.label(year);
            header.addAll(List.of(label + " 評価", label + " 前期", label + " 後期"));
        }
        header.add("前年度比");
        return header;
    }

    /**
     * 経年推移: one row per plan of this year and per plan of last year that ended, with the grade and
     * the marks of each of the three years (a merged plan's predecessors joined by ・).
     */
    private void writeYears(SXSSFSheet sheet, YearsComparison years, WorkbookStyles styles) {
        List<String> header = yearsHeader(years);
        int[] widths = new int[header.size()];
        java.util.Arrays.fill(widths, 9);
        widths[2] = 40;
        widths[4] = 10;
        header(sheet, header, widths, styles);
        int r = 1;
        for (YearsComparison.PlanYears plan : years.plans()) {
            Cells cells = new Cells(sheet.createRow(r++), styles.body);
            cells.number(plan.policyNo());
            cells.number(plan.planNo());
            cells.text(plan.title());
            cells.text(plan.status());
            numberOrText(cells, plan.ended() ? "" : plan.lastYear().planNos());
            for (YearsComparison.YearEntry year : plan.years()) {
                cells.text(year.grades());
                cells.text(year.marks(PlanSheet::firstHalf));
                cells.text(year.marks(PlanSheet::secondHalf));
            }
            cells.text(plan.direction() == null ? "" : plan.direction().symbol());
            cells.fitHeight(widths);
        }
        finish(sheet, header.size(), r);
    }

    /** A plan number as a number; 「3・4」 (merged) as text; nothing as an empty cell. */
    private static void numberOrText(Cells cells, String planNos) {
        if (planNos.matches("\\d+")) {
            cells.number(Integer.parseInt(planNos));
        } else {
            cells.text(planNos);
        }
    }

    /** A draft's changes since the previous roll-up, by department (one row per change). */
    private void writeChanges(SXSSFSheet sheet, RollupChanges changes, WorkbookStyles styles) {
        header(sheet, CHANGES_HEADER, CHANGES_WIDTHS, styles);
        int r = 1;
        for (Map.Entry<String, List<RollupChanges.Change>> department : changes.byDepartment().entrySet()) {
            for (RollupChanges.Change change : department.getValue()) {
                Cells cells = new Cells(sheet.createRow(r++), styles.body);
                cells.text(department.getKey());
                cells.text(change.kind().label());
                cells.number(change.planNo());
                cells.text(change.planTitle());
                cells.text(change.sourceFile());
                cells.fitHeight(CHANGES_WIDTHS);
            }
        }
        if (changes.isEmpty()) {
            new Cells(sheet.createRow(r++), styles.body).text("前回の取りまとめから変更はありません");
        }
        finish(sheet, CHANGES_HEADER.size(), r);
    }

    private static String mark(HalfYear half) {
        return half.progress() == null ? "" : half.progress().symbol();
    }

    static void header(Sheet sheet, List<String> names, int[] widths, WorkbookStyles styles) {
        Row row = sheet.createRow(0);
        Cells cells = new Cells(row, styles.header);
        for (int i = 0; i < names.size(); i++) {
            cells.text(names.get(i));
            sheet.setColumnWidth(i, widths[i] * 256 + 512);
        }
    }

    /** Frozen header, filter, and A4 landscape fitted to the page width with the header repeated. */
    private static void finish(Sheet sheet, int columns, int rows) {
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows - 1, 0), 0, columns - 1));
        WorkbookStyles.landscapeA4(sheet);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, columns - 1));
    }
}
