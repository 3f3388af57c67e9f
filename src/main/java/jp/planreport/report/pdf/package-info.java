/**
 * The booklet (JasperReports, one JRXML per visual unit in reports/): fill in parts, export one
 * tagged PDF/A with the page numbers and the 目次 drawn at the end.
 */
package jp.planreport.report.pdf;
