package jp.planreport.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import jp.planreport.intake.PlanSheetWorkbookWriter.SheetContent;
import jp.planreport.intake.PlanSheetWorkbookWriter;
import jp.planreport.model.FiscalYears;
import jp.planreport.model.PlanSheetField;

/**
 * Writes a synthetic, contract-conforming input for the benchmark (bench/run.sh): N plans spread
 * over up to 8 方針, about 5 plans per 基本的取組, one workbook of at most 4 plans per department,
 * every field of the year-end compilation filled in with Japanese text of the sample's register and
 * length (a plan sheet prints on about two pages). The same N and seed always give the same text.
 * <p>
 * Layout: {@code <dir>/<year>/plans.csv} and {@code <dir>/<year>/submissions/方針<p>/<課>.xlsx}.
 * Usage: {@code SyntheticInput N DIR [FISCAL_YEAR=2022]}.
 */
public final class SyntheticInput {

    public static final int MAX_POLICIES = 8;
    public static final int PLANS_PER_WORKBOOK = 4;
    static final int PLANS_PER_INITIATIVE = 5;
    private static final long SEED = 20221;

    /** One plan of the master and the workbook (department) that submits its sheet. */
    public record Plan(int policyNo, String policyTitle, String initiativeCode, String initiativeTitle,
                       int planNo, String planTitle, String department) {
    }

    private static final String[] POLICIES = {
        "参加と協働のまちづくりの実践",
        "効率的・効果的な行政運営の推進",
        "持続可能な財政運営の確立",
        "公共施設マネジメントの推進",
        "デジタル技術を活用した市民サービスの向上",
        "職員の能力向上と組織力の強化",
        "多様な主体との連携による地域課題の解決",
        "市政情報の積極的な提供と透明性の向上",
    };

    private static final String[] INITIATIVE_ENDINGS = {
        "の推進のための環境整備", "の推進", "の充実", "の見直し", "に向けた体制づくり", "の適正化",
    };

    private static final String[] PLAN_ENDINGS = {
        "の推進", "の在り方検討", "の充実", "の見直し", "の適正な運用", "の拡充", "の効率化", "に関する支援の推進",
    };

    private static final String[] DEPARTMENTS = {
        "企画経営課", "協働推進課", "広報課", "総務課", "財政課", "資産活用課", "人事課", "職員課", "契約課",
        "税務課", "納税課", "市民課", "保険年金課", "福祉総務課", "高齢者支援室", "障害福祉課", "子ども政策課",
        "保育課", "健康推進課", "環境政策課", "ごみ対策課", "都市計画課", "住宅課", "道路管理課", "下水道課",
        "産業振興課", "文化生涯学習課", "教育総務課", "学務課", "指導室", "社会教育課", "図書館", "防災課",
        "交通対策課", "デジタル行政推進課", "会計課", "議会事務局", "選挙管理委員会事務局", "公園緑地課", "生活文化課",
    };

    private static final String[] AREAS = {"", "北部", "南部", "東部", "西部", "中央", "第二", "第三"};

    // the phrases below are in the register of the sample's transcriptions (input/2022/transcription)
    private static final String[] SUBJECTS = {
        "市民参加・協働実践状況調査", "パブリック・コメント手続", "審議会等の会議の公開", "市民活動支援センター",
        "地域コミュニティサイト", "地域活動情報紙", "公共施設の長寿命化計画", "公文書の適正な管理", "オープンデータ※1の公開",
        "電子申請サービス", "窓口手続のオンライン化", "ペーパーレス会議", "職員研修", "人事評価制度", "市税の収納率",
        "ふるさと納税", "指定管理者制度", "行政評価", "業務プロセスの見直し", "AI-OCR・RPA※2の活用", "キャッシュレス決済",
        "市有地の有効活用", "子育て世代への情報提供", "地域包括ケアシステム", "防災情報の発信", "ごみの減量・資源化",
        "ソーシャルメディア※1による情報発信", "ウェブアクセシビリティ※2の確保", "補助金の適正化", "使用料・手数料の見直し",
        "受益者負担の適正化", "事務事業の見直し", "庁内のデジタル人材育成", "学校施設の複合化", "地域人材養成講座",
    };

    private static final String[] PURPOSES = {
        "市民サービスの向上を図るため、", "業務の効率化と市民の利便性向上に向けて、", "持続可能な行財政運営の実現に向けて、",
        "参加と協働のまちづくりを一層推進するため、", "市民ニーズの多様化に的確に対応するため、",
        "限られた経営資源を有効に活用するため、", "", "",
    };

    private static final String[] MEANS = {
        "運営団体と継続的な意見交換を行いながら、", "新型コロナウイルス感染症対策を講じながら、",
        "市民ニーズや施設の課題を把握したうえで、", "先進自治体の事例を調査・研究し、", "庁内の推進体制を活用して、",
        "オンライン手法の活用も含め、", "関係部署と連携・調整を図りながら、", "市民アンケートの結果を踏まえ、",
        "民間事業者やNPO法人、大学・研究機関等、多様な主体と連携・協働を図りながら、", "",
    };

