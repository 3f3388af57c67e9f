package jp.planreport.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

import jp.planreport.model.Finding;
import jp.planreport.model.PlanSheet;
import jp.planreport.model.Severity;

/**
 * Keeps every accepted version of every plan sheet (H2 by default, or PostgreSQL: SQL both read).
 * Versions are only ever added: an invalid newer submission never reaches the store, so the newest
 * valid version stays reported.
 */
@Repository
public class SubmissionStore {

    private static final String METADATA_COLUMNS = "id, fiscal_year, plan_no, source_file, sheet_name, checksum, "
            + "size_bytes, file_modified_at, accepted_at, received_at, year_end_rules";
    private static final String VERSION_COLUMNS = METADATA_COLUMNS + ", sheet_json";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public SubmissionStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        // derived getters (HalfYear.isEmpty) are written too; versions stored by an older or newer
        // build must stay readable, so unknown properties are ignored whatever mapper is given
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    /**
     * Stores a version unless the same sheet of the same file content is already there (then it
     * keeps when it was first received, and learns that it meets the year-end rules if it does).
     * @param receivedAt     when the intake or upload that read it began
     * @param yearEndRules   whether it was accepted under the year-end rules (not a roll-up's tolerant ones)
     * @return the id of the stored (or already present) version
     */
    public long save(String sourceFile, String sheetName, String checksum, long sizeBytes, Instant fileModifiedAt,
                     Instant receivedAt, boolean yearEndRules, PlanSheet sheet) {
        List<Long> existing = jdbc.queryForList("SELECT id FROM plan_sheet_version WHERE fiscal_year = ? AND plan_no = ? "
                + "AND checksum = ? AND sheet_name = ?", Long.class, sheet.fiscalYear(), sheet.planNo(), checksum, sheetName);
        if (!existing.isEmpty()) {
            if (yearEndRules) {
                jdbc.update("UPDATE plan_sheet_version SET year_end_rules = TRUE WHERE id = ?", existing.get(0));
            }
            return existing.get(0);
        }
        jdbc.update("INSERT INTO plan_sheet_version (fiscal_year, plan_no, source_file, sheet_name, checksum, size_bytes, "
                        + "file_modified_at, accepted_at, received_at, year_end_rules, grade, sheet_json) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                sheet.fiscalYear(), sheet.planNo(), sourceFile, sheetName, checksum, sizeBytes,
                Timestamp.from(fileModifiedAt), Timestamp.from(Instant.now()), Timestamp.from(receivedAt), yearEndRules,
                sheet.grade(), toJson(sheet));
        return jdbc.queryForObject("SELECT id FROM plan_sheet_version WHERE fiscal_year = ? AND plan_no = ? "
                + "AND checksum = ? AND sheet_name = ?", Long.class, sheet.fiscalYear(), sheet.planNo(), checksum, sheetName);
    }

