package jp.planreport.config;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The office's clock: one time zone ({@code plan-report.zone}, formerly {@code plan-report.rollup.zone};
 * default Asia/Tokyo) for every time shown to people — console, history, workbook, booklet — and for
 * the roll-up's cron and folder dates. Needed because Spring Batch records times in this machine's
 * zone, which on a server is often UTC.
 */
@Component
public class OfficeTime {

    static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

    private final ZoneId zone;

    @Autowired
    public OfficeTime(PlanReportProperties properties, RollupProperties rollup) {
        this(properties.zone() != null ? InvalidSetting.zone("plan-report.zone", properties.zone())
                : rollup.zone() != null ? InvalidSetting.zone("plan-report.rollup.zone", rollup.zone()) : DEFAULT_ZONE);
    }

    public OfficeTime(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    /** A time this machine recorded (Spring Batch's start and end times) on the office's clock; null stays null. */
    public LocalDateTime local(LocalDateTime recorded) {
        return recorded == null ? null : recorded.atZone(ZoneId.systemDefault()).withZoneSameInstant(zone).toLocalDateTime();
    }

    public LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone);
    }

    /** A time this machine recorded, as shown to the office: 「2026/11/25 02:00」, or 「-」 for none. */
    public String show(LocalDateTime recorded) {
        return recorded == null ? "-" : format(local(recorded));
    }

    /** How a time already on the office's clock is shown: 「2026/11/25 02:00」. */
    public static String format(LocalDateTime officeTime) {
        return officeTime.format(SHOWN);
    }
}