    private static final String[] FUTURE = {
        "の検討を進めます。", "に取り組みます。", "を推進します。", "を実施します。", "の課題整理を行います。",
        "の適切な運用を図ります。", "の在り方について具体的な方針を取りまとめます。", "の充実に取り組みます。",
    };

    private static final String[] PAST = {
        "を実施しました。", "に取り組みました。", "の適切な運用を図ることができました。", "の検討を開始しました。",
        "について課題を整理し、関係部署と情報共有を図りました。", "の充実に努めました。",
        "の実施により、具体的な成果や課題等を整理することができました。", "について、運用改善を行いました。",
    };

    private static final String[] OUTCOMES = {
        "今後も連携を図りながら、市民・地域が主体となったまちづくり活動の活性化を推進する必要があります。",
        "引き続き、効果検証を行いながら、より効果的な手法について検討します。",
        "次年度以降も、取組の成果を踏まえて運用改善に努めます。",
        "市民の利便性向上と業務の効率化の両立に向けて、着実に取組を進めます。",
        "計画どおりに取組を進めることができたため、次年度も継続して実施します。",
        "一部の取組に遅れが生じたため、スケジュールを見直したうえで取組を進めます。",
    };

    private static final String[] NOTES = {
        "※1 オープンデータ：行政が保有しているデータを、機械判読に適したデータ形式で、二次利用が可能な利用ルールにより公開すること",
        "※2 RPA：ロボティック・プロセス・オートメーション。定型的なパソコン操作をソフトウェアのロボットにより自動化すること",
        "※1 ソーシャルメディア：誰もが参加できる広範的な情報発信技術を用いて、ユーザー同士が情報を交換（送受信）することで成り立つメディアのこと",
        "※2 ウェブアクセシビリティ：障害の有無や年齢などの条件に関係なく、誰もが同じようにインターネット上で提供される情報を利用できること",
    };

    private final Random random;

    private SyntheticInput(long seed) {
        this.random = new Random(seed);
    }

    /** The plan master of N plans: 方針 in contiguous ranges, 基本的取組 of about 5 plans, workbooks of at most 4. */
    public static List<Plan> plans(int n) {
        SyntheticInput text = new SyntheticInput(SEED);
        int policies = Math.max(1, Math.min(MAX_POLICIES, n / PLANS_PER_WORKBOOK));
        List<Plan> plans = new ArrayList<>(n);
        int planNo = 1;
        int department = 0;
        for (int p = 1; p <= policies; p++) {
            int count = n / policies + (p <= n % policies ? 1 : 0);
            int initiative = 0;
            String initiativeTitle = null;
            for (int i = 0; i < count; i++) {
                if (i % PLANS_PER_INITIATIVE == 0) {
                    initiative++;
                    initiativeTitle = text.subjectWithoutMarker() + text.pick(INITIATIVE_ENDINGS);
                }
                if (i % PLANS_PER_WORKBOOK == 0 && i > 0) {
                    department++;
                }
                plans.add(new Plan(p, POLICIES[(p - 1) % POLICIES.length], p + "-" + initiative, initiativeTitle,
                        planNo++, text.subjectWithoutMarker() + text.pick(PLAN_ENDINGS), departmentName(department)));
            }
            department++;
        }
        return plans;
    }

