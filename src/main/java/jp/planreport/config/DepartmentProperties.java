package jp.planreport.config;

import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the office knows of each department beyond plans.csv:
 * {@code plan-report.departments.総務課.mail=soumu@example.lg.jp} makes the dashboard's reminder a
 * ready mail to that address.
 */
@ConfigurationProperties("plan-report")
public record DepartmentProperties(Map<String, Department> departments) {

    /** One department's settings. */
    public record Department(String mail) {
    }

    public DepartmentProperties {
        departments = departments == null ? Map.of() : Map.copyOf(departments);
    }

    /** The department's mail address, when configured. */
    public Optional<String> mail(String department) {
        return Optional.ofNullable(departments.get(department)).map(Department::mail).filter(m -> !m.isBlank());
    }
}
