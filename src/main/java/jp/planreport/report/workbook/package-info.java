/**
 * The summary workbook (POI): 総括 with its chart, 一覧 and 検証結果.
 */
package jp.planreport.report.workbook;
