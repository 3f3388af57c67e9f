/**
 * The input contract: plans.csv, the departments' workbooks read by defined names, the rules a plan
 * sheet must meet and the findings in words a clerk understands; the templates made from it.
 */
package jp.planreport.intake;
