package jp.planreport.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import jp.planreport.config.OfficeTime;
import jp.planreport.model.Finding;
import jp.planreport.model.PlanMaster;
import jp.planreport.service.SubmissionStatus;
import jp.planreport.service.SubmissionUpload;
import jp.planreport.store.SubmissionStore;

/** The API of spec/portal.md for the office's scripts: the same services and checks as the pages, as JSON. */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@RestController
class ApiController {

    private final PortalModel portal;
    private final SubmissionUpload upload;
    private final SubmissionStatus status;
    private final SubmissionStore store;
    private final OfficeTime time;

    ApiController(PortalModel portal, SubmissionUpload upload, SubmissionStatus status, SubmissionStore store, OfficeTime time) {
        this.portal = portal;
        this.upload = upload;
        this.status = status;
        this.store = store;
        this.time = time;
    }

    @PostMapping("/api/{year}/submissions")
    ResponseEntity<Map<String, Object>> submit(@PathVariable int year, @RequestParam("file") MultipartFile file,
                                               @AuthenticationPrincipal PortalUser user) throws IOException {
        PlanMaster master = portal.master(year);
        try (InputStream in = file.getInputStream()) {
            SubmissionUpload.Outcome outcome = upload.upload(master,
                    new SubmissionUpload.Uploader(user.login(), user.office() ? null : user.department()),
                    file.getOriginalFilename(), in);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("file", outcome.file());
            body.put("stored", outcome.stored());
            body.put("accepted", outcome.accepted());
            body.put("findings", outcome.findings().stream().map(ApiController::finding).toList());
            return ResponseEntity.ok(body);
        } catch (SubmissionUpload.NotYourPlans e) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("file", String.valueOf(e.finding().file()),
                    "stored", false, "accepted", List.of(), "findings", List.of(finding(e.finding()))));
        }
    }

    @GetMapping("/api/{year}/status")
    List<Map<String, Object>> status(@PathVariable int year, @AuthenticationPrincipal PortalUser user) {
        PlanMaster master = portal.master(year);
        Map<Long, String> uploaders = status.uploaders(year);
        return status.of(master).stream().filter(p -> user.maySee(p.plan().leadDepartment())).map(p -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("planNo", p.plan().planNo());
            row.put("department", p.plan().leadDepartment());
            row.put("status", p.status().label());
            row.put("acceptedAt", p.counted().map(v -> time.local(v.receivedAt()).toString()).orElse(null));
            row.put("uploadedBy", p.counted().map(v -> uploaders.get(v.id())).orElse(null));
            return row;
        }).toList();
    }

    @GetMapping("/api/{year}/plans/{planNo}/versions")
    List<Map<String, Object>> versions(@PathVariable int year, @PathVariable int planNo, @AuthenticationPrincipal PortalUser user) {
        PlanMaster master = portal.master(year);
        portal.plan(master, planNo, user);
        Map<Long, String> uploaders = status.uploaders(year);
        return store.versions(year, planNo).stream().map(v -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", v.id());
            row.put("receivedAt", time.local(v.receivedAt()).toString());
            row.put("file", v.sourceFile());
            row.put("sheet", v.sheetName());
            row.put("checksum", v.checksum());
            row.put("uploadedBy", uploaders.get(v.id()));
            row.put("yearEndRules", v.yearEndRules());
            return row;
        }).toList();
    }

    @ExceptionHandler(PortalModel.NotFound.class)
    ResponseEntity<Map<String, String>> notFound(PortalModel.NotFound e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, String>> forbidden() {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", "このプラン・課の情報を見る権限がありません。"));
    }

    private static Map<String, Object> finding(Finding f) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("severity", f.severity().name());
        row.put("code", f.code());
        row.put("sheet", f.sheet());
        row.put("field", f.field());
        row.put("message", f.message());
        return row;
    }
}
