package jp.planreport.web;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import jp.planreport.model.Role;

/** The signed-in person: role and, for a department's staff, the department (public: the pages read it). */
public record PortalUser(String login, String passwordHash, Role role, String department, String displayName, boolean enabled,
                  boolean locked) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return login;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    public boolean office() {
        return role == Role.OFFICE;
    }

    /** The office sees every department; a department's staff only its own. */
    public boolean maySee(String otherDepartment) {
        return role == Role.OFFICE || (role == Role.DEPARTMENT && department != null && department.equals(otherDepartment));
    }

    /** 「総務課 山田」 or the login. */
    public String shownName() {
        return (department == null ? "" : department + " ") + (displayName == null ? login : displayName);
    }
}
