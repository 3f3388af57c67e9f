package jp.planreport.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import jp.planreport.config.PlanReportProperties;
import jp.planreport.config.TemporaryFolder;
import jp.planreport.intake.PlanSheetValidator;
import jp.planreport.intake.SubmissionFile;
import jp.planreport.intake.SubmissionFolder;
import jp.planreport.intake.SubmissionTemplates;
import jp.planreport.model.Finding;
import jp.planreport.model.FindingCode;
import jp.planreport.model.PlanMaster;
import jp.planreport.model.PlanMasterEntry;
import jp.planreport.store.AuditLog;
import jp.planreport.store.IntakeSheet;
import jp.planreport.store.UploadStore;

/**
 * One uploaded workbook, read by bytes with the batch intake's reader and judged by the year-end
 * rules (the verdict of {@code validate}). A file that is not a readable plan workbook is refused and
 * kept nowhere. A readable one is archived, placed under {@code submissions/<課>/} under a name the
 * program makes (so the next roll-up reads exactly it), and its accepted sheets go into the store
 * with the uploader. An earlier upload of the department whose plans the new one all carries leaves
 * the folder (its versions stay in the store), so a corrected workbook does not count twice.
 */
@Service
public class SubmissionUpload {

    /** The folder beside submissions/ that keeps every kept upload's original bytes, by upload id. */
    public static final String ARCHIVE = "portal-archive";
    private static final Logger log = LoggerFactory.getLogger(SubmissionUpload.class);
    private static final int MAX_LABEL = 200;

    /** Who uploads: a department's staff ({@code department} set) or the office (null: any department). */
    public record Uploader(String login, String department) {
    }

    /** What became of one file. {@code uploadId} is set when the file was kept. */
    public record Outcome(String file, boolean stored, Long uploadId, String department, List<Integer> accepted,
                          List<Integer> rejected, List<Finding> findings) {
    }

    /** The workbook carries plans another department leads: nothing is kept (HTTP 403). */
    public static final class NotYourPlans extends RuntimeException {
        private final transient Finding finding;

        NotYourPlans(Finding finding) {
            super(finding.message());
            this.finding = finding;
        }

        public Finding finding() {
            return finding;
        }
    }

    private final SubmissionIntake intake;
    private final UploadStore uploads;
    private final AuditLog audit;
    private final PlanReportProperties properties;
    private final TemporaryFolder temporary;
    /** reading runs in parallel; keeping is one at a time, so two uploads of one plan cannot interleave */
    private final ReentrantLock keeping = new ReentrantLock();

    private final DepartmentTemplates templates;

    public SubmissionUpload(SubmissionIntake intake, UploadStore uploads, AuditLog audit, PlanReportProperties properties,
                            TemporaryFolder temporary, DepartmentTemplates templates) {
        this.templates = templates;
        this.intake = intake;
        this.uploads = uploads;
        this.audit = audit;
        this.properties = properties;
        this.temporary = temporary;
    }