    public int countVersions(int fiscalYear, int planNo) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM plan_sheet_version WHERE fiscal_year = ? AND plan_no = ?",
                Integer.class, fiscalYear, planNo);
    }

    /** Every accepted version of a plan, the one that counts first: the plan sheet's history. */
    public List<PlanSheetVersion> versions(int fiscalYear, int planNo) {
        return jdbc.query("SELECT " + VERSION_COLUMNS + " FROM plan_sheet_version WHERE fiscal_year = ? AND plan_no = ?",
                this::mapVersion, fiscalYear, planNo).stream().sorted(PlanSheetVersion.COUNTS_FIRST).toList();
    }

    /** The version of a plan that counts among all accepted ones (see {@link PlanSheetVersion#COUNTS_FIRST}). */
    public Optional<PlanSheetVersion> newest(int fiscalYear, int planNo) {
        return versions(fiscalYear, planNo).stream().findFirst();
    }

    public PlanSheetVersion version(long id) {
        return jdbc.queryForObject("SELECT " + VERSION_COLUMNS + " FROM plan_sheet_version WHERE id = ?", this::mapVersion, id);
    }

    /**
     * A stored version with the sheet the caller already has in hand (it was just read from the same
     * file content), without reading the sheet's JSON back.
     */
    public PlanSheetVersion version(long id, PlanSheet sheet) {
        return jdbc.queryForObject("SELECT " + METADATA_COLUMNS + " FROM plan_sheet_version WHERE id = ?",
                (rs, row) -> mapVersion(rs, sheet), id);
    }

    /** Records that a run read a plan sheet; {@code versionId} is null when the sheet was rejected. */
    public void markRead(long jobInstanceId, String sourceFile, String sheetName, Integer planNo, Long versionId) {
        // an update, else an insert: SQL both databases read (a restarted chunk reads its sheets again;
        // the parts of one intake never read the same file, so no two runners meet on one row)
        int updated = jdbc.update("UPDATE intake_sheet SET plan_no = ?, version_id = ? "
                + "WHERE job_instance_id = ? AND source_file = ? AND sheet_name = ?",
                planNo, versionId, jobInstanceId, sourceFile, sheetName);
        if (updated == 0) {
            jdbc.update("INSERT INTO intake_sheet (job_instance_id, source_file, sheet_name, plan_no, version_id) "
                    + "VALUES (?, ?, ?, ?, ?)", jobInstanceId, sourceFile, sheetName, planNo, versionId);
        }
    }

    /** The accepted versions a run read, for spotting two files that carry the same plan. */
    public List<PlanSheetVersion> readInRun(long jobInstanceId) {
        return jdbc.query("SELECT v." + VERSION_COLUMNS.replace(", ", ", v.") + " FROM plan_sheet_version v "
                + "JOIN intake_sheet s ON s.version_id = v.id WHERE s.job_instance_id = ? ORDER BY v.plan_no, v.id",
                this::mapVersion, jobInstanceId);
    }

    /** Every plan sheet a run saw, accepted or not, in the order the files were read. */
    public List<IntakeSheet> seenInRun(long jobInstanceId) {
        // one query: the version's columns first (as mapVersion reads them), then the sheet seen
        return jdbc.query("SELECT v." + VERSION_COLUMNS.replace(", ", ", v.") + ", s.plan_no, s.source_file, s.sheet_name, "
                + "s.version_id FROM intake_sheet s LEFT JOIN plan_sheet_version v ON v.id = s.version_id "
                + "WHERE s.job_instance_id = ? ORDER BY s.source_file, s.sheet_name", (rs, i) -> new IntakeSheet(
                rs.getObject(13, Integer.class), rs.getString(14), rs.getString(15),
                rs.getObject(16, Long.class) == null ? null : mapVersion(rs, i)), jobInstanceId);
    }

    /**
     * What a run read for one plan: the run, when it read them (its start; for a version, when the
     * version was received), and the sheets, to find the findings the run made about them.
     */
    public record RunReading(int planNo, long jobInstanceId, Instant readAt, List<SheetRead> sheets) {

        /** Whether a finding of the run is about one of these sheets, or about a file of theirs as a whole. */
        public boolean isAbout(Finding finding) {
            return sheets.stream().anyMatch(s -> s.file().equals(finding.file())
                    && (finding.sheet() == null || s.sheet().equals(finding.sheet())));
        }
    }

    /** One sheet of one file, as a run read it. */
    public record SheetRead(String file, String sheet) {
    }

    /**
     * The plans the newest run of the year (roll-up or compilation; the one that began last among those
     * that read the folder) saw only rejected sheets for. A workbook placed in the folder by hand and
     * broken is then 不備あり on the portal, as in the summary workbook, not 未提出.
     */
    public java.util.Map<Integer, RunReading> rejectedInNewestRun(int fiscalYear) {
        // "fiscalYear": the job parameter's name (job.JobParameterNames.FISCAL_YEAR), as Spring Batch keeps it
        List<Object[]> newest = jdbc.query("SELECT e.JOB_INSTANCE_ID, MIN(e.START_TIME) FROM BATCH_JOB_EXECUTION e "
                + "JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID "
                + "WHERE p.PARAMETER_NAME = 'fiscalYear' AND p.PARAMETER_VALUE = ? AND e.START_TIME IS NOT NULL "
                + "AND EXISTS (SELECT 1 FROM intake_sheet s WHERE s.job_instance_id = e.JOB_INSTANCE_ID) "
                + "GROUP BY e.JOB_INSTANCE_ID ORDER BY MAX(e.START_TIME) DESC FETCH FIRST 1 ROWS ONLY",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getTimestamp(2).toInstant()}, Integer.toString(fiscalYear));
        if (newest.isEmpty()) {
            return java.util.Map.of();
        }
        long run = (Long) newest.get(0)[0];
        Instant readAt = (Instant) newest.get(0)[1];
        java.util.Map<Integer, List<SheetRead>> rejected = new java.util.TreeMap<>();
        java.util.Set<Integer> accepted = new java.util.HashSet<>();
        jdbc.query("SELECT plan_no, source_file, sheet_name, version_id FROM intake_sheet WHERE job_instance_id = ? "
                + "AND plan_no IS NOT NULL ORDER BY source_file, sheet_name", rs -> {
                    if (rs.getObject(4) != null) {
                        accepted.add(rs.getInt(1));
                    } else {
                        rejected.computeIfAbsent(rs.getInt(1), n -> new java.util.ArrayList<>()).add(new SheetRead(rs.getString(2), rs.getString(3)));
                    }
                }, run);
        java.util.Map<Integer, RunReading> readings = new java.util.TreeMap<>();
        rejected.forEach((planNo, sheets) -> {
            if (!accepted.contains(planNo)) {
                readings.put(planNo, new RunReading(planNo, run, readAt, List.copyOf(sheets)));
            }
        });
        return readings;
    }

    /** The plans a run received a sheet for, accepted or rejected. */
    public java.util.Set<Integer> plansReadInRun(long jobInstanceId) {
        return new java.util.TreeSet<>(jdbc.queryForList("SELECT DISTINCT plan_no FROM intake_sheet "
                + "WHERE job_instance_id = ? AND plan_no IS NOT NULL", Integer.class, jobInstanceId));
    }

    /** The plans each file of a run carried (by file name), to tell which department a file is from. */
    public java.util.Map<String, java.util.Set<Integer>> plansByFile(long jobInstanceId) {
        java.util.Map<String, java.util.Set<Integer>> byFile = new java.util.TreeMap<>();
        jdbc.query("SELECT source_file, plan_no FROM intake_sheet WHERE job_instance_id = ? AND plan_no IS NOT NULL",
                rs -> {
                    byFile.computeIfAbsent(rs.getString(1), f -> new java.util.TreeSet<>()).add(rs.getInt(2));
                }, jobInstanceId);
        return byFile;
    }

    public void saveFindings(long jobInstanceId, List<Finding> findings) {
        jdbc.batchUpdate("INSERT INTO intake_finding (job_instance_id, severity, code, source_file, sheet_name, field, message) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", findings, findings.size(), (ps, f) -> {
                    ps.setLong(1, jobInstanceId);
                    ps.setString(2, f.severity().name());
                    ps.setString(3, f.code());
                    ps.setString(4, f.file());
                    ps.setString(5, f.sheet());
                    ps.setString(6, f.field());
                    ps.setString(7, f.message());
                });
    }

    public List<Finding> findings(long jobInstanceId) {
        return jdbc.query("SELECT severity, code, source_file, sheet_name, field, message FROM intake_finding "
                + "WHERE job_instance_id = ? ORDER BY id", (rs, i) -> new Finding(Severity.valueOf(rs.getString(1)),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)), jobInstanceId);
    }

    /** The newest run that read a version; empty when no run read it ({@code validate} keeps no findings). */
    public Optional<RunReading> newestReading(PlanSheetVersion version) {
        return jdbc.query("SELECT job_instance_id, source_file, sheet_name FROM intake_sheet WHERE version_id = ? "
                + "ORDER BY job_instance_id DESC FETCH FIRST 1 ROWS ONLY",
                (rs, i) -> new RunReading(version.planNo(), rs.getLong(1), version.receivedAt(),
                        List.of(new SheetRead(rs.getString(2), rs.getString(3)))), version.id()).stream().findFirst();
    }

    /** Every stored version of a year, per plan, the one that counts first (one query). */
    public java.util.Map<Integer, List<PlanSheetVersion>> versionsOfYear(int fiscalYear) {
        return byPlan(jdbc.query("SELECT " + VERSION_COLUMNS + " FROM plan_sheet_version WHERE fiscal_year = ?",
                this::mapVersion, fiscalYear));
    }

    /**
     * As {@link #versionsOfYear}, without the sheets ({@link PlanSheetVersion#sheet()} is null): which
     * versions there are and which counts, for the portal's status of a year's every plan, without
     * reading a thousand sheets back. {@link #gradesOfYear} adds each one's 年次評価.
     */
    public java.util.Map<Integer, List<PlanSheetVersion>> metadataOfYear(int fiscalYear) {
        return byPlan(jdbc.query("SELECT " + METADATA_COLUMNS + " FROM plan_sheet_version WHERE fiscal_year = ?",
                (rs, row) -> mapVersion(rs, (PlanSheet) null), fiscalYear));
    }

    /** Versions per plan, the one that counts first. */
    private static java.util.Map<Integer, List<PlanSheetVersion>> byPlan(List<PlanSheetVersion> versions) {
        java.util.Map<Integer, List<PlanSheetVersion>> byPlan = new java.util.TreeMap<>();
        versions.forEach(v -> byPlan.computeIfAbsent(v.planNo(), n -> new java.util.ArrayList<>()).add(v));
        byPlan.replaceAll((n, list) -> list.stream().sorted(PlanSheetVersion.COUNTS_FIRST).toList());
        return byPlan;
    }

    /** The 年次評価 of every version of a year that has one, by version id. */
    public java.util.Map<Long, String> gradesOfYear(int fiscalYear) {
        java.util.Map<Long, String> grades = new java.util.HashMap<>();
        jdbc.query("SELECT id, grade FROM plan_sheet_version WHERE fiscal_year = ? AND grade IS NOT NULL",
                (RowCallbackHandler) rs -> grades.put(rs.getLong(1), rs.getString(2)), fiscalYear);
        return grades;
    }

    private PlanSheetVersion mapVersion(ResultSet rs, int row) throws SQLException {
        return mapVersion(rs, fromJson(rs.getString(12)));
    }

    private static PlanSheetVersion mapVersion(ResultSet rs, PlanSheet sheet) throws SQLException {
        return new PlanSheetVersion(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getLong(7), rs.getTimestamp(8).toInstant(), rs.getTimestamp(9).toInstant(),
                rs.getTimestamp(10).toInstant(), rs.getBoolean(11), sheet);
    }

    private String toJson(PlanSheet sheet) {
        try {
            return json.writeValueAsString(sheet);
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot store plan sheet " + sheet.planNo(), e);
        }
    }

    private PlanSheet fromJson(String text) {
        try {
            return json.readValue(text, PlanSheet.class);
        } catch (JacksonException e) {
            throw new IllegalStateException("stored plan sheet is unreadable", e);
        }
    }
}
