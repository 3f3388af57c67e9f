package jp.planreport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import jp.planreport.config.DirectoryProperties;
import jp.planreport.model.Role;

/** The directory provider alone against an in-memory LDAP server: bind, groups, mapping. */
class DirectorySignInTest {

    @BeforeAll
    static void start() throws Exception {
        DirectorySignInFunctionalTests.directory(new org.springframework.test.context.DynamicPropertyRegistry() {
            @Override
            public void add(String name, java.util.function.Supplier<Object> supplier) {
            }
        });
    }

    @AfterAll
    static void stop() {
        DirectorySignInFunctionalTests.stop();
    }

    private final DirectoryProperties directory = new DirectoryProperties(
            "ldap://127.0.0.1:" + DirectorySignInFunctionalTests.directory.getListenPort() + "/dc=city,dc=local", null, null,
            null, null, Map.of("gyokaku-soumu", "department:総務課", "gyokaku-office", "office"));

    @Test
    void membersGetTheirGroupsRoleAndDepartment() {
        Authentication tanaka = DirectorySignIn.provider(directory)
                .authenticate(new UsernamePasswordAuthenticationToken("tanaka", "directory-tanaka"));
        PortalUser user = (PortalUser) tanaka.getPrincipal();
        assertThat(user.role()).isEqualTo(Role.DEPARTMENT);
        assertThat(user.department()).isEqualTo("総務課");
        assertThat(user.displayName()).isEqualTo("田中 一郎");
        PortalUser sato = (PortalUser) DirectorySignIn.provider(directory)
                .authenticate(new UsernamePasswordAuthenticationToken("sato", "directory-sato")).getPrincipal();
        assertThat(sato.role()).isEqualTo(Role.OFFICE);
    }

    @Test
    void noMappedGroupOrAWrongPasswordIsRefused() {
        assertThatThrownBy(() -> DirectorySignIn.provider(directory)
                .authenticate(new UsernamePasswordAuthenticationToken("suzuki", "directory-suzuki"))).isInstanceOf(DisabledException.class);
        assertThatThrownBy(() -> DirectorySignIn.provider(directory)
                .authenticate(new UsernamePasswordAuthenticationToken("tanaka", "wrong"))).isInstanceOf(BadCredentialsException.class);
    }
}
