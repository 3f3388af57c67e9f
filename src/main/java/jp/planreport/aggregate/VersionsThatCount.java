package jp.planreport.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jp.planreport.model.Finding;
import jp.planreport.model.FindingCode;
import jp.planreport.model.PlanMaster;
import jp.planreport.model.PlanMasterEntry;
import jp.planreport.model.PlanSheetField;
import jp.planreport.store.IntakeSheet;
import jp.planreport.store.PlanSheetVersion;
import jp.planreport.store.SubmissionStore;

/**
 * Which version of each plan of the master counts, given what one intake
 * saw, and what the office must be told (plans that came twice, plans nobody submitted, an earlier
 * version printed in place of an invalid one). The one implementation of these rules: the jobs'
 * aggregate step, {@code validate} and the refusal all ask it.
 *
 * @param counted     the version that counts, per plan that has one
 * @param plansSeen   the plans this intake saw a sheet for, valid or not
 * @param findings    plans that came twice, earlier versions used
 * @param unaccepted  per plan with no version that counts, why: nobody sent it (未提出) or what
 *                    came has errors (不備あり, with where)
 */
public record VersionsThatCount(Map<Integer, PlanSheetVersion> counted, Set<Integer> plansSeen, List<Finding> findings,
                                Map<Integer, Finding> unaccepted) {

    /** How strictly a run judges: the council report's rules, the same allowing gaps, or a draft. */
    public enum Rules {
        /** Only versions this intake accepted under the year-end rules; a gap refuses the report. */
        YEAR_END,
        /** As {@link #YEAR_END}, but an invalid sheet falls back to the newest earlier year-end version. */
        YEAR_END_ALLOW_INCOMPLETE,
        /** A roll-up: the newest version received, whichever run accepted it. */
        DRAFT
    }

    /**
     * @param seen            every plan sheet the intake saw
     * @param intakeFindings  what the intake found, to say where a rejected sheet has its errors
     */
    public static VersionsThatCount of(PlanMaster master, List<IntakeSheet> seen, List<Finding> intakeFindings, Rules rules,
                                       SubmissionStore store) {
        Map<Integer, List<IntakeSheet>> byPlan = seen.stream().filter(s -> s.planNo() != null)
                .collect(Collectors.groupingBy(IntakeSheet::planNo, TreeMap::new, Collectors.toList()));
        Map<Integer, PlanSheetVersion> counted = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        Map<Integer, Finding> unaccepted = new LinkedHashMap<>();
        for (PlanMasterEntry plan : master.plans()) {
            List<IntakeSheet> sheets = byPlan.getOrDefault(plan.planNo(), List.of());
            List<PlanSheetVersion> accepted = sheets.stream().filter(IntakeSheet::accepted).map(IntakeSheet::version)
                    .sorted(PlanSheetVersion.COUNTS_FIRST).toList();
            Optional<PlanSheetVersion> version = switch (rules) {
                case DRAFT -> store.newest(master.fiscalYear(), plan.planNo());
                case YEAR_END -> accepted.stream().findFirst();
                case YEAR_END_ALLOW_INCOMPLETE -> accepted.stream().findFirst()
                        .or(() -> sheets.isEmpty() ? Optional.empty() : earlierYearEndVersion(store, master, plan, findings));
            };
            version.ifPresent(v -> counted.put(plan.planNo(), v));
            duplicate(plan.planNo(), sheets.stream().filter(IntakeSheet::accepted).toList(), version).ifPresent(findings::add);
            if (version.isEmpty()) {
                unaccepted.put(plan.planNo(), sheets.isEmpty()
                        ? Finding.of(FindingCode.MISSING_SUBMISSION, null, null, null, plan.planNo(), plan.planTitle(),
                                String.join("、", plan.departments()))
                        : Finding.of(FindingCode.INVALID_SUBMISSION, null, null, null, plan.planNo(), plan.planTitle(),
                                shortened(errorPlaces(sheets, intakeFindings))));
            }
        }
        return new VersionsThatCount(counted, new TreeSet<>(byPlan.keySet()), findings, unaccepted);
    }

    /**
     * The version that counts for a plan of a year judged afterwards (an earlier year, an imported one,
     * the versions listed by {@code history}): the newest received that met the year-end rules.
     * @param versions the plan's stored versions, the one received last first
     */
    public static Optional<PlanSheetVersion> yearEndVersion(List<PlanSheetVersion> versions) {
        return versions.stream().filter(PlanSheetVersion::yearEndRules).findFirst();
    }

    /** {@link #yearEndVersion} of every plan of a year that has one. */
    public static Map<Integer, PlanSheetVersion> yearEndVersions(Map<Integer, List<PlanSheetVersion>> versionsOfYear) {
        Map<Integer, PlanSheetVersion> counted = new TreeMap<>();
        versionsOfYear.forEach((planNo, versions) -> yearEndVersion(versions).ifPresent(v -> counted.put(planNo, v)));
        return counted;
    }

    /** Every finding of the edition: the gaps first, in the master's order, then the rest. */
    public List<Finding> allFindings() {
        List<Finding> all = new ArrayList<>(unaccepted.values());
        all.addAll(findings);
        return all;
    }

    /** Per 方針 and 基本的取組, each plan with its version or its gap (未提出 / 不備あり). */
    public Compilation compilation(PlanMaster master) {
        return CompilationAssembler.assemble(master, counted, plansSeen);
    }

    /** Whether every plan of the master has a version that counts. */
    public boolean complete(PlanMaster master) {
        return master.plans().stream().allMatch(p -> counted.containsKey(p.planNo()));
    }

    /** 「総務課.xlsx（プラン5）の年次評価」: where the sheets of a plan have their errors, as the clerk finds them. */
    private static List<String> errorPlaces(List<IntakeSheet> sheets, List<Finding> intakeFindings) {
        return sheets.stream().flatMap(s -> intakeFindings.stream().filter(Finding::isError)
                        .filter(f -> s.file().equals(f.file()) && s.sheet().equals(f.sheet())))
                .map(f -> f.file() + "（" + f.sheet() + "）" + (f.field() == null ? "" : "の" + PlanSheetField.labelOf(f.field())))
                .distinct().toList();
    }

    /** The first places and how many more: a sheet full of errors still gives one readable line. */
    private static String shortened(List<String> places) {
        int shown = 3;
        String first = String.join("、", places.subList(0, Math.min(shown, places.size())));
        return places.size() <= shown ? first : first + " ほか " + (places.size() - shown) + " か所";
    }

    /** The newest earlier version that met the year-end rules, printed instead of an invalid sheet, with a warning. */
    private static Optional<PlanSheetVersion> earlierYearEndVersion(SubmissionStore store, PlanMaster master,
                                                                    PlanMasterEntry plan, List<Finding> findings) {
        Optional<PlanSheetVersion> earlier = store.versions(master.fiscalYear(), plan.planNo()).stream()
                .filter(PlanSheetVersion::yearEndRules).findFirst();
        earlier.ifPresent(v -> findings.add(Finding.of(FindingCode.EARLIER_VERSION_USED, v.sourceFile(), v.sheetName(), null,
                plan.planNo(), plan.planTitle(), v.sourceFile())));
        return earlier;
    }

    /** Two or more files (or sheets) of this intake accepted for one plan: all are named, and the one that counts. */
    private static Optional<Finding> duplicate(int planNo, List<IntakeSheet> accepted, Optional<PlanSheetVersion> counted) {
        List<String> named = accepted.stream().sorted(Comparator.comparing(IntakeSheet::version, PlanSheetVersion.COUNTS_FIRST))
                .map(s -> s.file() + "（" + s.sheet() + "）").distinct().toList();
        if (named.size() < 2) {
            return Optional.empty();
        }
        PlanSheetVersion winner = counted.orElse(accepted.get(0).version());
        return Optional.of(Finding.of(FindingCode.DUPLICATE_PLAN, winner.sourceFile(), winner.sheetName(),
                PlanSheetField.PLAN_NO.definedName(), planNo, String.join("、", named), winner.sourceFile()));
    }
}
