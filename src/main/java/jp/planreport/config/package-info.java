/**
 * The office's settings as @ConfigurationProperties: names and grade scale, intake, roll-up schedule.
 */
package jp.planreport.config;
