package jp.planreport.config;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * 提出期限 per fiscal year: {@code plan-report.deadline.2022=2023-04-28}. The portal shows it and
 * the days left; nothing is refused after it (the office decides).
 */
@ConfigurationProperties("plan-report")
public record DeadlineProperties(Map<Integer, LocalDate> deadline) {

    public DeadlineProperties {
        deadline = deadline == null ? Map.of() : Map.copyOf(deadline);
    }

    public Optional<LocalDate> of(int fiscalYear) {
        return Optional.ofNullable(deadline.get(fiscalYear));
    }
}
