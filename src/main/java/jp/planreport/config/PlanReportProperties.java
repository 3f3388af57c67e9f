package jp.planreport.config;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

import jp.planreport.intake.GradeScale;

/**
 * The office's settings (application.yml, each overridable on the command line as
 * --plan-report.KEY=VALUE): names printed in the report, the grade scale, the default folders, the
 * office's time zone (null when not given: see {@link OfficeTime}).
 */
@ConfigurationProperties("plan-report")
public record PlanReportProperties(String organisation, String programmeTitle, List<GradeScale.Grade> grades,
                                   Path input, Path output, String zone) {

    public PlanReportProperties {
        InvalidSetting.zone("plan-report.zone", zone);
    }

    public GradeScale gradeScale() {
        return new GradeScale(grades);
    }
}
