/**
 * The HTML edition of the booklet for the city's website ({@code output/<year>/html/}): a 目次 page
 * and one page per 方針 with its overview and its plan sheets, in semantic HTML5 (JIS X 8341-3 /
 * WCAG 2). Same content and order as the PDF, taken from {@link jp.planreport.report.pdf.PolicyPages}.
 */
package jp.planreport.report.html;
