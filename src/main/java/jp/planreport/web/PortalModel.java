package jp.planreport.web;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

import jp.planreport.intake.PlanMasterException;
import jp.planreport.model.FiscalYears;
import jp.planreport.model.PlanMaster;
import jp.planreport.model.PlanMasterEntry;
import jp.planreport.service.YearInputs;

/**
 * What every page needs: the signed-in person, the years, and the checks that end a request with a
 * Japanese page: 404 for a year or plan that does not exist, 403 for another department's.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Component
class PortalModel {

    /** A year, plan, version or file that is not there. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    private final YearInputs years;
    private final jp.planreport.config.DeadlineProperties deadlines;
    private final jp.planreport.config.OfficeTime time;

    PortalModel(YearInputs years, jp.planreport.config.DeadlineProperties deadlines, jp.planreport.config.OfficeTime time) {
        this.years = years;
        this.deadlines = deadlines;
        this.time = time;
    }

    /** The year's 提出期限 and the days left, when one is configured. */
    void deadline(org.springframework.ui.Model model, int year) {
        deadlines.of(year).ifPresent(deadline -> {
            model.addAttribute("deadline", FiscalYears.date(deadline));
            model.addAttribute("daysLeft", java.time.temporal.ChronoUnit.DAYS.between(time.today(), deadline));
        });
    }

    List<Integer> years() {
        return years.years();
    }

    /** The newest year with a plans.csv. */
    int currentYear() {
        List<Integer> all = years.years();
        if (all.isEmpty()) {
            throw new NotFound("入力フォルダに年度（plans.csv）がありません。");
        }
        return all.get(0);
    }

    PlanMaster master(int fiscalYear) {
        try {
            return years.master(fiscalYear).orElseThrow(() -> new NotFound(FiscalYears.label(fiscalYear) + "のプラン一覧がありません。"));
        } catch (PlanMasterException e) {
            throw new NotFound(FiscalYears.label(fiscalYear) + "のプラン一覧（plans.csv）に誤りがあります: "
                    + String.join(" ", e.problems()));
        }
    }

    /** The plan, when the person may see it (its lead department is theirs, or they are the office). */
    PlanMasterEntry plan(PlanMaster master, int planNo, PortalUser user) {
        PlanMasterEntry plan = master.plan(planNo).orElseThrow(() -> new NotFound("プラン " + planNo + " はありません。"));
        department(master, plan.leadDepartment(), user);
        return plan;
    }

    /** The department, when the person may see it. */
    String department(PlanMaster master, String department, PortalUser user) {
        if (!user.maySee(department)) {
            throw new AccessDeniedException("department " + department);
        }
        if (master.plans().stream().noneMatch(p -> p.leadDepartment().equals(department))) {
            throw new NotFound("課「" + department + "」が担当するプランはありません。");
        }
        return department;
    }

    /** Ends the request with 403 unless the person is the planning office. */
    static void officeOnly(PortalUser user) {
        if (user == null || !user.office()) {
            throw new AccessDeniedException("office only");
        }
    }

    /** The year every page shows, and the years to choose from. */
    void yearModel(org.springframework.ui.Model model, int year) {
        model.addAttribute("year", year);
        model.addAttribute("yearLabel", FiscalYears.label(year));
        model.addAttribute("years", years());
    }

    /** The departments that lead plans, in the master's order. */
    static List<String> departments(PlanMaster master) {
        return master.plans().stream().map(PlanMasterEntry::leadDepartment).distinct().toList();
    }

    /** Adds the person to every page and turns the checks into pages. */
    @ControllerAdvice(assignableTypes = {PortalController.class, AdminController.class, DashboardController.class,
            RunsController.class})
    static class Pages {

        @ModelAttribute("me")
        PortalUser me(@AuthenticationPrincipal PortalUser user) {
            return user;
        }

        @ExceptionHandler(NotFound.class)
        @ResponseStatus(HttpStatus.NOT_FOUND)
        ModelAndView notFound(NotFound e) {
            ModelAndView page = new ModelAndView("problem");
            page.addObject("title", "見つかりません");
            page.addObject("message", e.getMessage());
            return page;
        }

        private final org.springframework.core.env.Environment environment;

        Pages(org.springframework.core.env.Environment environment) {
            this.environment = environment;
        }

        @ExceptionHandler(MaxUploadSizeExceededException.class)
        @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
        ModelAndView tooLarge() {
            ModelAndView page = new ModelAndView("problem");
            page.addObject("title", "ファイルが大きすぎます");
            page.addObject("message", "アップロードできるのは 1 ファイル " + environment.getProperty("spring.servlet.multipart.max-file-size", "20MB")
                    + " までです（一度に送る合計は " + environment.getProperty("spring.servlet.multipart.max-request-size", "200MB")
                    + " まで）。不要な画像や行を削除して保存し直してください。");
            return page;
        }
    }
}
