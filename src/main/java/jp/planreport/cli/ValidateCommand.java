package jp.planreport.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jp.planreport.aggregate.VersionsThatCount;
import jp.planreport.config.PlanReportProperties;
import jp.planreport.intake.Finding;
import jp.planreport.intake.FiscalYears;
import jp.planreport.intake.PlanMaster;
import jp.planreport.intake.PlanMasterEntry;
import jp.planreport.intake.PlanSheetValidator;
import jp.planreport.intake.Severity;
import jp.planreport.intake.SubmissionFile;
import jp.planreport.service.IntakeResult;
import jp.planreport.service.SubmissionIntake;
import jp.planreport.store.IntakeSheet;
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

    public ValidateCommand(PlanReportProperties properties, SubmissionStore store, SubmissionIntake intake) {
        this.properties = properties;
        this.store = store;
        this.intake = intake;
    }

    @Override
    public String name() {
        return "validate";
    }

    /** One file as read: the findings about it and the plans accepted from it. */
    record FileReport(String file, String department, List<Integer> accepted, List<Finding> findings) {
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

    /**
     * Reads and checks every file through the same intake as the year-end job (accepted sheets are
     * stored; an unchanged file adds nothing) and asks the same {@link VersionsThatCount} which version of each
     * plan counts, which came twice and which are missing: the same verdict as {@code compile}.
     */
    Outcome validate(RunTarget input) {
        PlanMaster master = input.master();
        PlanSheetValidator validator = new PlanSheetValidator(master, properties.gradeScale(), true);
        Instant receivedAt = Instant.now();
        List<FileReport> reports = new ArrayList<>();
        List<IntakeSheet> seen = new ArrayList<>();
        for (SubmissionFile file : input.folder().files()) {
            IntakeResult result = intake.read(file, validator);
            List<IntakeSheet> sheets = intake.keep(result, receivedAt, true, null);
            seen.addAll(sheets);
            reports.add(new FileReport(file.name(), department(master, result),
                    sheets.stream().filter(IntakeSheet::accepted).map(IntakeSheet::planNo).toList(),
                    new ArrayList<>(result.findings())));
        }
        VersionsThatCount counting = VersionsThatCount.of(master, seen, VersionsThatCount.Rules.YEAR_END, store);
        Map<String, List<Finding>> missing = new LinkedHashMap<>();
        counting.missing().forEach((planNo, finding) -> missing.computeIfAbsent(
                master.plan(planNo).map(PlanMasterEntry::leadDepartment).orElse(UNKNOWN_DEPARTMENT), d -> new ArrayList<>())
                .add(finding));
        for (Finding finding : counting.findings()) {
            reports.stream().filter(r -> r.file().equals(finding.file())).findFirst().ifPresent(r -> r.findings().add(finding));
        }
        return new Outcome(reports, missing, (int) seen.stream().filter(IntakeSheet::accepted).count());
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
