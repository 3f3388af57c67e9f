package jp.planreport.store;

import java.time.Instant;

import jp.planreport.model.Role;

/**
 * A portal account as stored. {@code department} is set for {@link Role#DEPARTMENT} only;
 * {@code passwordHash} is BCrypt, null for an account of the city's directory.
 */
public record Account(String login, String passwordHash, Role role, String department, String displayName,
                      boolean enabled, Instant createdAt, int failedSignIns, Instant lockedUntil) {

    /** Locked after repeated failed sign-ins, until the time has passed. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
