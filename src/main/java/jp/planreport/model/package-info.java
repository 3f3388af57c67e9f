/**
 * The domain model every other package imports and which imports nothing of the project: the plan
 * sheet, the plan master, findings and their Japanese messages, the text rules and footnotes,
 * fiscal years and the grade scale.
 */
package jp.planreport.model;
