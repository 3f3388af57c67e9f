/**
 * What a year adds up to: which version of each plan counts (VersionsThatCount), plans grouped per
 * 方針 and 基本的取組 with their totals (Compilation), and what changed since the last roll-up.
 */
package jp.planreport.aggregate;
