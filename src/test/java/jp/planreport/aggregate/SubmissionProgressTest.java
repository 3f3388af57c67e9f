package jp.planreport.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.planreport.aggregate.SubmissionProgress.PlanProgress;
import jp.planreport.intake.SheetFixtures;
import jp.planreport.model.PlanMaster;
import jp.planreport.store.PlanSheetVersion;
import jp.planreport.store.SubmissionStore.RunReading;
import jp.planreport.store.SubmissionStore.SheetRead;
import jp.planreport.store.UploadStore.Attempt;

/** The portal's status of a plan: 受付済, 不備あり or 未提出, by the year-end rules. */
class SubmissionProgressTest {

    private static final Instant T1 = Instant.parse("2023-04-01T01:00:00Z");
    private static final Instant T2 = Instant.parse("2023-04-02T01:00:00Z");
    private final PlanMaster master = SheetFixtures.master();
    private final int plan = master.plans().get(0).planNo();

    @Test
    void nothingCameIsMissing() {
        assertThat(status(Map.of(), Map.of())).isEqualTo(PlanStatus.MISSING);
    }

    @Test
    void aVersionThatMetTheYearEndRulesIsValidAndCounts() {
        PlanSheetVersion version = version(1, T1, true);
        PlanProgress progress = progress(Map.of(plan, List.of(version)), Map.of(plan, new Attempt(plan, 7, 1L, "soumu", T1)));
        assertThat(progress.status()).isEqualTo(PlanStatus.VALID);
        assertThat(progress.counted()).contains(version);
        assertThat(progress.rejectedUpload()).isEmpty();
    }

    @Test
    void aRejectedUploadAfterTheValidVersionMakesItInvalidButTheVersionStillCounts() {
        PlanSheetVersion version = version(1, T1, true);
        PlanProgress progress = progress(Map.of(plan, List.of(version)), Map.of(plan, new Attempt(plan, 8, null, "soumu", T2)));
        assertThat(progress.status()).isEqualTo(PlanStatus.INVALID);
        assertThat(progress.counted()).contains(version);
        assertThat(progress.rejectedUpload()).contains(8L);
    }

    @Test
    void aRejectedUploadBeforeTheValidVersionNoLongerMatters() {
        assertThat(status(Map.of(plan, List.of(version(1, T2, true))), Map.of(plan, new Attempt(plan, 8, null, "soumu", T1))))
                .isEqualTo(PlanStatus.VALID);
    }

    @Test
    void onlyARollupsDraftIsNotYetValidForTheYearEnd() {
        PlanSheetVersion draft = version(1, T1, false);
        PlanProgress progress = progress(Map.of(plan, List.of(draft)), Map.of());
        assertThat(progress.status()).isEqualTo(PlanStatus.INVALID);
        assertThat(progress.counted()).isEmpty();
        assertThat(progress.draft()).as("its run's notice says what is still blank").contains(draft);
        assertThat(progress(Map.of(plan, List.of(draft)), Map.of(plan, new Attempt(plan, 8, null, "soumu", T2))).draft())
                .as("a rejected upload after it says why instead").isEmpty();
    }

    @Test
    void aNewerDraftAfterTheYearEndVersionIsWhatTheYearEndWouldJudge() {
        // the department overwrote its sheet and is rewriting it: the year-end compilation of the folder would refuse it
        PlanSheetVersion yearEnd = version(1, T1, true);
        PlanSheetVersion draft = version(2, T2, false);
        PlanProgress progress = progress(Map.of(plan, List.of(draft, yearEnd)), Map.of());
        assertThat(progress.status()).isEqualTo(PlanStatus.INVALID);
        assertThat(progress.counted()).as("printed with --allow-incomplete").contains(yearEnd);
        assertThat(progress.draft()).contains(draft);

        PlanSheetVersion corrected = version(3, T2.plusSeconds(60), true);
        assertThat(status(Map.of(plan, List.of(corrected, draft, yearEnd)), Map.of())).isEqualTo(PlanStatus.VALID);
        assertThat(progress(Map.of(plan, List.of(draft, yearEnd)), Map.of(),
                Map.of(plan, new RunReading(plan, 3, T2.plusSeconds(60), List.of(new SheetRead("総務課.xlsx", "プラン" + plan))))).draft())
                .as("a run's rejection after it says why instead").isEmpty();
    }

    @Test
    void aBrokenSheetTheNewestRunFoundInTheFolderIsInvalidNotMissing() {
        RunReading reading = new RunReading(plan, 3, T2, List.of(new SheetRead("総務課.xlsx", "プラン" + plan)));
        PlanProgress progress = progress(Map.of(), Map.of(), Map.of(plan, reading));
        assertThat(progress.status()).isEqualTo(PlanStatus.INVALID);
        assertThat(progress.rejectedReading()).contains(reading);
    }

    @Test
    void whatCameAfterTheRunsRejectionDecides() {
        RunReading reading = new RunReading(plan, 3, T1, List.of(new SheetRead("総務課.xlsx", "プラン" + plan)));
        PlanProgress uploaded = progress(Map.of(plan, List.of(version(1, T2, true))), Map.of(plan, new Attempt(plan, 7, 1L, "soumu", T2)),
                Map.of(plan, reading));
        assertThat(uploaded.status()).isEqualTo(PlanStatus.VALID);
        assertThat(uploaded.rejectedReading()).isEmpty();

        RunReading later = new RunReading(plan, 4, T2, List.of(new SheetRead("総務課.xlsx", "プラン" + plan)));
        PlanProgress broken = progress(Map.of(plan, List.of(version(1, T1, true))), Map.of(), Map.of(plan, later));
        assertThat(broken.status()).as("a valid version stays printed, but what the folder holds now is broken")
                .isEqualTo(PlanStatus.INVALID);
        assertThat(broken.counted()).isPresent();
    }

    private PlanStatus status(Map<Integer, List<PlanSheetVersion>> versions, Map<Integer, Attempt> attempts) {
        return progress(versions, attempts).status();
    }

    private PlanProgress progress(Map<Integer, List<PlanSheetVersion>> versions, Map<Integer, Attempt> attempts) {
        return progress(versions, attempts, Map.of());
    }

    private PlanProgress progress(Map<Integer, List<PlanSheetVersion>> versions, Map<Integer, Attempt> attempts,
                                  Map<Integer, RunReading> rejected) {
        return SubmissionProgress.of(master, versions, attempts, rejected).stream().filter(p -> p.plan().planNo() == plan)
                .findFirst().orElseThrow();
    }

    private PlanSheetVersion version(long id, Instant received, boolean yearEnd) {
        return new PlanSheetVersion(id, 2022, plan, "総務課.xlsx", "プラン" + plan, "c" + id, 1, received, received, received,
                yearEnd, null);
    }
}
