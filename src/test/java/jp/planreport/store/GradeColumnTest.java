package jp.planreport.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Migration 8 on a store of the release before it: every kept version learns its grade from its sheet. */
class GradeColumnTest {

    @Test
    void versionsKeptBeforeTheMigrationGetTheGradeTheirSheetSays() {
        DriverManagerDataSource database = new DriverManagerDataSource("jdbc:h2:mem:grade-column;DB_CLOSE_DELAY=-1", "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(database);
        migrate(database, "7");
        insert(jdbc, 1, "{\"planNo\":1,\"grade\":\"B\"}");
        insert(jdbc, 2, "{\"planNo\":2,\"grade\":null}");
        insert(jdbc, 3, "{\"planNo\":3}");

        migrate(database, "latest");

        assertThat(jdbc.queryForList("SELECT plan_no || ':' || COALESCE(grade, '-') FROM plan_sheet_version ORDER BY plan_no",
                String.class)).containsExactly("1:B", "2:-", "3:-");
    }

    private static void migrate(DriverManagerDataSource database, String target) {
        Flyway.configure().dataSource(database).locations("classpath:db/migration", VendorMigrations.FOLDER + "h2")
                .javaMigrations(new JobRepositorySchema(), new GradeColumn()).target(target).load().migrate();
    }

    private static void insert(JdbcTemplate jdbc, int planNo, String json) {
        jdbc.update("INSERT INTO plan_sheet_version (fiscal_year, plan_no, source_file, sheet_name, checksum, size_bytes, "
                + "file_modified_at, accepted_at, sheet_json) VALUES (2022, ?, 'a.xlsx', 'プラン', ?, 1, "
                + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?)", planNo, String.valueOf(planNo).repeat(64), json);
    }
}
