/**
 * The run lock: one compile or roll-up at a time per database, whichever door starts it (command
 * line, schedule, web). {@link jp.planreport.lock.RunLock} is what they call; where the lock lives
 * depends on the database.
 */
package jp.planreport.lock;
