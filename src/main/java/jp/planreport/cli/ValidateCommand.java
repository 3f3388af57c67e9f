package jp.planreport.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jp.planreport.aggregate.PlanStatus;
import jp.planreport.config.PlanReportProperties;
import jp.planreport.intake.Finding;
import jp.planreport.intake.FindingCode;
import jp.planreport.intake.FiscalYears;
import jp.planreport.intake.PlanMaster;
import jp.planreport.intake.PlanMasterEntry;
import jp.planreport.intake.PlanSheetField;
import jp.planreport.intake.PlanSheetValidator;
import jp.planreport.intake.Severity;
import jp.planreport.intake.SubmissionFile;
import jp.planreport.intake.SubmissionWorkbookReader;
import jp.planreport.intake.ValidatedSheet;
import jp.planreport.job.IntakeResult;
import jp.planreport.job.SubmissionIntakeProcessor;
import jp.planreport.store.SubmissionStore;

/**
 * {@code validate}: reads and checks every submission with the year-end rules and prints the
 * findings grouped by department and file. It writes no report; accepted sheets do go into the
 * store (as in any intake), so that what the office has checked is never lost.
 */
@Component
public class ValidateCommand implements Command {

    private static final Logger log = LoggerFactory.getLogger(ValidateCommand.class);
    private static final String UNKNOWN_DEPARTMENT = "担当課不明";

    private final PlanReportProperties properties;
    private final SubmissionStore store;

    public ValidateCommand(PlanReportProperties properties, SubmissionStore store) {
        this.properties = properties;
        this.store = store;
    }

    @Override
    public String name() {
        return "validate";
    }

    /** One file as read: the findings about it and the plans accepted from it. */
    record FileReport(String file, String department, List<Integer> accepted, List<Finding> findings) {
    }

    /** An accepted sheet, to find plans that came in twice. */
    private record Accepted(int planNo, String file, String sheet, java.time.Instant modifiedAt) {
    }

    /** Everything validate found: per file, and the plans without an accepted sheet (by lead department). */
    record Outcome(List<FileReport> files, Map<String, List<Finding>> unaccepted, int acceptedSheets) {

        List<Finding> all() {
            List<Finding> all = new ArrayList<>();
            unaccepted.values().forEach(all::addAll);
            files.forEach(f -> all.addAll(f.findings()));
            return all;
        }

        /** 1 when something blocks the year-end report, 0 otherwise (warnings allowed). */
        int exitCode() {
            return all().stream().anyMatch(Finding::isError) ? ExitCodes.REFUSED : ExitCodes.DONE;
        }
    }

    @Override
    public int run(CommandLineOptions options) {
        Optional<RunTarget> resolved = RunTarget.resolve(options, properties, "検証");
        if (resolved.isEmpty()) {
            return ExitCodes.USAGE;
        }
        RunTarget input = resolved.get();
        Console.info(FiscalYears.label(input.fiscalYear()) + " 提出ファイルの検証: " + input.folder().submissions());
        Outcome outcome = validate(input);
        List<Finding> all = outcome.all();
        all.forEach(f -> log.info("{} {} {} {} {}", f.code(), f.file(), f.sheet(), f.field(), f.message()));
        // the findings are the command's output (validate > findings.txt); only the verdict goes to stderr too
        print(outcome, input.master());
        Console.info(summary(outcome.files().size(), outcome.acceptedSheets(), all));
        if (outcome.exitCode() == ExitCodes.REFUSED) {
            Console.error("エラーがあるため、このままでは年度末の報告書を作成できません。該当する課に修正を依頼してください。");
        }
        return outcome.exitCode();
    }

    /** Reads and checks every file; accepted sheets are stored (an unchanged file adds nothing). */
    Outcome validate(RunTarget input) {
        PlanMaster master = input.master();
        SubmissionIntakeProcessor intake = new SubmissionIntakeProcessor(new SubmissionWorkbookReader(),
                new PlanSheetValidator(master, properties.gradeScale(), true));
        List<FileReport> reports = new ArrayList<>();
        List<Accepted> accepted = new ArrayList<>();
        Map<Integer, List<String>> rejected = new HashMap<>();
        for (SubmissionFile file : input.folder().files()) {
            IntakeResult result = intake.process(file);
            List<Integer> plans = new ArrayList<>();
            for (ValidatedSheet sheet : result.sheets()) {
                if (sheet.accepted()) {
                    store.save(file.name(), sheet.raw().sheet(), result.checksum(), result.sizeBytes(), result.modifiedAt(),
                            sheet.sheet());
                    plans.add(sheet.sheet().planNo());
                    accepted.add(new Accepted(sheet.sheet().planNo(), file.name(), sheet.raw().sheet(), result.modifiedAt()));
                } else {
                    sheet.raw().planNo().ifPresent(n ->
                            rejected.computeIfAbsent(n, k -> new ArrayList<>()).addAll(errorPlaces(sheet)));
                }
            }
            reports.add(new FileReport(file.name(), department(master, result), plans, new ArrayList<>(result.findings())));
        }
        duplicates(accepted, reports);
        return new Outcome(reports, unaccepted(master, rejected), accepted.size());
    }

    /** 「総務課.xlsx（プラン5）の年次評価」: where a rejected sheet has its errors, as the clerk finds them. */
    private static List<String> errorPlaces(ValidatedSheet sheet) {
        return sheet.findings().stream().filter(Finding::isError)
                .map(f -> f.file() + "（" + f.sheet() + "）" + (f.field() == null ? "" : "の" + PlanSheetField.labelOf(f.field())))
                .distinct().toList();
    }

