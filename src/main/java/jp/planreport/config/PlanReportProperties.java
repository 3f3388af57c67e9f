package jp.planreport.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

import jp.planreport.model.GradeScale;

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

    /**
     * A digest of the settings that change what the outputs say (names on the cover and headers, the
     * grade scale): a run with other settings is not the same run, even on the same input.
     */
    public String outputSettingsDigest() {
        StringBuilder text = new StringBuilder().append(organisation).append('\n').append(programmeTitle).append('\n');
        grades.forEach(g -> text.append(g.code()).append('=').append(g.label()).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
