package jp.planreport.web;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import jp.planreport.aggregate.Completion;
import jp.planreport.model.PlanMaster;
import jp.planreport.service.Reminders;
import jp.planreport.service.SubmissionStatus;

/** 取りまとめ状況 (office): completion per 方針 and department, who to chase and the reminder to send them. */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class DashboardController {

    /** A department to chase: its counts, its open plans with findings, and the reminder. */
    public record Chase(Completion.Line department, List<Reminders.OpenPlan> open, Reminders.Reminder reminder) {
    }

    private final PortalModel portal;
    private final SubmissionStatus status;
    private final Reminders reminders;

    DashboardController(PortalModel portal, SubmissionStatus status, Reminders reminders) {
        this.portal = portal;
        this.status = status;
        this.reminders = reminders;
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
        portal.deadline(model, year);
        return "dashboard";
    }
}
