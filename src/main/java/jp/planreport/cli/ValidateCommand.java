package jp.planreport.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

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
import jp.planreport.store.Database;
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
    private final Database database;

    public ValidateCommand(PlanReportProperties properties, SubmissionStore store, Database database) {
        this.properties = properties;
        this.store = store;
        this.database = database;
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

    /** Everything validate found: per file, and the plans nobody has submitted (by lead department). */
    record Outcome(List<FileReport> files, Map<String, List<Finding>> missing, int acceptedSheets) {

        List<Finding> all() {
            List<Finding> all = new ArrayList<>();
            missing.values().forEach(all::addAll);
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
        database.flush(); // the sheets said to be accepted must be in the store, not only in H2's memory
        List<Finding> all = outcome.all();
        all.forEach(f -> log.info("{} {} {} {} {}", f.code(), f.file(), f.sheet(), f.field(), f.message()));
        boolean refused = outcome.exitCode() == ExitCodes.REFUSED;
        print(outcome, input.master(), refused ? Console::error : Console::info);
        Console.info(summary(outcome.files().size(), outcome.acceptedSheets(), all));
        if (refused) {
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
        for (SubmissionFile file : input.folder().files()) {
            IntakeResult result = intake.process(file);
            List<Integer> plans = new ArrayList<>();
            for (ValidatedSheet sheet : result.sheets()) {
                if (sheet.accepted()) {
                    store.save(file.name(), sheet.raw().sheet(), result.checksum(), result.sizeBytes(), result.modifiedAt(),
                            sheet.sheet());
                    plans.add(sheet.sheet().planNo());
                    accepted.add(new Accepted(sheet.sheet().planNo(), file.name(), sheet.raw().sheet(), result.modifiedAt()));
                }
            }
            reports.add(new FileReport(file.name(), department(master, result), plans, new ArrayList<>(result.findings())));
        }
        duplicates(accepted, reports);
        return new Outcome(reports, missing(master), accepted.size());
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

    /** Plans of the master with no accepted sheet at all, now or from an earlier run, by lead department. */
    private Map<String, List<Finding>> missing(PlanMaster master) {
        Map<String, List<Finding>> missing = new LinkedHashMap<>();
        for (PlanMasterEntry plan : master.plans()) {
            if (store.newest(master.fiscalYear(), plan.planNo()).isEmpty()) {
                missing.computeIfAbsent(plan.leadDepartment(), d -> new ArrayList<>()).add(Finding.of(
                        FindingCode.MISSING_SUBMISSION, null, null, null,
                        plan.planNo(), plan.planTitle(), String.join("、", plan.departments())));
            }
        }
        return missing;
    }

    private static void print(Outcome outcome, PlanMaster master, Consumer<String> out) {
        List<FileReport> reports = outcome.files();
        Map<String, List<Finding>> missingByDepartment = outcome.missing();
        Map<String, List<FileReport>> byDepartment = new LinkedHashMap<>();
        master.plans().forEach(p -> byDepartment.computeIfAbsent(p.leadDepartment(), d -> new ArrayList<>()));
        reports.forEach(r -> byDepartment.computeIfAbsent(r.department(), d -> new ArrayList<>()).add(r));
        byDepartment.forEach((department, files) -> {
            List<Finding> notSubmitted = missingByDepartment.getOrDefault(department, List.of());
            if (files.isEmpty() && notSubmitted.isEmpty()) {
                return;
            }
            out.accept("■ " + department);
            for (FileReport file : files) {
                out.accept("  " + file.file() + "  受付: " + (file.accepted().isEmpty() ? "なし"
                        : file.accepted().stream().map(n -> "プラン" + n).collect(Collectors.joining("、"))));
                FindingTable.rows(file.findings(), "    ").forEach(out);
            }
            if (!notSubmitted.isEmpty()) {
                out.accept("  （未提出）");
                FindingTable.rows(notSubmitted, "    ").forEach(out);
            }
        });
    }

    private static String summary(int files, int sheets, List<Finding> findings) {
        Map<Severity, Long> counts = findings.stream().collect(Collectors.groupingBy(Finding::severity, Collectors.counting()));
        return "ファイル " + files + " 件、受付 " + sheets + " シート。エラー " + counts.getOrDefault(Severity.ERROR, 0L)
                + " 件、警告 " + counts.getOrDefault(Severity.WARNING, 0L) + " 件、お知らせ "
                + counts.getOrDefault(Severity.NOTICE, 0L) + " 件（詳細は data/plan-report.log）。";
    }
}
