package jp.planreport.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import jp.planreport.model.Finding;
import jp.planreport.model.Severity;

/** What the portal's uploads brought: each kept workbook, its plan sheets and its findings. */
@Repository
public class UploadStore {

    /** A kept upload. {@code storedName} is relative to the year's submissions folder. */
    public record Upload(long id, int fiscalYear, String department, String uploadedBy, String originalName,
                         String storedName, String checksum, long sizeBytes, Instant receivedAt, boolean replaced) {
    }

    /** A plan sheet of an upload; {@code versionId} null when it was not accepted. */
    public record UploadSheet(long uploadId, String sheetName, Integer planNo, Long versionId) {
    }

    /** The newest upload that carried a plan, and who sent it when. */
    public record Attempt(int planNo, long uploadId, Long versionId, String uploadedBy, Instant receivedAt) {
    }

    /** A plan sheet an upload brought that was not accepted: when, which file, by whom. */
    public record RejectedSheet(Instant receivedAt, String originalName, String sheetName, String checksum,
                                String uploadedBy) {
    }

    private static final String COLUMNS = "id, fiscal_year, department, uploaded_by, original_name, stored_name, checksum, "
            + "size_bytes, received_at, replaced";

    private final JdbcTemplate jdbc;

    public UploadStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the new upload's id */
    public long insert(int fiscalYear, String department, String uploadedBy, String originalName, String storedName,
                       String checksum, long sizeBytes, Instant receivedAt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("INSERT INTO upload (fiscal_year, department, uploaded_by, original_name, stored_name, "
                    + "checksum, size_bytes, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setInt(1, fiscalYear);
            ps.setString(2, department);
            ps.setString(3, uploadedBy);
            ps.setString(4, originalName);
            ps.setString(5, storedName);
            ps.setString(6, checksum);
            ps.setLong(7, sizeBytes);
            ps.setTimestamp(8, Timestamp.from(receivedAt));
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    public void setStoredName(long uploadId, String storedName) {
        jdbc.update("UPDATE upload SET stored_name = ? WHERE id = ?", storedName, uploadId);
    }

    public void addSheet(long uploadId, String sheetName, Integer planNo, Long versionId) {
        jdbc.update("INSERT INTO upload_sheet (upload_id, sheet_name, plan_no, version_id) VALUES (?, ?, ?, ?)",
                uploadId, sheetName, planNo, versionId);
    }

    public void addFindings(long uploadId, List<Finding> findings) {
        jdbc.batchUpdate("INSERT INTO upload_finding (upload_id, severity, code, sheet_name, field, message) "
                + "VALUES (?, ?, ?, ?, ?, ?)", findings, findings.size(), (ps, f) -> {
                    ps.setLong(1, uploadId);
                    ps.setString(2, f.severity().name());
                    ps.setString(3, f.code());
                    ps.setString(4, f.sheet());
                    ps.setString(5, f.field());
                    ps.setString(6, f.message());
                });
    }

    public void markReplaced(long uploadId) {
        jdbc.update("UPDATE upload SET replaced = TRUE WHERE id = ?", uploadId);
    }

    public Optional<Upload> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM upload WHERE id = ?", UploadStore::map, id).stream().findFirst();
    }

    /** The department's uploads still lying in the submissions folder, newest first. */
    public List<Upload> current(int fiscalYear, String department) {
        return jdbc.query("SELECT " + COLUMNS + " FROM upload WHERE fiscal_year = ? AND department = ? AND replaced = FALSE "
                + "ORDER BY id DESC", UploadStore::map, fiscalYear, department);
    }

    /** The newest upload with these bytes, for handing back the original workbook of a version. */
    public Optional<Upload> withChecksum(int fiscalYear, String checksum) {
        return jdbc.query("SELECT " + COLUMNS + " FROM upload WHERE fiscal_year = ? AND checksum = ? ORDER BY id DESC",
                UploadStore::map, fiscalYear, checksum).stream().findFirst();
    }

    public List<UploadSheet> sheets(long uploadId) {
        return jdbc.query("SELECT upload_id, sheet_name, plan_no, version_id FROM upload_sheet WHERE upload_id = ? "
                + "ORDER BY sheet_name", (rs, i) -> new UploadSheet(rs.getLong(1), rs.getString(2),
                rs.getObject(3, Integer.class), rs.getObject(4, Long.class)), uploadId);
    }

    public List<Finding> findings(long uploadId) {
        return jdbc.query("SELECT severity, code, sheet_name, field, message FROM upload_finding WHERE upload_id = ? ORDER BY id",
                (rs, i) -> new Finding(Severity.valueOf(rs.getString(1)), rs.getString(2), null, rs.getString(3),
                        rs.getString(4), rs.getString(5)), uploadId);
    }

    /** Per plan of the year, the newest upload that carried a sheet for it. */
    public Map<Integer, Attempt> latestAttempts(int fiscalYear) {
        Map<Integer, Attempt> latest = new HashMap<>();
        jdbc.query("SELECT s.plan_no, u.id, s.version_id, u.uploaded_by, u.received_at FROM upload_sheet s "
                + "JOIN upload u ON u.id = s.upload_id WHERE u.fiscal_year = ? AND s.plan_no IS NOT NULL ORDER BY u.id", rs -> {
                    Attempt attempt = new Attempt(rs.getInt(1), rs.getLong(2), rs.getObject(3, Long.class), rs.getString(4),
                            rs.getTimestamp(5).toInstant());
                    latest.put(attempt.planNo(), attempt); // ordered by id: the last one wins
                }, fiscalYear);
        return latest;
    }

    /** The sheets for a plan that uploads brought and that were not accepted, newest first. */
    public List<RejectedSheet> rejectedSheets(int fiscalYear, int planNo) {
        return jdbc.query("SELECT u.received_at, u.original_name, s.sheet_name, u.checksum, u.uploaded_by FROM upload_sheet s "
                + "JOIN upload u ON u.id = s.upload_id WHERE u.fiscal_year = ? AND s.plan_no = ? AND s.version_id IS NULL "
                + "ORDER BY u.id DESC", (rs, i) -> new RejectedSheet(rs.getTimestamp(1).toInstant(), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5)), fiscalYear, planNo);
    }

    /** Who first uploaded each version of the year (a version read from the folder has no entry). */
    public Map<Long, String> uploaders(int fiscalYear) {
        Map<Long, String> uploaders = new HashMap<>();
        jdbc.query("SELECT s.version_id, u.uploaded_by FROM upload_sheet s JOIN upload u ON u.id = s.upload_id "
                + "WHERE u.fiscal_year = ? AND s.version_id IS NOT NULL ORDER BY u.id DESC", rs -> {
                    uploaders.put(rs.getLong(1), rs.getString(2)); // descending: the first upload wins
                }, fiscalYear);
        return uploaders;
    }

    private static Upload map(ResultSet rs, int row) throws SQLException {
        return new Upload(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getLong(8), rs.getTimestamp(9).toInstant(), rs.getBoolean(10));
    }
}
