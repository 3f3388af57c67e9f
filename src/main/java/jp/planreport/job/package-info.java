/**
 * Spring Batch: the year-end compilation and the nightly roll-up, their steps as thin adapters over
 * the core's services, and the progress of a run turned into the core's events.
 */
package jp.planreport.job;
