/**
 * The command line: parses the commands, takes the run lock, calls the services and jobs, prints
 * in Japanese (progress events included).
 */
package jp.planreport.cli;
