/**
 * The database: every accepted version of every plan sheet, what each run saw and found, and the
 * migrations of the store's and the job repository's schema.
 */
package jp.planreport.store;