    /**
     * The department a file is from: the lead department of the first known plan it carries, else
     * a department whose name the file name contains (総務課_修正版.xlsx), else unknown.
     */
    private static String department(PlanMaster master, IntakeResult result) {
        return result.sheets().stream().map(s -> s.raw().planNo()).filter(java.util.OptionalInt::isPresent)
                .map(n -> master.plan(n.getAsInt())).flatMap(Optional::stream)
                .map(PlanMasterEntry::leadDepartment).findFirst()
                .or(() -> master.plans().stream().map(PlanMasterEntry::leadDepartment).distinct()
                        .filter(d -> result.file().name().contains(d)).findFirst())
                .orElse(UNKNOWN_DEPARTMENT);
    }

    /** A plan accepted from more than one file (or sheet) in this run: the newest file wins, all are named. */
    private static void duplicates(List<Accepted> accepted, List<FileReport> reports) {
        Map<Integer, List<Accepted>> byPlan = accepted.stream()
                .collect(Collectors.groupingBy(Accepted::planNo, TreeMap::new, Collectors.toList()));
        byPlan.forEach((planNo, sheets) -> {
            if (sheets.size() < 2) {
                return;
            }
            Accepted winner = sheets.stream().max(Comparator.comparing(Accepted::modifiedAt)).orElseThrow();
            String named = sheets.stream().map(a -> a.file() + "（" + a.sheet() + "）").collect(Collectors.joining("、"));
            Finding finding = Finding.of(FindingCode.DUPLICATE_PLAN, winner.file(), winner.sheet(),
                    PlanSheetField.PLAN_NO.definedName(), planNo, named, winner.file());
            reports.stream().filter(r -> r.file().equals(winner.file())).findFirst()
                    .ifPresent(r -> r.findings().add(finding));
        });
    }

    /**
     * Plans of the master with no accepted sheet at all, now or from an earlier run, by lead department:
     * 不備あり with where the errors are when a sheet of the plan came in, 未提出 only when none did.
     */
    private Map<String, List<Finding>> unaccepted(PlanMaster master, Map<Integer, List<String>> rejected) {
        Map<String, List<Finding>> unaccepted = new LinkedHashMap<>();
        for (PlanMasterEntry plan : master.plans()) {
            if (store.newest(master.fiscalYear(), plan.planNo()).isPresent()) {
                continue;
            }
            List<String> places = rejected.get(plan.planNo());
            Finding finding = places == null
                    ? Finding.of(FindingCode.MISSING_SUBMISSION, null, null, null,
                            plan.planNo(), plan.planTitle(), String.join("、", plan.departments()))
                    : Finding.of(FindingCode.INVALID_SUBMISSION, null, null, null,
                            plan.planNo(), plan.planTitle(), shortened(places));
            unaccepted.computeIfAbsent(plan.leadDepartment(), d -> new ArrayList<>()).add(finding);
        }
        return unaccepted;
    }

    /** The first places and how many more: a sheet full of errors still gives one readable line. */
    private static String shortened(List<String> places) {
        int shown = 3;
        String first = String.join("、", places.subList(0, Math.min(shown, places.size())));
        return places.size() <= shown ? first : first + " ほか " + (places.size() - shown) + " か所";
    }

    /** The findings by department and file, then the department's plans without an accepted sheet. */
    private static void print(Outcome outcome, PlanMaster master) {
        Map<String, List<FileReport>> byDepartment = new LinkedHashMap<>();
        master.plans().forEach(p -> byDepartment.computeIfAbsent(p.leadDepartment(), d -> new ArrayList<>()));
        outcome.files().forEach(r -> byDepartment.computeIfAbsent(r.department(), d -> new ArrayList<>()).add(r));
        byDepartment.forEach((department, files) -> {
            List<Finding> unaccepted = outcome.unaccepted().getOrDefault(department, List.of());
            if (files.isEmpty() && unaccepted.isEmpty()) {
                return;
            }
            Console.info("■ " + department);
            for (FileReport file : files) {
                Console.info("  " + file.file() + "  受付: " + (file.accepted().isEmpty() ? "なし"
                        : file.accepted().stream().map(n -> "プラン" + n).collect(Collectors.joining("、"))));
                FindingTable.rows(file.findings(), "    ").forEach(Console::info);
            }
            printPlans(unaccepted, FindingCode.INVALID_SUBMISSION, PlanStatus.INVALID);
            printPlans(unaccepted, FindingCode.MISSING_SUBMISSION, PlanStatus.MISSING);
        });
    }

    /** 「（不備あり）」 or 「（未提出）」, the words of the report's placeholders, over the plans in that state. */
    private static void printPlans(List<Finding> unaccepted, FindingCode code, PlanStatus status) {
        List<Finding> plans = unaccepted.stream().filter(f -> f.code().equals(code.name())).toList();
        if (!plans.isEmpty()) {
            Console.info("  （" + status.label() + "）");
            FindingTable.rows(plans, "    ").forEach(Console::info);
        }
    }

    private static String summary(int files, int sheets, List<Finding> findings) {
        Map<Severity, Long> counts = findings.stream().collect(Collectors.groupingBy(Finding::severity, Collectors.counting()));
        return "ファイル " + files + " 件、受付 " + sheets + " シート。エラー " + counts.getOrDefault(Severity.ERROR, 0L)
                + " 件、警告 " + counts.getOrDefault(Severity.WARNING, 0L) + " 件、お知らせ "
                + counts.getOrDefault(Severity.NOTICE, 0L) + " 件（詳細は data/plan-report.log）。";
    }
}