    /**
     * Reads the first department's template of the year {@code times} over, keeping nothing: a server
     * just started runs its first reads in the JIT's first tier, so a morning's first uploads would
     * wait longer than the later ones (docs/benchmarks.md). Nothing is stored, logged or audited.
     */
    public void rehearse(PlanMaster master, int times) throws IOException {
        Optional<SubmissionTemplates.DepartmentTemplate> template = templates.of(master, false).stream().findFirst();
        if (template.isEmpty()) {
            return;
        }
        Path file = temporary.createTempFile("rehearsal-", ".xlsx").toPath();
        try {
            templates.write(template.get(), master.fiscalYear(), file);
            PlanSheetValidator rules = intake.validator(master, properties.gradeScale(), true);
            for (int i = 0; i < times; i++) {
                intake.read(new SubmissionFile(file, template.get().fileName()), rules);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * @param originalName the name the person's computer gave: a label only, never a path
     * @throws NotYourPlans when a department's person sends another department's plan
     */
    public Outcome upload(PlanMaster master, Uploader uploader, String originalName, InputStream content) throws IOException {
        String label = label(originalName);
        Path received = temporary.createTempFile("upload-", ".xlsx").toPath();
        try {
            Files.copy(content, received, StandardCopyOption.REPLACE_EXISTING);
            // the reader judges the kind of file by its name's extension, as in the folder
            Path named = received.resolveSibling(received.getFileName() + "-" + extensionOf(label));
            Files.move(received, named);
            received = named;
            return judgeAndKeep(master, uploader, label, received);
        } finally {
            Files.deleteIfExists(received);
        }
    }

    private Outcome judgeAndKeep(PlanMaster master, Uploader uploader, String label, Path received) throws IOException {
        PlanSheetValidator validator = intake.validator(master, properties.gradeScale(), true);
        IntakeResult result = intake.read(new SubmissionFile(received, label), validator);
        List<Finding> findings = new ArrayList<>(result.findings());
        Set<Integer> plans = new TreeSet<>();
        result.sheets().forEach(s -> s.raw().planNo().ifPresent(plans::add));
        if (result.sheets().isEmpty()) {
            audit.record(uploader.login(), AuditLog.Action.UPLOAD_REFUSED, label, "読み取れないファイル");
            return new Outcome(label, false, null, uploader.department(), List.of(), List.of(), findings);
        }
        Set<String> leads = new LinkedHashSet<>();
        for (int planNo : plans) {
            Optional<PlanMasterEntry> plan = master.plan(planNo);
            if (plan.isEmpty()) {
                continue;
            }
            leads.add(plan.get().leadDepartment());
            if (uploader.department() != null && !uploader.department().equals(plan.get().leadDepartment())) {
                Finding refused = Finding.of(FindingCode.OTHER_DEPARTMENT_PLANS, label, null, null, planNo,
                        plan.get().leadDepartment());
                audit.record(uploader.login(), AuditLog.Action.UPLOAD_REFUSED, label, refused.message());
                throw new NotYourPlans(refused);
            }
        }
        String department = uploader.department() != null ? uploader.department() : leads.stream().findFirst().orElse(null);
        if (department == null) {
            findings.add(Finding.of(FindingCode.NO_KNOWN_PLAN, label, null, null));
            audit.record(uploader.login(), AuditLog.Action.UPLOAD_REFUSED, label, "担当課不明");
            return new Outcome(label, false, null, null, List.of(), List.copyOf(plans), findings);
        }
        keeping.lock();
        try {
            return keep(master, uploader, label, received, result, department, plans, findings);
        } finally {
            keeping.unlock();
        }
    }

    private Outcome keep(PlanMaster master, Uploader uploader, String label, Path received, IntakeResult result,
                         String department, Set<Integer> plans, List<Finding> findings) throws IOException {
        SubmissionFolder folder = SubmissionFolder.of(properties.input(), master.fiscalYear());
        Instant receivedAt = Instant.now();
        long id = uploads.insert(master.fiscalYear(), department, uploader.login(), label, "", result.checksum(),
                result.sizeBytes(), receivedAt);
        String storedName = folderName(department) + "/web-" + id + ".xlsx";
        Path archive = folder.yearFolder().resolve(ARCHIVE).resolve(id + ".xlsx");
        Path target = folder.submissions().resolve(storedName);
        Files.createDirectories(archive.getParent());
        Files.createDirectories(target.getParent());
        Files.copy(received, archive, StandardCopyOption.REPLACE_EXISTING);
        // placed whole: a roll-up listing the folder meanwhile never meets half a file
        Path part = archive.resolveSibling(id + ".xlsx.part");
        Files.copy(received, part, StandardCopyOption.REPLACE_EXISTING);
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        uploads.setStoredName(id, storedName);

        IntakeResult placed = new IntakeResult(new SubmissionFile(target, storedName), result.checksum(), result.sizeBytes(),
                result.modifiedAt(), result.sheets(), result.findings());
        List<IntakeSheet> seen = intake.keep(placed, receivedAt, true, null);
        List<Integer> accepted = new ArrayList<>();
        List<Integer> rejected = new ArrayList<>();
        for (IntakeSheet sheet : seen) {
            uploads.addSheet(id, sheet.sheet(), sheet.planNo(), sheet.accepted() ? sheet.version().id() : null);
            if (sheet.planNo() != null) {
                (sheet.accepted() ? accepted : rejected).add(sheet.planNo());
            }
        }
        uploads.addFindings(id, findings);
        replaceEarlier(folder, master.fiscalYear(), department, id, plans);
        audit.record(uploader.login(), AuditLog.Action.UPLOAD, label, "保存名 " + storedName + "、受付 " + accepted
                + "、不備 " + rejected);
        log.info("upload {} by {}: {} as {}, accepted {}, rejected {}", id, uploader.login(), label, storedName, accepted, rejected);
        return new Outcome(label, true, id, department, accepted, rejected, findings);
    }

    /** Earlier uploads whose plans this one all carries leave the folder: the office reads one workbook per plan. */
    private void replaceEarlier(SubmissionFolder folder, int fiscalYear, String department, long newId, Set<Integer> plans)
            throws IOException {
        for (UploadStore.Upload earlier : uploads.current(fiscalYear, department)) {
            if (earlier.id() == newId) {
                continue;
            }
            Set<Integer> earlierPlans = new TreeSet<>();
            uploads.sheets(earlier.id()).forEach(s -> {
                if (s.planNo() != null) {
                    earlierPlans.add(s.planNo());
                }
            });
            if (!earlierPlans.isEmpty() && plans.containsAll(earlierPlans)) {
                Files.deleteIfExists(folder.submissions().resolve(earlier.storedName()));
                uploads.markReplaced(earlier.id());
            }
        }
    }

    /**
     * The department's folder: its name from plans.csv (the office's file, not the uploader's), kept
     * only when it is a plain name; otherwise a name made from it.
     */
    static String folderName(String department) {
        boolean plain = !department.isBlank() && department.length() <= 100 && !department.equals(".") && !department.equals("..")
                && department.codePoints().noneMatch(c -> c < 0x20 || "/\\:*?\"<>|".indexOf(c) >= 0)
                && !department.startsWith(".") && !department.startsWith("~");
        return plain ? department : "dept-" + Integer.toHexString(department.hashCode());
    }

    /** The file's own name, without any folder a browser may send, control characters or excess length. */
    static String label(String originalName) {
        String name = originalName == null ? "" : originalName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints().filter(c -> c >= 0x20 && c != 0x7f)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.length() > MAX_LABEL) {
            name = name.substring(name.length() - MAX_LABEL);
        }
        return name.isEmpty() ? "名前のないファイル" : name;
    }

    private static String extensionOf(String label) {
        int dot = label.lastIndexOf('.');
        String extension = dot < 0 ? "" : label.substring(dot + 1);
        return extension.matches("[A-Za-z0-9]{1,10}") ? "upload." + extension : "upload";
    }
}
