package jp.planreport.web;

import jp.planreport.aggregate.PlanStatus;

/** The lines of the portal's tables, as the pages read them (public: Thymeleaf reads them by reflection). */
public final class PageRows {

    private PageRows() {
    }

    /** A plan's line on ホーム. */
    public record PlanRow(int planNo, String title, String policy, PlanStatus status, String acceptedAt, String uploadedBy,
                   String file) {

        public String statusClass() {
            return switch (status) {
                case VALID -> "valid";
                case INVALID -> "invalid";
                case MISSING -> "missing";
            };
        }
    }
}
