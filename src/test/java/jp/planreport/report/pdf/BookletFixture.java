package jp.planreport.report.pdf;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import jp.planreport.aggregate.Compilation;
import jp.planreport.aggregate.CompilationAssembler;
import jp.planreport.config.PlanReportProperties;
import jp.planreport.model.GradeScale;
import jp.planreport.model.HalfYear;
import jp.planreport.model.Note;
import jp.planreport.model.PlanMaster;
import jp.planreport.model.PlanMasterEntry;
import jp.planreport.model.PlanSheet;
import jp.planreport.model.ProgressMark;
import jp.planreport.store.PlanSheetVersion;

/**
 * Two 方針 and five plans: 1 and 2 ordinary, 3 long enough for four pages and holding text that looks
 * like markup, 4 without its 前期 ACTION (a draft prints 未記入), 5 not submitted.
 */
public final class BookletFixture {

    public static final String LITERAL = "<b>太字ではない</b> と $P{x} と &lt; と <style forecolor=\"red\">赤</style>";
    public static final PlanReportProperties PROPERTIES = new PlanReportProperties("テスト市", "行財政改革プラン",
            List.of(new GradeScale.Grade("A", "計画どおり"), new GradeScale.Grade("B", "概ね"),
                    new GradeScale.Grade("C", "遅れ")), Path.of("input"), Path.of("output"), null);

    static final List<PlanMasterEntry> PLANS = List.of(
            plan(1, "市民参加の推進", "1-1", "参加の仕組み", 1, "市民参加と多様な主体との連携・協働の推進", "企画経営課"),
            plan(1, "市民参加の推進", "1-1", "参加の仕組み", 2, "地域コミュニティ活動の支援", "協働推進課"),
            plan(1, "市民参加の推進", "1-2", "情報の提供", 3, "長い記述のあるプラン", "広報課"),
            plan(2, "行財政運営の改革", "2-1", "事務の見直し", 4, "公文書管理の推進", "総務課"),
            plan(2, "行財政運営の改革", "2-1", "事務の見直し", 5, "提出されていないプラン", "財政課"));

    private BookletFixture() {
    }

    private static PlanMasterEntry plan(int policy, String policyTitle, String initiative, String initiativeTitle,
                                        int no, String title, String department) {
        return new PlanMasterEntry(policy, policyTitle, initiative, initiativeTitle, no, title, List.of(department));
    }

    /**
     * The fixture's year-end booklet and its draft (with one change since the last roll-up), two plans
     * per part: 方針1 (three plans) is filled in two parts, its overview in the first.
     */
    record Booklets(Path yearEnd, Path draft) {
    }

    private static Booklets rendered;

    /** Rendered once per test JVM (into target/, read only): the tests only read the two files. */
    static synchronized Booklets rendered() throws java.io.IOException {
        if (rendered == null) {
            Path dir = java.nio.file.Files.createDirectories(Path.of("target", "booklet-fixture"));
            Booklets booklets = new Booklets(dir.resolve("report.pdf"), dir.resolve("draft.pdf"));
            render(booklets.yearEnd(), booklets.draft());
            rendered = booklets;
        }
        return rendered;
    }

    private static void render(Path yearEnd, Path draft) throws java.io.IOException {
        jp.planreport.config.TemporaryFolder temporary = new jp.planreport.config.TemporaryFolder();
        BookletRenderer renderer = new BookletRenderer(new ReportTemplates(), PROPERTIES, new jp.planreport.config.RenderProperties(2, 10, 200), temporary);
        try {
            renderer.render(compilation(), jp.planreport.report.Edition.yearEnd(java.time.LocalDateTime.of(2023, 5, 31, 10, 0)), yearEnd);
            jp.planreport.aggregate.RollupChanges changes = new jp.planreport.aggregate.RollupChanges(
                    java.time.LocalDateTime.of(2022, 11, 24, 2, 0), List.of(new jp.planreport.aggregate.RollupChanges.Change(
                            jp.planreport.aggregate.RollupChanges.Kind.CHANGED, "総務課", 4, "公文書管理の推進", "総務課_修正.xlsx")));
            renderer.render(compilation(), jp.planreport.report.Edition.draft(java.time.LocalDateTime.of(2022, 11, 25, 2, 0), changes), draft);
        } finally {
            temporary.destroy();
        }
    }

    public static Compilation compilation() {
        Map<Integer, PlanSheetVersion> versions = new HashMap<>();
        versions.put(1, version(sheet(PLANS.get(0), items("前期の計画", 3), items("前期の実績", 3), "A", List.of("後期も続けます"))));
        versions.put(2, version(sheet(PLANS.get(1), items("前期の計画", 2), items("前期の実績", 2), "B", List.of("見直します"))));
        versions.put(3, version(sheet(PLANS.get(2), longItems("前期の計画"), longItems("前期の実績"), "A", longItems("方向性"))));
        versions.put(4, version(sheet(PLANS.get(3), items("前期の計画", 1), items("前期の実績", 1), "C", List.of())));
        return CompilationAssembler.assemble(new PlanMaster(Path.of("plans.csv"), 2022, PLANS), versions, Set.of(1, 2, 3, 4));
    }

    static List<String> items(String what, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> what + i + "：" + "市民の意見を取り入れて進めました。".repeat(2)).toList();
    }

    /** Enough text for plan 3 to run over four pages. */
    static List<String> longItems(String what) {
        List<String> items = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            items.add(what + "その" + i + "：" + "地域の団体や事業者と話し合いを重ね、手続の見直しと情報発信の工夫を進めました。".repeat(3)
                    + (i == 1 ? "※1" : ""));
        }
        items.add(LITERAL);
        return items;
    }

    private static PlanSheet sheet(PlanMasterEntry e, List<String> plan, List<String> result, String grade, List<String> action) {
        HalfYear first = new HalfYear(plan, result, ProgressMark.ON_PLAN, action);
        HalfYear second = new HalfYear(List.of("後期の計画"), List.of("後期の実績"), null, List.of());
        return new PlanSheet(2022, e.policyNo(), e.policyTitle(), e.initiativeCode(), e.initiativeTitle(), e.planNo(),
                e.planTitle(), e.departments(), List.of("042-000-000" + e.planNo()),
                "プラン" + e.planNo() + "の内容。" + (e.planNo() == 3 ? LITERAL : ""), List.of("年度の計画"),
                first, second, grade, List.of("総括" + e.planNo()),
                e.planNo() == 3 ? List.of(new Note("※1", "注記の説明")) : List.of());
    }

    private static PlanSheetVersion version(PlanSheet sheet) {
        return new PlanSheetVersion(sheet.planNo(), 2022, sheet.planNo(), sheet.departments().get(0) + ".xlsx", "シート",
                "0".repeat(64), 1000, Instant.parse("2023-03-31T01:00:00Z"), Instant.parse("2023-04-01T00:30:00Z"),
                Instant.parse("2023-04-01T00:30:00Z"), true, sheet);
    }
}
