package jp.planreport.intake;

/**
 * How much of a workbook the intake takes before it refuses: the limits that bound a run's memory
 * and time whatever a department sends (set as plan-report.intake.* keys; these are the defaults).
 *
 * @param maxPartBytes    no part of a plan workbook comes near this when expanded; a larger one is refused unread
 * @param minInflateRatio a part that expands more than 1/this-fold is a zip bomb (POI's guard, POI's default made explicit)
 * @param maxTextLength   the longest field text accepted, in characters: about seven printed pages, far more than
 *                        any section of a plan sheet needs, far less than a pasted document (Excel allows 32,767 a cell)
 */
public record IntakeLimits(long maxPartBytes, double minInflateRatio, int maxTextLength) {

    public static final IntakeLimits DEFAULTS = new IntakeLimits(16L * 1024 * 1024, 0.01, 10_000);
}
