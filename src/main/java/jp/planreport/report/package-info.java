/**
 * What the renderers share: the edition (year-end or draft) an output is written for.
 */
package jp.planreport.report;
