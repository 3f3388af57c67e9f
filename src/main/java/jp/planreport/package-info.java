/**
 * plan-report: the planning office's compilation of the departments' plan sheets. Packages, in the order a
 * submission travels: intake, store, service, aggregate, report.pdf and report.workbook; job and cli on top.
 */
package jp.planreport;
