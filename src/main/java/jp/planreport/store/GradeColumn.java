package jp.planreport.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Migration 8: each version's 年次評価 in a column of its own, filled from the stored sheets. The
 * office's dashboard counts grades over every plan of a year; reading a thousand sheets' JSON (large
 * objects in H2) for one letter each made it slow. In Java because neither database's SQL reads a
 * field of the JSON text the same way; Flyway runs it in order with the SQL migrations.
 */
@Component
class GradeColumn extends JavaStoreMigration {

    GradeColumn() {
        super("8", "grade");
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE plan_sheet_version ADD COLUMN grade VARCHAR(20)");
        }
        JsonMapper json = JsonMapper.builder().build();
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT id, sheet_json FROM plan_sheet_version");
             PreparedStatement update = connection.prepareStatement("UPDATE plan_sheet_version SET grade = ? WHERE id = ?")) {
            while (rows.next()) {
                JsonNode grade = json.readTree(rows.getString(2)).path("grade");
                update.setString(1, grade.isString() ? grade.asString() : null);
                update.setLong(2, rows.getLong(1));
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
