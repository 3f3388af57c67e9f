package jp.planreport.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jp.planreport.aggregate.SubmissionProgress.PlanProgress;
import jp.planreport.config.OfficeTime;
import jp.planreport.config.TemporaryFolder;
import jp.planreport.model.Finding;
import jp.planreport.model.FiscalYears;
import jp.planreport.model.PlanMaster;
import jp.planreport.model.PlanMasterEntry;
import jp.planreport.service.DepartmentTemplates;
import jp.planreport.service.PlanSheetPreview;
import jp.planreport.service.SubmissionStatus;
import jp.planreport.service.SubmissionUpload;
import jp.planreport.service.VersionFiles;
import jp.planreport.store.AuditLog;
import jp.planreport.store.PlanSheetVersion;
import jp.planreport.store.SubmissionStore;

/** The pages of a department (and the office looking at one): ホーム, アップロード結果, プラン, 様式. */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class PortalController {

    private final PortalModel portal;
    private final SubmissionStatus status;
    private final SubmissionUpload upload;
    private final SubmissionStore store;
    private final PlanSheetPreview preview;
    private final DepartmentTemplates templates;
    private final VersionFiles files;
    private final OfficeTime time;
    private final AuditLog audit;
    private final TemporaryFolder temporary;
    private final jp.planreport.service.PlanVersions planVersions;

    PortalController(PortalModel portal, SubmissionStatus status, SubmissionUpload upload, SubmissionStore store,
                     PlanSheetPreview preview, DepartmentTemplates templates, VersionFiles files,
                     OfficeTime time, AuditLog audit, TemporaryFolder temporary,
                     jp.planreport.service.PlanVersions planVersions) {
        this.planVersions = planVersions;
        this.portal = portal;
        this.status = status;
        this.upload = upload;
        this.store = store;
        this.preview = preview;
        this.templates = templates;
        this.files = files;
        this.time = time;
        this.audit = audit;
        this.temporary = temporary;
    }

    @GetMapping("/")
    String start(@AuthenticationPrincipal PortalUser user) {
        if (user.role() == jp.planreport.model.Role.ADMIN) {
            return "redirect:/admin/accounts";
        }
        int year = portal.currentYear();
        return user.office() ? "redirect:/" + year + "/departments"
                : "redirect:/" + year + "/departments/" + encode(user.department());
    }

    /** The office's way in: every department with its counts. */
    @GetMapping("/{year}/departments")
    String departments(@PathVariable int year, @AuthenticationPrincipal PortalUser user, Model model) {
        PortalModel.officeOnly(user);
        PlanMaster master = portal.master(year);
        yearModel(model, year);
        model.addAttribute("rows", status.completion(master).departments());
        return "departments";
    }

    @GetMapping("/{year}/departments/{department}")
    String home(@PathVariable int year, @PathVariable String department, @AuthenticationPrincipal PortalUser user, Model model) {
        PlanMaster master = portal.master(year);
        portal.department(master, department, user);
        Map<Long, String> uploaders = status.uploaders(year);
        List<PageRows.PlanRow> rows = status.of(master).stream().filter(p -> p.plan().leadDepartment().equals(department))
                .map(p -> row(p, uploaders)).toList();
        yearModel(model, year);
        model.addAttribute("department", department);
        model.addAttribute("rows", rows);
        portal.deadline(model, year);
        return "home";
    }

    @PostMapping("/{year}/submissions")
    String submit(@PathVariable int year, @RequestParam(name = "files", required = false) List<MultipartFile> sent,
                  @RequestParam(name = "department", required = false) String department,
                  @AuthenticationPrincipal PortalUser user, Model model) throws IOException {
        PlanMaster master = portal.master(year);
        List<SubmissionUpload.Outcome> outcomes = new ArrayList<>();
        for (MultipartFile file : sent == null ? List.<MultipartFile>of() : sent) {
            if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
                continue;
            }
            outcomes.add(accept(master, user, file));
        }
        yearModel(model, year);
        model.addAttribute("outcomes", outcomes);
        model.addAttribute("department", department != null && user.maySee(department) ? department : user.department());
        return "uploaded";
    }

    /** One file: kept or refused, or refused for carrying another department's plan. */
    private SubmissionUpload.Outcome accept(PlanMaster master, PortalUser user, MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return upload.upload(master, new SubmissionUpload.Uploader(user.login(), user.office() ? null : user.department()),
                    file.getOriginalFilename(), in);
        } catch (SubmissionUpload.NotYourPlans e) {
            return new SubmissionUpload.Outcome(e.finding().file(), false, null, user.department(), List.of(), List.of(),
                    List.of(e.finding()));
        }
    }

    @GetMapping("/{year}/plans/{planNo}")
    String plan(@PathVariable int year, @PathVariable int planNo, @AuthenticationPrincipal PortalUser user,
                @org.springframework.web.bind.annotation.RequestParam(required = false) Long from,
                @org.springframework.web.bind.annotation.RequestParam(required = false) Long to, Model model) {
        PlanMaster master = portal.master(year);
        PlanMasterEntry plan = portal.plan(master, planNo, user);
        PlanProgress progress = status.of(master).stream().filter(p -> p.plan().planNo() == planNo).findFirst().orElseThrow();
        Map<Long, String> uploaders = status.uploaders(year);
        List<Map<String, Object>> versions = new ArrayList<>();
        for (PlanSheetVersion v : store.versions(year, planNo)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", v.id());
            row.put("receivedAt", shown(v.receivedAt()));
            row.put("uploadedBy", uploaders.getOrDefault(v.id(), "—"));
            row.put("file", v.sourceFile());
            row.put("sheet", v.sheetName());
            row.put("yearEnd", v.yearEndRules());
            row.put("counts", progress.counted().map(c -> c.id() == v.id()).orElse(false));
            versions.add(row);
        }
        List<Finding> findings = status.findings(progress);
        yearModel(model, year);
        model.addAttribute("plan", plan);
        model.addAttribute("row", row(progress, uploaders));
        model.addAttribute("versions", versions);
        model.addAttribute("findings", findings);
        // what changed between two versions: the same comparison as the diff command
        model.addAttribute("comparison", planVersions.compare(year, planNo, from, to).orElse(null));
        model.addAttribute("latestUpload", progress.latestUpload().map(a -> shown(a.receivedAt()) + "（" + a.uploadedBy() + "）")
                .orElse(null));
        return "plan";
    }

    @GetMapping("/{year}/plans/{planNo}/versions/{id}/file")
    ResponseEntity<byte[]> download(@PathVariable int year, @PathVariable int planNo, @PathVariable long id,
                                    @AuthenticationPrincipal PortalUser user) throws IOException {
        PlanSheetVersion version = version(year, planNo, id, user);
        Path original = files.original(version).orElseThrow(() -> new PortalModel.NotFound(
                "この版の元のファイルは残っていません（提出フォルダから削除されたか、内容が変わっています）。"));
        audit.record(user.login(), AuditLog.Action.DOWNLOAD, "プラン" + planNo + " 版" + id, version.sourceFile());
        return attachment(Files.readAllBytes(original), "プラン" + planNo + "_版" + id + ".xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @GetMapping("/{year}/plans/{planNo}/versions/{id}/preview.pdf")
    ResponseEntity<byte[]> preview(@PathVariable int year, @PathVariable int planNo, @PathVariable long id,
                                   @AuthenticationPrincipal PortalUser user) throws IOException {
        PlanMaster master = portal.master(year);
        PlanMasterEntry plan = portal.plan(master, planNo, user);
        PlanSheetVersion version = version(year, planNo, id, user);
        byte[] pdf = preview.render(master, plan, version);
        audit.record(user.login(), AuditLog.Action.PREVIEW, "プラン" + planNo + " 版" + id, null);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("プラン" + planNo + "_版" + id + "_案.pdf", StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }

    @GetMapping("/{year}/departments/{department}/template.xlsx")
    ResponseEntity<byte[]> template(@PathVariable int year, @PathVariable String department,
                                    @AuthenticationPrincipal PortalUser user) throws IOException {
        PlanMaster master = portal.master(year);
        portal.department(master, department, user);
        var template = templates.of(master, department, true)
                .orElseThrow(() -> new PortalModel.NotFound("課「" + department + "」の様式はありません。"));
        Path target = temporary.createTempFile("template-", ".xlsx").toPath();
        try {
            templates.write(template, year, target);
            audit.record(user.login(), AuditLog.Action.TEMPLATE, department, FiscalYears.label(year));
            return attachment(Files.readAllBytes(target), template.fileName(),
                    MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        } finally {
            Files.deleteIfExists(target);
        }
    }

    /** The version, when it is one of this plan's and the person may see the plan. */
    private PlanSheetVersion version(int year, int planNo, long id, PortalUser user) {
        PlanMaster master = portal.master(year);
        portal.plan(master, planNo, user);
        return store.versions(year, planNo).stream().filter(v -> v.id() == id).findFirst()
                .orElseThrow(() -> new PortalModel.NotFound("プラン " + planNo + " に版 " + id + " はありません。"));
    }

    private PageRows.PlanRow row(PlanProgress p, Map<Long, String> uploaders) {
        Optional<PlanSheetVersion> counted = p.counted();
        return new PageRows.PlanRow(p.plan().planNo(), p.plan().planTitle(), p.plan().policyNo() + " " + p.plan().policyTitle(),
                p.status(), counted.map(v -> shown(v.receivedAt())).orElse("—"),
                counted.map(v -> uploaders.getOrDefault(v.id(), "—")).orElse("—"),
                counted.map(PlanSheetVersion::sourceFile).orElse("—"));
    }

    private void yearModel(Model model, int year) {
        portal.yearModel(model, year);
    }

    private String shown(Instant instant) {
        return OfficeTime.format(time.local(instant));
    }

    static String encode(String segment) {
        return org.springframework.web.util.UriUtils.encodePathSegment(segment, StandardCharsets.UTF_8);
    }

    private static ResponseEntity<byte[]> attachment(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8)
                        .build().toString())
                .body(body);
    }

}
