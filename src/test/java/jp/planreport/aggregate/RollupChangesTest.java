package jp.planreport.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.planreport.model.PlanMaster;
import jp.planreport.model.PlanMasterEntry;
import jp.planreport.store.PlanSheetVersion;

/** New, changed and newly invalid plans between two roll-ups, by department. */
class RollupChangesTest {

    private final PlanMaster master = new PlanMaster(Path.of("plans.csv"), 2022, List.of(
            plan(1, "企画経営課"), plan(2, "協働推進課"), plan(3, "協働推進課"), plan(4, "広報課")));

    @Test
    void comparesTheReportedVersionsAndTheRejectedSheetsOfTwoRollups() {
        Compilation before = CompilationAssembler.assemble(master, versions(Map.of(1, 10L, 2, 20L)), Set.of(1, 2, 4));
        Compilation now = CompilationAssembler.assemble(master, versions(Map.of(1, 10L, 2, 21L, 3, 30L)), Set.of(1, 2, 3, 4));
        LocalDateTime at = LocalDateTime.of(2022, 11, 24, 2, 0);

        RollupChanges changes = RollupChanges.between(before, Set.of(4), at, now, Map.of(4, "広報課.xlsx", 1, "企画経営課_2.xlsx"));

        assertThat(changes.changes()).extracting(c -> c.kind() + " " + c.planNo() + " " + c.department())
                .containsExactly("NEWLY_INVALID 1 企画経営課", "CHANGED 2 協働推進課", "NEW 3 協働推進課");
        assertThat(changes.byDepartment()).containsOnlyKeys("企画経営課", "協働推進課");
        assertThat(changes.previousRollupAt()).isEqualTo(at);
    }

    @Test
    void theFirstRollupOfTheYearHasEveryValidPlanAsNewAndNothingWhenNothingChanged() {
        Compilation now = CompilationAssembler.assemble(master, versions(Map.of(1, 10L, 4, 40L)), Set.of(1, 4));

        assertThat(RollupChanges.between(null, Set.of(), null, now, Map.of()).changes())
                .extracting(c -> c.kind() + " " + c.planNo()).containsExactly("NEW 1", "NEW 4");
        assertThat(RollupChanges.between(now, Set.of(), LocalDateTime.now(), now, Map.of()).isEmpty()).isTrue();
    }

    private static PlanMasterEntry plan(int planNo, String department) {
        return new PlanMasterEntry(1, "方針", "1-1", "取組", planNo, "プラン" + planNo, List.of(department));
    }

    private Map<Integer, PlanSheetVersion> versions(Map<Integer, Long> ids) {
        Map<Integer, PlanSheetVersion> versions = new HashMap<>();
        ids.forEach((planNo, id) -> versions.put(planNo, new PlanSheetVersion(id, 2022, planNo, "file" + id + ".xlsx",
                "プラン" + planNo, "c" + id, 1, Instant.EPOCH, Instant.EPOCH, Instant.EPOCH, false, null)));
        return versions;
    }
}
