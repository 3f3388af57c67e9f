package jp.planreport.web;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import jp.planreport.aggregate.Completion;
import jp.planreport.config.PlanReportProperties;
import jp.planreport.model.GradeScale;
import jp.planreport.model.PlanMaster;
import jp.planreport.service.Reminders;
import jp.planreport.service.SubmissionStatus;

/**
 * 取りまとめ状況 (office): completion per 方針 and department, the grade distribution of the valid
 * plans, who to chase and the reminder to send them.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class DashboardController {

    /** A department to chase: its counts, its open plans with findings, and the reminder. */
    public record Chase(Completion.Line department, List<Reminders.OpenPlan> open, Reminders.Reminder reminder) {
    }

    /** One row of the grade table: a 方針 or the year, its valid plans per grade of the scale and their sum. */
    public record GradeRow(String label, List<Long> counts, long valid) {

        static GradeRow of(String label, java.util.Map<String, Long> counts) {
            return new GradeRow(label, List.copyOf(counts.values()), counts.values().stream().mapToLong(Long::longValue).sum());
        }

        /** A grade's share of the valid plans in percent, rounded down (0 when none is valid yet). */
        public long percent(int grade) {
            return valid == 0 ? 0 : counts.get(grade) * 100 / valid;
        }

        /** A bar's length for the chart: the largest count fills {@code width}. */
        public long bar(int grade, int width) {
            long max = counts.stream().mapToLong(Long::longValue).max().orElse(0);
            return max == 0 ? 0 : counts.get(grade) * width / max;
        }
    }

    private final PortalModel portal;
    private final SubmissionStatus status;
    private final Reminders reminders;

    private final GradeScale scale;

    DashboardController(PortalModel portal, SubmissionStatus status, Reminders reminders, PlanReportProperties properties) {
        this.portal = portal;
        this.status = status;
        this.reminders = reminders;
        this.scale = properties.gradeScale();
    }

    @GetMapping("/{year}/dashboard")
    String dashboard(@PathVariable int year, @AuthenticationPrincipal PortalUser user, Model model) {
        PortalModel.officeOnly(user);
        PlanMaster master = portal.master(year);
        Completion completion = status.completion(master);
        List<Chase> chase = completion.departmentsToChase().stream().map(d -> {
            List<Reminders.OpenPlan> open = reminders.open(d);
            return new Chase(d, open, reminders.of(year, d, open));
        }).toList();
        portal.yearModel(model, year);
        model.addAttribute("completion", completion);
        model.addAttribute("chase", chase);
        model.addAttribute("grades", scale.grades());
        model.addAttribute("gradeRows", completion.policies().stream().map(p -> GradeRow.of(p.label(), completion.grades(p, scale.codes()))).toList());
        model.addAttribute("gradeTotal", GradeRow.of("全体", completion.grades(scale.codes())));
        portal.deadline(model, year);
        return "dashboard";
    }
}
