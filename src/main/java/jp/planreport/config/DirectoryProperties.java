package jp.planreport.config;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in with the city's directory (LDAP, or Active Directory's usual setup) beside the local
 * accounts; off while {@code url} is empty. A directory user's groups give the role and the
 * department: {@code groups.<group name>=office}, {@code =admin} or {@code =department:総務課};
 * a user in no mapped group cannot sign in.
 *
 * @param url                 {@code ldap://ad.city.local:389/dc=city,dc=local} (with the base DN)
 * @param activeDirectoryDomain  set for Active Directory ({@code city.local}): users sign in as
 *                            {@code user@domain} and their groups come from {@code memberOf}
 * @param userDnPattern       plain LDAP: where a user's entry is, {@code uid={0},ou=people}
 * @param groupSearchBase     plain LDAP: where the groups are, {@code ou=groups}
 * @param groupSearchFilter   plain LDAP: {@code (member={0})} (the user's DN)
 */
@ConfigurationProperties("plan-report.directory")
public record DirectoryProperties(String url, String activeDirectoryDomain, String userDnPattern, String groupSearchBase,
                                  String groupSearchFilter, Map<String, String> groups) {

    public DirectoryProperties {
        groups = groups == null ? Map.of() : Map.copyOf(groups);
        userDnPattern = userDnPattern == null ? "uid={0},ou=people" : userDnPattern;
        groupSearchBase = groupSearchBase == null ? "ou=groups" : groupSearchBase;
        groupSearchFilter = groupSearchFilter == null ? "(member={0})" : groupSearchFilter;
    }

    public boolean enabled() {
        return url != null && !url.isBlank();
    }
}
