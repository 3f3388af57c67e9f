package jp.planreport.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.planreport.config.OfficeTime;
import jp.planreport.job.BackgroundRuns;
import jp.planreport.job.JobParameterNames;
import jp.planreport.job.OutputCatalog;
import jp.planreport.job.RollupJobConfiguration;
import jp.planreport.job.RollupSchedule;
import jp.planreport.job.RunLocking;
import jp.planreport.job.RunRecords;
import jp.planreport.model.FiscalYears;
import jp.planreport.store.AuditLog;
import jp.planreport.store.SubmissionStore;

/**
 * The office's runs, outputs and audit log: 実行 (start a roll-up or the year-end compilation, watch
 * it live, stop, restart, history), 出力 (every edition to download) and 監査ログ; and the runs API.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class RunsController {

    /** How many runs of each job the history looks at. */
    private static final int HISTORY = 200;

    /** A step's line. */
    public record StepRow(String name, String label, String batchStatus, String status, long read, long skipped, long written, String duration) {
    }

    /** A run's line: what the pages and the API show of one job execution. */
    public record RunRow(long id, String job, String jobLabel, Long year, String yearLabel, String conditions, String started,
                         String ended, String duration, String status, String statusLabel, boolean running, boolean restartable,
                         List<StepRow> steps, String edition) {

        public String statusClass() {
            return switch (status) {
                case "COMPLETED" -> "valid";
                case "FAILED", "ABANDONED", "UNKNOWN" -> "invalid";
                default -> "missing";
            };
        }
    }

    private final PortalModel portal;
    private final BackgroundRuns background;
    private final RunRecords records;
    private final RunEvents events;
    private final OutputCatalog outputs;
    private final RollupSchedule schedule;
    private final SubmissionStore store;
    private final AuditLog audit;
    private final OfficeTime time;

    RunsController(PortalModel portal, BackgroundRuns background, RunRecords records, RunEvents events, OutputCatalog outputs,
                   RollupSchedule schedule, SubmissionStore store, AuditLog audit, OfficeTime time) {
        this.portal = portal;
        this.background = background;
        this.records = records;
        this.events = events;
        this.outputs = outputs;
        this.schedule = schedule;
        this.store = store;
        this.audit = audit;
        this.time = time;
    }

    @GetMapping("/runs")
    String runs(@RequestParam(required = false) String job, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) String status, @AuthenticationPrincipal PortalUser user, Model model) {
        PortalModel.officeOnly(user);
        List<JobExecution> all = records.newest(HISTORY);
        List<RunRow> rows = all.stream().map(this::row)
                .filter(r -> job == null || job.isBlank() || r.job().equals(job))
                .filter(r -> year == null || year.equals(r.year() == null ? null : r.year().intValue()))
                .filter(r -> status == null || status.isBlank() || r.status().equals(status))
                .toList();
        List<Integer> years = portal.years();
        model.addAttribute("years", years);
        if (!years.isEmpty()) {
            model.addAttribute("year", years.get(0));
            model.addAttribute("yearLabel", FiscalYears.label(years.get(0)));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("filterJob", job == null ? "" : job);
        model.addAttribute("filterYear", year);
        model.addAttribute("filterStatus", status == null ? "" : status);
        model.addAttribute("jobs", RunRecords.JOB_LABELS);
        model.addAttribute("statuses", List.of(BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.STARTED));
        model.addAttribute("nextRollup", OfficeTime.format(schedule.nextAfter(Instant.now()).toLocalDateTime()));
        model.addAttribute("cron", schedule.describe());
        model.addAttribute("running", all.stream().filter(JobExecution::isRunning).findFirst().map(this::row).orElse(null));
        lastRollup(all).ifPresent(last -> {
            model.addAttribute("lastRollup", last);
            model.addAttribute("lastRollupFailed", last.status().equals("FAILED") || last.status().equals("ABANDONED"));
        });
        return "runs";
    }

    /** The newest roll-up, scheduled or not: what the night left. */
    private Optional<RunRow> lastRollup(List<JobExecution> all) {
        return all.stream().filter(e -> e.getJobInstance().getJobName().equals(RollupJobConfiguration.JOB_NAME))
                .filter(e -> !e.isRunning()).findFirst().map(this::row);
    }

    @PostMapping("/runs")
    String start(@RequestParam String job, @RequestParam int year, @RequestParam(defaultValue = "false") boolean allowIncomplete,
                 @RequestParam(defaultValue = "false") boolean force, @AuthenticationPrincipal PortalUser user,
                 RedirectAttributes next) {
        PortalModel.officeOnly(user);
        portal.master(year);
        try {
            BackgroundRuns.Outcome outcome = background.start(checkedJob(job), year, allowIncomplete, force);
            audit.record(user.login(), AuditLog.Action.RUN_START, RunRecords.jobLabel(jobName(job)) + " " + FiscalYears.label(year),
                    outcome.executionId().map(id -> "実行 " + id).orElse(String.join(" ", outcome.messages())));
            if (outcome.executionId().isPresent()) {
                return "redirect:/runs/" + outcome.executionId().get();
            }
            next.addFlashAttribute("problem", String.join(" ", outcome.messages()));
        } catch (RunLocking.Busy e) {
            next.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/runs";
    }

    @GetMapping("/runs/{id}")
    String run(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
        PortalModel.officeOnly(user);
        JobExecution execution = execution(id);
        RunRow row = row(execution);
        model.addAttribute("run", row);
        model.addAttribute("findings", store.findings(execution.getJobInstance().getInstanceId()));
        model.addAttribute("said", background.said(id));
        model.addAttribute("failures", execution.getAllFailureExceptions().stream().map(Throwable::getMessage).distinct().toList());
        model.addAttribute("outputs", row.year() == null || execution.getStatus() != BatchStatus.COMPLETED ? List.of()
                : outputs.of(row.year().intValue()).stream().filter(o -> o.edition().equals(row.edition())).toList());
        model.addAttribute("years", portal.years());
        if (row.year() != null) {
            model.addAttribute("year", row.year().intValue());
        }
        return "run";
    }

    /** Whether the run still runs, for the page's script (it may have ended before the page listened). */
    @GetMapping("/runs/{id}/state")
    @ResponseBody
    Map<String, Object> state(@PathVariable long id, @AuthenticationPrincipal PortalUser user) {
        PortalModel.officeOnly(user);
        RunRow row = row(execution(id));
        return Map.of("running", row.running(), "label", row.statusLabel());
    }

    @PostMapping("/runs/{id}/stop")
    String stop(@PathVariable long id, @AuthenticationPrincipal PortalUser user, RedirectAttributes next) {
        PortalModel.officeOnly(user);
        execution(id);
        boolean stopping = background.stop(id);
        audit.record(user.login(), AuditLog.Action.RUN_STOP, "実行 " + id, stopping ? "停止を指示" : "実行中ではない");
        next.addFlashAttribute(stopping ? "done" : "problem", stopping ? "停止を指示しました。実行中の手順の区切りで止まります。"
                : "この実行は実行中ではありません。");
        return "redirect:/runs/" + id;
    }

    @PostMapping("/runs/{id}/restart")
    String restart(@PathVariable long id, @AuthenticationPrincipal PortalUser user, RedirectAttributes next) {
        PortalModel.officeOnly(user);
        execution(id);
        try {
            BackgroundRuns.Outcome outcome = background.restart(id);
            audit.record(user.login(), AuditLog.Action.RUN_RESTART, "実行 " + id,
                    outcome.executionId().map(n -> "実行 " + n).orElse(String.join(" ", outcome.messages())));
            if (outcome.executionId().isPresent()) {
                return "redirect:/runs/" + outcome.executionId().get();
            }
            next.addFlashAttribute("problem", String.join(" ", outcome.messages()));
        } catch (RunLocking.Busy e) {
            next.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/runs/" + id;
    }

    @GetMapping(path = "/runs/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter live(@AuthenticationPrincipal PortalUser user) {
        PortalModel.officeOnly(user);
        return events.subscribe();
    }

    @GetMapping("/{year}/outputs")
    String outputs(@PathVariable int year, @AuthenticationPrincipal PortalUser user, Model model) {
        PortalModel.officeOnly(user);
        portal.master(year);
        portal.yearModel(model, year);
        model.addAttribute("outputs", outputs.of(year));
        return "outputs";
    }

    /** The year selector of 出力. */
    @GetMapping("/outputs")
    String outputsOf(@RequestParam int year, @AuthenticationPrincipal PortalUser user) {
        PortalModel.officeOnly(user);
        return "redirect:/" + year + "/outputs";
    }

    @GetMapping("/{year}/outputs/{edition}/{kind}")
    ResponseEntity<Resource> download(@PathVariable int year, @PathVariable String edition, @PathVariable String kind,
                                      @AuthenticationPrincipal PortalUser user) {
        PortalModel.officeOnly(user);
        OutputCatalog.Output output = outputs.find(year, edition, kind)
                .orElseThrow(() -> new PortalModel.NotFound("その出力はありません（" + FiscalYears.label(year) + "、" + edition + "）。"));
        audit.record(user.login(), AuditLog.Action.DOWNLOAD, "出力 " + FiscalYears.label(year) + " " + edition, output.fileName());
        MediaType type = output.kind().equals("report") ? MediaType.APPLICATION_PDF
                : MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return ResponseEntity.ok().contentType(type).contentLength(output.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(output.fileName(), StandardCharsets.UTF_8)
                        .build().toString())
                .body(new FileSystemResource(output.path()));
    }

    @GetMapping("/audit")
    String audit(@RequestParam(required = false) String login, @RequestParam(required = false) String action,
                 @RequestParam(defaultValue = "200") int limit, @AuthenticationPrincipal PortalUser user, Model model) {
        PortalModel.officeOnly(user);
        AuditLog.Action chosen = null;
        if (action != null && !action.isBlank()) {
            try {
                chosen = AuditLog.Action.valueOf(action);
            } catch (IllegalArgumentException e) {
                chosen = null;
            }
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (AuditLog.Entry entry : audit.newest(Math.min(Math.max(limit, 1), 1000), login, chosen)) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("at", OfficeTime.format(time.local(entry.at())));
            row.put("login", entry.login());
            row.put("action", entry.action().label());
            row.put("target", entry.target() == null ? "" : entry.target());
            row.put("detail", entry.detail() == null ? "" : entry.detail());
            rows.add(row);
        }
        List<Integer> years = portal.years();
        model.addAttribute("years", years);
        if (!years.isEmpty()) {
            model.addAttribute("year", years.get(0));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("actions", AuditLog.Action.values());
        model.addAttribute("filterLogin", login == null ? "" : login);
        model.addAttribute("filterAction", chosen == null ? "" : chosen.name());
        return "audit";
    }

    // ---- the runs API (HTTP Basic, office only) ----

    @PostMapping("/api/{year}/runs")
    @ResponseBody
    ResponseEntity<Map<String, Object>> apiStart(@PathVariable int year, @RequestParam String job,
                                                 @RequestParam(defaultValue = "false") boolean allowIncomplete,
                                                 @RequestParam(defaultValue = "false") boolean force,
                                                 @AuthenticationPrincipal PortalUser user) {
        PortalModel.officeOnly(user);
        portal.master(year);
        try {
            BackgroundRuns.Outcome outcome = background.start(checkedJob(job), year, allowIncomplete, force);
            audit.record(user.login(), AuditLog.Action.RUN_START, RunRecords.jobLabel(jobName(job)) + " " + FiscalYears.label(year),
                    outcome.executionId().map(id -> "実行 " + id + "（API）").orElse(String.join(" ", outcome.messages())));
            if (outcome.executionId().isPresent()) {
                return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("id", outcome.executionId().get()));
            }
            return ResponseEntity.ok(Map.of("message", String.join(" ", outcome.messages())));
        } catch (RunLocking.Busy e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("message", e.getMessage()));
        }
    }

    @GetMapping("/api/runs/{id}")
    @ResponseBody
    Map<String, Object> apiRun(@PathVariable long id, @AuthenticationPrincipal PortalUser user) {
        PortalModel.officeOnly(user);
        JobExecution execution = execution(id);
        RunRow row = row(execution);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", row.id());
        body.put("job", row.job());
        body.put("status", row.status());
        body.put("steps", row.steps().stream().map(s -> {
            Map<String, Object> step = new LinkedHashMap<>(); // in the order of spec/portal.md
            step.put("name", s.name());
            step.put("status", s.batchStatus());
            step.put("read", s.read());
            step.put("written", s.written());
            return step;
        }).toList());
        body.put("outputs", row.year() == null || execution.getStatus() != BatchStatus.COMPLETED ? List.of()
                : outputs.of(row.year().intValue()).stream().filter(o -> o.edition().equals(row.edition()))
                        .map(o -> "/" + row.year() + "/outputs/" + o.edition() + "/" + o.kind()).toList());
        return body;
    }

    /** {@code rollup} or {@code compile}; anything else is a page that does not exist. */
    private static String checkedJob(String job) {
        if (!"rollup".equals(job) && !"compile".equals(job)) {
            throw new PortalModel.NotFound("ジョブ「" + job + "」はありません（rollup または compile）。");
        }
        return job;
    }

    private static String jobName(String job) {
        return "rollup".equals(job) ? RollupJobConfiguration.JOB_NAME : jp.planreport.job.YearEndCompilationJobConfiguration.JOB_NAME;
    }

    private JobExecution execution(long id) {
        JobExecution execution = records.execution(id);
        if (execution == null) {
            throw new PortalModel.NotFound("実行 " + id + " はありません。");
        }
        return execution;
    }

    private RunRow row(JobExecution e) {
        String job = e.getJobInstance().getJobName().equals(RollupJobConfiguration.JOB_NAME) ? "rollup" : "compile";
        Long year = e.getJobParameters().getLong(JobParameterNames.FISCAL_YEAR);
        List<StepRow> steps = e.getStepExecutions().stream().filter(s -> !s.getStepName().contains(":"))
                .sorted(java.util.Comparator.comparing(StepExecution::getId))
                .map(s -> new StepRow(s.getStepName(), RunRecords.stepLabel(s.getStepName()), s.getStatus().name(), RunRecords.statusLabel(s.getStatus()), s.getReadCount(), s.getSkipCount(),
                        s.getWriteCount(), duration(s.getStartTime(), s.getEndTime()))).toList();
        String rollupDate = e.getJobParameters().getString(JobParameterNames.ROLLUP_DATE);
        List<String> conditions = new ArrayList<>();
        if (rollupDate != null) {
            conditions.add(rollupDate);
        }
        if (Boolean.parseBoolean(e.getJobParameters().getString(JobParameterNames.ALLOW_INCOMPLETE))) {
            conditions.add("未提出のまま作成");
        }
        if (e.getJobParameters().getString(JobParameterNames.REBUILD) != null) {
            conditions.add("作り直し");
        }
        boolean restartable = e.getStatus() == BatchStatus.FAILED || e.getStatus() == BatchStatus.STOPPED;
        return new RunRow(e.getId(), job, RunRecords.jobLabel(e.getJobInstance().getJobName()), year,
                year == null ? "—" : FiscalYears.label(year.intValue()), String.join("、", conditions), time.show(e.getStartTime()),
                e.getEndTime() == null ? "—" : time.show(e.getEndTime()), duration(e.getStartTime(), e.getEndTime()), e.getStatus().name(),
                RunRecords.status(e, "実行中"), e.isRunning(), restartable, steps,
                rollupDate != null ? rollupDate : OutputCatalog.FINAL);
    }

    private static String duration(LocalDateTime start, LocalDateTime end) {
        if (start == null) {
            return "—";
        }
        Duration d = Duration.between(start, end == null ? LocalDateTime.now() : end);
        long seconds = d.getSeconds();
        return seconds >= 60 ? seconds / 60 + " 分 " + seconds % 60 + " 秒" : String.format("%.1f 秒", d.toMillis() / 1000.0);
    }
}
