package jp.planreport.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jp.planreport.job.RunTarget;
import jp.planreport.aggregate.PlanStatus;
import jp.planreport.aggregate.VersionsThatCount;
import jp.planreport.config.PlanReportProperties;
import jp.planreport.intake.PlanSheetValidator;
import jp.planreport.intake.SubmissionFile;
import jp.planreport.model.Finding;
import jp.planreport.model.FindingCode;
import jp.planreport.model.FiscalYears;
import jp.planreport.model.PlanMaster;
import jp.planreport.model.PlanMasterEntry;
import jp.planreport.model.Severity;
import jp.planreport.service.IntakeResult;
import jp.planreport.service.SubmissionIntake;
import jp.planreport.store.IntakeSheet;
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
    private final SubmissionIntake intake;
    private final Database database;

    public ValidateCommand(PlanReportProperties properties, SubmissionStore store, SubmissionIntake intake, Database database) {
        this.properties = properties;
        this.store = store;
        this.intake = intake;
        this.database = database;
    }

    @Override
    public String name() {
        return "validate";
    }

    /** One file as read: the findings about it and the plans accepted from it. */
    record FileReport(String file, String department, List<Integer> accepted, List<Finding> findings) {
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
        Optional<RunTarget> resolved = options.target(properties, "検証");
        if (resolved.isEmpty()) {
            return ExitCodes.USAGE;
        }
        RunTarget input = resolved.get();
        Console.info(FiscalYears.label(input.fiscalYear()) + " 提出ファイルの検証: " + input.folder().submissions());
        Outcome outcome = validate(input);
        database.flush(); // the sheets said to be accepted must be in the store, not only in H2's memory
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

    /**
     * Reads and checks every file through the same intake as the year-end job (accepted sheets are
     * stored; an unchanged file adds nothing) and asks the same {@link VersionsThatCount} which
     * version of each plan counts, which came twice, which are missing or invalid: the same verdict
     * as {@code compile} on the same folder.
     */
    Outcome validate(RunTarget input) {
        PlanMaster master = input.master();
        PlanSheetValidator validator = intake.validator(master, properties.gradeScale(), true);
        Instant receivedAt = Instant.now();
        List<FileReport> reports = new ArrayList<>();
        List<IntakeSheet> seen = new ArrayList<>();
        List<Finding> intakeFindings = new ArrayList<>();
        for (SubmissionFile file : input.folder().files()) {
            IntakeResult result = intake.read(file, validator);
            List<IntakeSheet> sheets = intake.keep(result, receivedAt, true, null);
            seen.addAll(sheets);
            intakeFindings.addAll(result.findings());
            reports.add(new FileReport(file.name(), department(master, result),
                    sheets.stream().filter(IntakeSheet::accepted).map(IntakeSheet::planNo).toList(),
                    new ArrayList<>(result.findings())));
        }
        VersionsThatCount counting = VersionsThatCount.of(master, seen, intakeFindings, VersionsThatCount.Rules.YEAR_END, store);
        Map<String, List<Finding>> unaccepted = new LinkedHashMap<>();
        counting.unaccepted().forEach((planNo, finding) -> unaccepted.computeIfAbsent(
                master.plan(planNo).map(PlanMasterEntry::leadDepartment).orElse(UNKNOWN_DEPARTMENT), d -> new ArrayList<>())
                .add(finding));
        for (Finding finding : counting.findings()) {
            reports.stream().filter(r -> r.file().equals(finding.file())).findFirst().ifPresent(r -> r.findings().add(finding));
        }
        return new Outcome(reports, unaccepted, (int) seen.stream().filter(IntakeSheet::accepted).count());
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

    /** The findings by department and file, then the department's plans without an accepted sheet. */
    static void print(Outcome outcome, PlanMaster master) {
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

    static String summary(int files, int sheets, List<Finding> findings) {
        Map<Severity, Long> counts = findings.stream().collect(Collectors.groupingBy(Finding::severity, Collectors.counting()));
        return "ファイル " + files + " 件、受付 " + sheets + " シート。エラー " + counts.getOrDefault(Severity.ERROR, 0L)
                + " 件、警告 " + counts.getOrDefault(Severity.WARNING, 0L) + " 件、お知らせ "
                + counts.getOrDefault(Severity.NOTICE, 0L) + " 件（詳細は data/plan-report.log）。";
    }
}
