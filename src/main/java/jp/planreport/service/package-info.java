/**
 * The core's use-cases every entry point calls: validate-and-store one workbook, and the progress
 * events a run publishes.
 */
package jp.planreport.service;