    /** Writes plans.csv and the workbooks; returns the year folder. */
    public static Path write(int n, Path dir, int fiscalYear) throws IOException {
        List<Plan> plans = plans(n);
        Path year = dir.resolve(Integer.toString(fiscalYear));
        Path submissions = year.resolve("submissions");
        Files.createDirectories(submissions);
        writeMaster(plans, year.resolve("plans.csv"));
        SyntheticInput text = new SyntheticInput(SEED + n);
        PlanSheetWorkbookWriter writer = new PlanSheetWorkbookWriter();
        List<SheetContent> workbook = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            Plan plan = plans.get(i);
            workbook.add(new SheetContent("プラン" + plan.planNo(), text.sheet(plan, fiscalYear)));
            boolean last = i + 1 == plans.size() || !plans.get(i + 1).department().equals(plan.department());
            if (last) {
                Path folder = submissions.resolve("方針" + plan.policyNo());
                Files.createDirectories(folder);
                writer.write(workbook, folder.resolve(plan.department() + ".xlsx"));
                workbook = new ArrayList<>();
            }
        }
        return year;
    }

    private static String departmentName(int index) {
        int round = index / DEPARTMENTS.length;
        String name = DEPARTMENTS[index % DEPARTMENTS.length];
        return round < AREAS.length ? AREAS[round] + name : name + (round + 1);
    }

    private static void writeMaster(List<Plan> plans, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setHeader(
                     "policy_no", "policy_title", "initiative_code", "initiative_title", "plan_no", "plan_title",
                     "departments").get())) {
            for (Plan p : plans) {
                csv.printRecord(p.policyNo(), p.policyTitle(), p.initiativeCode(), p.initiativeTitle(), p.planNo(),
                        p.planTitle(), p.department());
            }
        }
    }

    /** Every field of one plan sheet, about the length of the sample's プラン1 and プラン2. */
    private Map<PlanSheetField, String> sheet(Plan plan, int fiscalYear) {
        Map<PlanSheetField, String> f = new EnumMap<>(PlanSheetField.class);
        f.put(PlanSheetField.FISCAL_YEAR, FiscalYears.label(fiscalYear));
        f.put(PlanSheetField.POLICY_NO, Integer.toString(plan.policyNo()));
        f.put(PlanSheetField.POLICY_TITLE, plan.policyTitle());
        f.put(PlanSheetField.INITIATIVE_CODE, plan.initiativeCode());
        f.put(PlanSheetField.INITIATIVE_TITLE, plan.initiativeTitle());
        f.put(PlanSheetField.PLAN_NO, Integer.toString(plan.planNo()));
        f.put(PlanSheetField.PLAN_TITLE, plan.planTitle());
        f.put(PlanSheetField.DEPARTMENTS, plan.department());
        f.put(PlanSheetField.CONTACTS, String.format("042-481-%04d", 7000 + random.nextInt(1000)));
        f.put(PlanSheetField.CONTENT, paragraph(3));
        f.put(PlanSheetField.ANNUAL_PLAN, lines(3 + random.nextInt(2), () -> "◆" + subject() + "の検討・実施"));
        f.put(PlanSheetField.H1_PLAN, lines(5 + random.nextInt(2), () -> "○" + item(FUTURE)));
        f.put(PlanSheetField.H1_RESULT, lines(5 + random.nextInt(2), () -> "○" + item(PAST)));
        f.put(PlanSheetField.H1_PROGRESS, mark());
        f.put(PlanSheetField.H1_ACTION, lines(4 + random.nextInt(2), () -> "○" + item(FUTURE)));
        f.put(PlanSheetField.H2_PLAN, lines(4 + random.nextInt(2), () -> "○" + item(FUTURE)));
        f.put(PlanSheetField.H2_RESULT, lines(4 + random.nextInt(2), () -> "○" + item(PAST)));
        f.put(PlanSheetField.H2_PROGRESS, mark());
        f.put(PlanSheetField.H2_ACTION, lines(3, () -> "○" + item(PAST) + pick(OUTCOMES)));
        f.put(PlanSheetField.GRADE, grade());
        f.put(PlanSheetField.SUMMARY, lines(3, () -> "○" + item(PAST) + pick(OUTCOMES)));
        f.put(PlanSheetField.NOTES, notesFor(f));
        return f;
    }

    /** One note for each marker the text uses (※1 and ※2), so the footnote check has nothing to warn about. */
    private static String notesFor(Map<PlanSheetField, String> fields) {
        String all = String.join("\n", fields.values());
        boolean openData = all.contains("オープンデータ※1") || all.contains("ソーシャルメディア※1");
        boolean rpa = all.contains("RPA※2") || all.contains("ウェブアクセシビリティ※2");
        List<String> notes = new ArrayList<>();
        if (openData) {
            notes.add(all.contains("オープンデータ※1") ? NOTES[0] : NOTES[2]);
        }
        if (rpa) {
            notes.add(all.contains("RPA※2") ? NOTES[1] : NOTES[3]);
        }
        return String.join("\n", notes);
    }

    private String item(String[] endings) {
        return pick(PURPOSES) + pick(MEANS) + subject() + pick(endings);
    }

    private String paragraph(int sentences) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            s.append(pick(PURPOSES)).append(pick(MEANS)).append(subject()).append("と").append(subject())
                    .append(pick(FUTURE));
        }
        return s.toString();
    }

    private String lines(int count, java.util.function.Supplier<String> line) {
        List<String> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lines.add(line.get());
        }
        return String.join("\n", lines);
    }

    private String subject() {
        return pick(SUBJECTS);
    }

    private String subjectWithoutMarker() {
        return subject().replaceAll("※\\d", "");
    }

    private String mark() {
        int r = random.nextInt(20);
        return r < 5 ? "◎" : r < 17 ? "○" : "△";
    }

    private String grade() {
        int r = random.nextInt(20);
        return r < 8 ? "A" : r < 17 ? "B" : "C";
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SyntheticInput N DIR [FISCAL_YEAR=2022]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        int year = args.length > 2 ? Integer.parseInt(args[2]) : 2022;
        long start = System.nanoTime();
        Path folder = write(n, Path.of(args[1]), year);
        System.out.printf("wrote %d plans into %s in %.1f s%n", n, folder, (System.nanoTime() - start) / 1e9);
    }
}
