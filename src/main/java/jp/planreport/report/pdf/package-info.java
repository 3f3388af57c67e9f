/**
 * The booklet (JasperReports, one JRXML per visual unit in reports/): fill in parts, export one
 * PDF/A-2a and PDF/UA-1 with the page numbers and the 目次 drawn at the end; its tags come from the
 * templates' properties ({@link jp.planreport.report.pdf.BookletTags}) and are written as the pages
 * go ({@link jp.planreport.report.pdf.StructureTree}).
 */
package jp.planreport.report.pdf;
