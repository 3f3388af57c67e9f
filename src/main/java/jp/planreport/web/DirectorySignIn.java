package jp.planreport.web;

import java.util.Collection;
import java.util.Optional;

import org.springframework.ldap.core.DirContextAdapter;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.authentication.LdapAuthenticationProvider;
import org.springframework.security.ldap.authentication.ad.ActiveDirectoryLdapAuthenticationProvider;
import org.springframework.security.ldap.userdetails.DefaultLdapAuthoritiesPopulator;
import org.springframework.security.ldap.userdetails.UserDetailsContextMapper;

import jp.planreport.config.DirectoryProperties;
import jp.planreport.model.Role;

/**
 * The city's directory as a second way to sign in: Spring Security's LDAP bind (or its Active
 * Directory provider), the person's groups mapped to role and department by configuration.
 */
final class DirectorySignIn {

    private DirectorySignIn() {
    }

    static AuthenticationProvider provider(DirectoryProperties directory) {
        UserDetailsContextMapper mapper = new GroupsToPortalUser(directory);
        if (directory.activeDirectoryDomain() != null && !directory.activeDirectoryDomain().isBlank()) {
            ActiveDirectoryLdapAuthenticationProvider ad = new ActiveDirectoryLdapAuthenticationProvider(
                    directory.activeDirectoryDomain(), directory.url());
            ad.setConvertSubErrorCodesToExceptions(true);
            ad.setUserDetailsContextMapper(mapper);
            return ad;
        }
        // this one takes the base DN from the URL's path, as the setting writes it
        DefaultSpringSecurityContextSource source = new DefaultSpringSecurityContextSource(directory.url());
        source.afterPropertiesSet();
        BindAuthenticator bind = new BindAuthenticator(source);
        bind.setUserDnPatterns(new String[] {directory.userDnPattern()});
        DefaultLdapAuthoritiesPopulator groups = new DefaultLdapAuthoritiesPopulator(source, directory.groupSearchBase());
        groups.setGroupSearchFilter(directory.groupSearchFilter());
        groups.setRolePrefix("");
        groups.setConvertToUpperCase(false);
        LdapAuthenticationProvider provider = new LdapAuthenticationProvider(bind, groups);
        provider.setUserDetailsContextMapper(mapper);
        return provider;
    }

    /** Groups → role and department; the first mapped group wins, in the directory's order. */
    static final class GroupsToPortalUser implements UserDetailsContextMapper {

        private final DirectoryProperties directory;

        GroupsToPortalUser(DirectoryProperties directory) {
            this.directory = directory;
        }

        @Override
        public UserDetails mapUserFromContext(DirContextOperations context, String login,
                                              Collection<? extends GrantedAuthority> groups) {
            for (GrantedAuthority group : groups) {
                Optional<PortalUser> user = map(login, displayName(context), group.getAuthority());
                if (user.isPresent()) {
                    return user.get();
                }
            }
            throw new DisabledException("no mapped group for " + login);
        }

        /** A group's authority is its name ({@code cn}), or for Active Directory its DN: both are matched. */
        Optional<PortalUser> map(String login, String name, String group) {
            String cn = group.startsWith("CN=") || group.startsWith("cn=") ? group.substring(3).split(",", 2)[0] : group;
            String mapping = directory.groups().getOrDefault(cn, directory.groups().get(group));
            if (mapping == null) {
                return Optional.empty();
            }
            if (mapping.startsWith("department:")) {
                return Optional.of(new PortalUser(login, "", Role.DEPARTMENT, mapping.substring("department:".length()).strip(),
                        name, true, false));
            }
            return Role.parse(mapping).filter(r -> r != Role.DEPARTMENT)
                    .map(r -> new PortalUser(login, "", r, null, name, true, false));
        }

        private static String displayName(DirContextOperations context) {
            String name = context.getStringAttribute("displayName");
            return name != null ? name : context.getStringAttribute("cn");
        }

        @Override
        public void mapUserToContext(UserDetails user, DirContextAdapter context) {
            throw new UnsupportedOperationException("the portal never writes to the directory");
        }
    }
}
