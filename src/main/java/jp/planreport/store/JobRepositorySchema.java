package jp.planreport.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.DefaultJobKeyGenerator;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Migration 2: Spring Batch 6's job repository tables. A new database gets Batch's own schema
 * script; a database of a release on Spring Batch 5 has the same tables but its job-instance
 * sequence is named {@code BATCH_JOB_SEQ}. Batch's H2 migration script creates the new sequence
 * at 1 and drops the old one, so the first new run would reuse the id of the first old run and
 * fail; here the new sequence starts where the old one stopped. Batch 6 also computes a job
 * instance's key differently from the same parameters, so the old instances get their keys anew:
 * otherwise an unchanged input would be compiled again and a failed old run could not be resumed.
 */
@Component
class JobRepositorySchema extends JavaStoreMigration {

    private static final Logger log = LoggerFactory.getLogger(JobRepositorySchema.class);
    private static final String OLD_SEQUENCE = "BATCH_JOB_SEQ";
    private static final String NEW_SEQUENCE = "BATCH_JOB_INSTANCE_SEQ";

    JobRepositorySchema() {
        super("2", "Spring Batch 6 job repository");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!exists(connection, "TABLE", "BATCH_JOB_INSTANCE")) {
            String script = "org/springframework/batch/core/schema-" + platform(connection) + ".sql";
            ScriptUtils.executeSqlScript(connection, new ClassPathResource(script));
            return;
        }
        if (exists(connection, "SEQUENCE", OLD_SEQUENCE) && !exists(connection, "SEQUENCE", NEW_SEQUENCE)) {
            long next = nextValue(connection);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE SEQUENCE " + NEW_SEQUENCE + " START WITH " + next);
                statement.execute("DROP SEQUENCE " + OLD_SEQUENCE);
            }
            int rekeyed = rekey(connection);
            log.info("job repository upgraded to Spring Batch 6: {} renamed {}, next job instance id {}, {} instance keys recomputed",
                    OLD_SEQUENCE, NEW_SEQUENCE, next, rekeyed);
        }
    }

    /** Each job instance's key as Batch 6 computes it from the identifying parameters of its first execution. */
    private static int rekey(Connection connection) throws SQLException {
        Map<Long, Set<JobParameter<?>>> parameters = new TreeMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
                "SELECT e.JOB_INSTANCE_ID, p.PARAMETER_NAME, p.PARAMETER_TYPE, p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION e "
                        + "JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID "
                        + "WHERE p.IDENTIFYING = 'Y' AND e.JOB_EXECUTION_ID = (SELECT MIN(f.JOB_EXECUTION_ID) "
                        + "FROM BATCH_JOB_EXECUTION f WHERE f.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID)")) {
            while (rs.next()) {
                parameters.computeIfAbsent(rs.getLong(1), id -> new HashSet<>())
                        .add(parameter(rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        DefaultJobKeyGenerator keys = new DefaultJobKeyGenerator();
        try (PreparedStatement update = connection.prepareStatement("UPDATE BATCH_JOB_INSTANCE SET JOB_KEY = ? WHERE JOB_INSTANCE_ID = ?")) {
            for (Map.Entry<Long, Set<JobParameter<?>>> instance : parameters.entrySet()) {
                update.setString(1, keys.generateKey(new JobParameters(instance.getValue())));
                update.setLong(2, instance.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
        return parameters.size();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static JobParameter<?> parameter(String name, String type, String value) throws SQLException {
        try {
            Class typeClass = Class.forName(type);
            return new JobParameter(name, DefaultConversionService.getSharedInstance().convert(value, typeClass), typeClass, true);
        } catch (ClassNotFoundException e) {
            throw new SQLException("job parameter " + name + " has an unknown type " + type, e);
        }
    }

    private static long nextValue(Connection connection) throws SQLException {
        String sql = platform(connection).equals("postgresql")
                ? "SELECT nextval('" + OLD_SEQUENCE + "')" : "SELECT NEXT VALUE FOR " + OLD_SEQUENCE;
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The suffix of Spring Batch's schema scripts for this database. */
    static String platform(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        return product.contains("postgres") ? "postgresql" : product.contains("h2") ? "h2" : product.replace(" ", "");
    }

    /** Whether a table or sequence exists in the current schema (standard information schema). */
    private static boolean exists(Connection connection, String type, String name) throws SQLException {
        String sql = type.equals("TABLE")
                ? "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE UPPER(TABLE_NAME) = ? AND TABLE_SCHEMA = CURRENT_SCHEMA"
                : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SEQUENCES WHERE UPPER(SEQUENCE_NAME) = ? AND SEQUENCE_SCHEMA = CURRENT_SCHEMA";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }
    }
}
