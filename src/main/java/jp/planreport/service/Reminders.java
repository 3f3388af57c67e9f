package jp.planreport.service;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import jp.planreport.aggregate.Completion;
import jp.planreport.aggregate.PlanStatus;
import jp.planreport.aggregate.SubmissionProgress.PlanProgress;
import jp.planreport.config.DeadlineProperties;
import jp.planreport.config.DepartmentProperties;
import jp.planreport.config.OfficeTime;
import jp.planreport.model.Finding;
import jp.planreport.model.FiscalYears;

/**
 * The office's reminder to a department with plans still missing or invalid: a Japanese mail text
 * naming each plan and what is wrong, with the deadline and the days left; a mailto link when the
 * department's address is configured ({@link DepartmentProperties}).
 */
@Service
public class Reminders {

    /** How many findings of one plan the text quotes; the portal's plan page has them all. */
    private static final int FINDINGS_QUOTED = 5;

    /** One department's reminder. */
    public record Reminder(String department, String subject, String body, Optional<String> mail) {

        /** {@code mailto:} with subject and body, when the address is known; spaces as %20, as mail programs expect. */
        public Optional<String> mailto() {
            return mail.map(m -> "mailto:" + m + "?subject=" + encode(subject) + "&body=" + encode(body));
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }

    /** A plan still to chase and why. */
    public record OpenPlan(PlanProgress plan, List<Finding> findings) {
    }

    private final SubmissionStatus status;
    private final DeadlineProperties deadlines;
    private final DepartmentProperties departments;
    private final OfficeTime time;

    public Reminders(SubmissionStatus status, DeadlineProperties deadlines, DepartmentProperties departments, OfficeTime time) {
        this.status = status;
        this.deadlines = deadlines;
        this.departments = departments;
        this.time = time;
    }

    /** The plans of a department still missing or invalid, each with the findings of its newest upload. */
    public List<OpenPlan> open(Completion.Line department) {
        return department.open().stream().map(p -> new OpenPlan(p, status.findings(p))).toList();
    }

    public Reminder of(int fiscalYear, Completion.Line department, List<OpenPlan> open) {
        String year = FiscalYears.label(fiscalYear);
        String subject = "【依頼】" + year + " 行革プラン 進捗・評価シートの提出について（" + department.key() + "）";
        List<String> lines = new ArrayList<>();
        lines.add(department.key() + " ご担当者様");
        lines.add("");
        lines.add("企画経営課です。" + year + " 行革プランの進捗・評価シートについて、次のプランがまだ受付済になっていません。");
        deadlines.of(fiscalYear).ifPresent(deadline -> lines.add(deadlineLine(deadline)));
        lines.add("");
        for (OpenPlan p : open) {
            var plan = p.plan().plan();
            lines.add("・プラン" + plan.planNo() + "「" + plan.planTitle() + "」: " + p.plan().status().label());
            if (p.plan().status() == PlanStatus.MISSING) {
                lines.add("    シートが届いていません。");
            } else {
                List<Finding> quoted = p.findings().stream().filter(Finding::keepsFromYearEnd).limit(FINDINGS_QUOTED).toList();
                if (quoted.isEmpty()) {
                    lines.add("    年度末の条件を満たすシートがありません（記入途中のシートのみ受け付けています）。");
                }
                quoted.forEach(f -> lines.add("    " + f.forClerk()));
            }
        }
        lines.add("");
        lines.add("提出ポータルから提出・修正をお願いします。各プランのページで指摘の詳細を確認できます。");
        lines.add("ご不明な点は企画経営課までお問い合わせください。");
        return new Reminder(department.key(), subject, String.join("\n", lines), departments.mail(department.key()));
    }

    private String deadlineLine(LocalDate deadline) {
        long left = ChronoUnit.DAYS.between(time.today(), deadline);
        String when = left >= 0 ? "（あと " + left + " 日）" : "（期限を " + -left + " 日過ぎています）";
        return "提出期限は " + FiscalYears.date(deadline) + when + " です。";
    }
}
