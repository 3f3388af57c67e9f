package jp.planreport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import tools.jackson.databind.json.JsonMapper;

import jp.planreport.intake.PlanSheetValidator;
import jp.planreport.intake.RawPlanSheet;
import jp.planreport.intake.SheetFixtures;
import jp.planreport.model.PlanSheet;
import jp.planreport.model.PlanSheetField;

/** The store on a real H2 file database with the project's migrations. */
class SubmissionStoreTest {

    @TempDir
    Path dir;

    private SubmissionStore store;

    @BeforeEach
    void database() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:file:" + dir.resolve("store"), "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", VendorMigrations.FOLDER + "h2")
                .javaMigrations(new JobRepositorySchema(), new GradeColumn()).load().migrate();
        store = new SubmissionStore(new JdbcTemplate(dataSource), new JsonMapper());
    }

    @Test
    void aVersionJustStoredIsDescribedWithTheSheetInHandAsTheStoreWouldReadItBack() {
        Instant monday = Instant.parse("2023-04-10T00:00:00Z");
        PlanSheet sheet = sheet("○最初の総括");
        long id = store.save("総務課.xlsx", "プラン5", "a".repeat(64), 1200, monday, monday, true, sheet);

        PlanSheetVersion inHand = store.version(id, sheet);

        assertThat(inHand.sheet()).isSameAs(sheet);
        assertThat(inHand).isEqualTo(store.version(id));
    }

    @Test
    void keepsEveryAcceptedVersionWithItsSourceAndReportsTheOneReceivedLast() {
        Instant monday = Instant.parse("2023-04-10T00:00:00Z");
        Instant friday = Instant.parse("2023-04-14T00:00:00Z");
        long first = store.save("総務課.xlsx", "プラン5", "a".repeat(64), 1200, monday, monday, true, sheet("○最初の総括"));
        long again = store.save("総務課.xlsx", "プラン5", "a".repeat(64), 1200, monday, friday, true, sheet("○最初の総括"));
        assertThat(again).as("re-reading an unchanged file adds nothing").isEqualTo(first);
        store.save("総務課_修正版.xlsx", "プラン5", "b".repeat(64), 1300, friday, friday, true, sheet("○直した総括"));

        assertThat(store.versions(2022, 5)).extracting(PlanSheetVersion::sourceFile, PlanSheetVersion::checksum,
                        PlanSheetVersion::sizeBytes, PlanSheetVersion::fileModifiedAt, PlanSheetVersion::receivedAt)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("総務課_修正版.xlsx", "b".repeat(64), 1300L, friday, friday),
                        org.assertj.core.groups.Tuple.tuple("総務課.xlsx", "a".repeat(64), 1200L, monday, monday));
        assertThat(store.versions(2022, 5)).allSatisfy(v -> assertThat(v.acceptedAt()).isNotNull());
        assertThat(store.newest(2022, 5)).hasValueSatisfying(v -> {
            assertThat(v.sourceFile()).isEqualTo("総務課_修正版.xlsx");
            assertThat(v.sheet().summary()).containsExactly("直した総括");
        });
        assertThat(store.countVersions(2022, 5)).isEqualTo(2);
        assertThat(store.newest(2021, 5)).isEmpty();
    }

    @Test
    void aFileReceivedLaterCountsWhateverItsFileTimeAndFilesReceivedTogetherGoByFileTime() {
        Instant monday = Instant.parse("2023-04-10T00:00:00Z");
        Instant nextWeek = monday.plus(Duration.ofDays(7));
        store.save("総務課.xlsx", "プラン5", "a".repeat(64), 1200, monday, monday, true, sheet("○最初の総括"));

        // extracted from a mail's zip a week later, with the file time it had before the first one
        Instant older = monday.minus(Duration.ofDays(3));
        store.save("総務課.xlsx", "プラン5", "b".repeat(64), 1300, older, nextWeek, true, sheet("○直した総括"));
        assertThat(store.newest(2022, 5)).hasValueSatisfying(v -> assertThat(v.sheet().summary()).containsExactly("直した総括"));

        // two files of the same intake: the newer file counts
        store.save("総務課_控え.xlsx", "プラン5", "c".repeat(64), 1300, older.minusSeconds(60), nextWeek, true, sheet("○控え"));
        assertThat(store.newest(2022, 5)).hasValueSatisfying(v -> assertThat(v.sourceFile()).isEqualTo("総務課.xlsx"));
    }

    @Test
    void aVersionFirstAcceptedByARollupLearnsItMeetsTheYearEndRulesWhenTheYearEndReadsIt() {
        Instant monday = Instant.parse("2023-04-10T00:00:00Z");
        store.save("総務課.xlsx", "プラン5", "a".repeat(64), 1200, monday, monday, false, sheet("○総括"));
        assertThat(store.newest(2022, 5)).hasValueSatisfying(v -> assertThat(v.yearEndRules()).isFalse());

        store.save("総務課.xlsx", "プラン5", "a".repeat(64), 1200, monday, monday.plusSeconds(60), true, sheet("○総括"));

        assertThat(store.newest(2022, 5)).hasValueSatisfying(v -> {
            assertThat(v.yearEndRules()).isTrue();
            assertThat(v.receivedAt()).as("received when first seen").isEqualTo(monday);
        });
    }

    private static PlanSheet sheet(String summary) {
        Map<String, String> values = new HashMap<>();
        SheetFixtures.complete(5).forEach((k, v) -> values.put(k.definedName(), v));
        values.put(PlanSheetField.SUMMARY.definedName(), summary);
        return new PlanSheetValidator(SheetFixtures.master(), SheetFixtures.GRADES, true)
                .validate(new RawPlanSheet("総務課.xlsx", "プラン5", values)).sheet();
    }
}
