package jp.planreport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;

/**
 * Sign-in with the city's directory (an in-memory UnboundID LDAP server): a member of the mapped
 * department group gets that department's pages and nothing else, a member of the office group the
 * office's, someone in no mapped group and a wrong password nothing; local accounts still work.
 */
class DirectorySignInFunctionalTests extends PortalTest {

    static InMemoryDirectoryServer directory;

    @DynamicPropertySource
    static void directory(DynamicPropertyRegistry registry) throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=city,dc=local");
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
        config.setSchema(null);
        directory = new InMemoryDirectoryServer(config);
        directory.add("dn: dc=city,dc=local", "objectClass: domain", "dc: city");
        directory.add("dn: ou=people,dc=city,dc=local", "objectClass: organizationalUnit", "ou: people");
        directory.add("dn: ou=groups,dc=city,dc=local", "objectClass: organizationalUnit", "ou: groups");
        person("tanaka", "田中 一郎");
        person("sato", "佐藤 花子");
        person("suzuki", "鈴木 次郎");
        directory.add("dn: cn=gyokaku-soumu,ou=groups,dc=city,dc=local", "objectClass: groupOfNames", "cn: gyokaku-soumu",
                "member: uid=tanaka,ou=people,dc=city,dc=local");
        directory.add("dn: cn=gyokaku-office,ou=groups,dc=city,dc=local", "objectClass: groupOfNames", "cn: gyokaku-office",
                "member: uid=sato,ou=people,dc=city,dc=local");
        directory.add("dn: cn=everyone,ou=groups,dc=city,dc=local", "objectClass: groupOfNames", "cn: everyone",
                "member: uid=suzuki,ou=people,dc=city,dc=local");
        directory.startListening();
        registry.add("plan-report.directory.url", () -> "ldap://127.0.0.1:" + directory.getListenPort() + "/dc=city,dc=local");
        registry.add("plan-report.directory.groups.gyokaku-soumu", () -> "department:総務課");
        registry.add("plan-report.directory.groups.gyokaku-office", () -> "office");
    }

    private static void person(String uid, String name) throws Exception {
        directory.add("dn: uid=" + uid + ",ou=people,dc=city,dc=local", "objectClass: inetOrgPerson", "uid: " + uid,
                "cn: " + name, "sn: " + name.split(" ")[0], "displayName: " + name, "userPassword: directory-" + uid);
    }

    @AfterAll
    static void stop() {
        directory.shutDown(true);
    }

    @Test
    void aMemberOfTheDepartmentGroupGetsThatDepartmentOnly() throws Exception {
        MockHttpSession session = signIn("tanaka", "directory-tanaka");

        assertThat(mvc.perform(get("/").session(session)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/2022/departments/" + PortalController.encode("総務課"));
        assertThat(mvc.perform(get("/2022/departments/総務課").session(session)).andReturn().getResponse().getContentAsString(
                java.nio.charset.StandardCharsets.UTF_8)).contains("総務課 田中 一郎");
        assertThat(mvc.perform(get("/2022/departments/広報課").session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/admin/accounts").session(session)).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aMemberOfTheOfficeGroupGetsTheOffice() throws Exception {
        MockHttpSession session = signIn("sato", "directory-sato");

        assertThat(mvc.perform(get("/2022/departments").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/2022/departments/広報課").session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void noMappedGroupOrAWrongPasswordSignsNobodyIn() throws Exception {
        assertThat(mvc.perform(formLogin().user("suzuki").password("directory-suzuki")).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(mvc.perform(formLogin().user("tanaka").password("wrong")).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
        assertThat(mvc.perform(formLogin().user("soumu").password(PASSWORD)).andReturn().getResponse().getRedirectedUrl())
                .as("a local account beside the directory").isEqualTo("/");
    }

    private MockHttpSession signIn(String login, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin().user(login).password(password)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        return (MockHttpSession) result.getRequest().getSession();
    }
}
