package jp.planreport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The office's pages (取りまとめ状況, 実行, 出力, 監査ログ) and the runs API for every role: only the
 * office gets them, may start, stop or restart a run or download an output. A request the office may
 * make but that names nothing (an unknown job, run or edition) is 404, so it did pass the checks; an
 * encoded slash in an edition is refused before any controller (400).
 */
class OfficePagesAccessFunctionalTests extends PortalTest {

    @Autowired
    UserDetailsService users;

    @ParameterizedTest(name = "{0} {1} as {2} → {3}")
    @CsvSource({
            "GET, /2022/dashboard,                   kikaku, 200",
            "GET, /2022/dashboard,                   soumu,  403",
            "GET, /2022/dashboard,                   admin,  403",
            "GET, /2099/dashboard,                   kikaku, 404",
            "GET, /runs,                             kikaku, 200",
            "GET, /runs?job=rollup&year=2022&status=FAILED, kikaku, 200",
            "GET, /runs,                             soumu,  403",
            "GET, /runs,                             admin,  403",
            "GET, /runs/999999,                      kikaku, 404",
            "GET, /runs/999999,                      soumu,  403",
            "GET, /runs/999999/state,                soumu,  403",
            "GET, /runs/events,                      soumu,  403",
            "GET, /runs/events,                      admin,  403",
            "POST, /runs?job=nothing&year=2022,      kikaku, 404",
            "POST, /runs?job=rollup&year=2022,       soumu,  403",
            "POST, /runs?job=rollup&year=2022,       kouhou, 403",
            "POST, /runs?job=rollup&year=2022,       admin,  403",
            "POST, /runs/999999/stop,                kikaku, 404",
            "POST, /runs/999999/stop,                soumu,  403",
            "POST, /runs/999999/stop,                admin,  403",
            "POST, /runs/999999/restart,             kikaku, 404",
            "POST, /runs/999999/restart,             soumu,  403",
            "POST, /runs/999999/restart,             admin,  403",
            "GET, /2022/outputs,                     kikaku, 200",
            "GET, /2022/outputs,                     soumu,  403",
            "GET, /2022/outputs,                     admin,  403",
            "GET, /outputs?year=2022,                kikaku, 302",
            "GET, /2022/outputs/final/report,        kikaku, 404",
            "GET, /2022/outputs/2022-12-01/summary,  kikaku, 404",
            "GET, /2022/outputs/..%2F..%2Fetc/report, kikaku, 400",
            "GET, /2022/outputs/final/passwd,        kikaku, 404",
            "GET, /2022/outputs/final/report,        soumu,  403",
            "GET, /2022/outputs/final/report,        kouhou, 403",
            "GET, /2022/outputs/final/report,        admin,  403",
            "GET, /audit,                            kikaku, 200",
            "GET, /audit?login=soumu&action=UPLOAD,  kikaku, 200",
            "GET, /audit,                            soumu,  403",
            "GET, /audit,                            admin,  403",
    })
    void pages(String method, String url, String login, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request(method, url).with(user(users.loadUserByUsername(login))).with(csrf()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(status);
        MockHttpServletResponse anonymous = mvc.perform(request(method, url).with(csrf())).andReturn().getResponse();
        if (status == 400) {
            assertThat(anonymous.getStatus()).as("refused before anyone is asked to sign in").isEqualTo(400);
            return;
        }
        assertThat(anonymous.getStatus()).isEqualTo(302);
        assertThat(anonymous.getRedirectedUrl()).endsWith("/login");
    }

    @ParameterizedTest(name = "API {0} {1} as {2} → {3}")
    @CsvSource({
            "POST, /api/2022/runs?job=nothing, kikaku, 404",
            "POST, /api/2022/runs?job=rollup,  soumu,  403",
            "POST, /api/2022/runs?job=compile&allowIncomplete=true, kouhou, 403",
            "POST, /api/2022/runs?job=rollup,  admin,  403",
            "GET,  /api/runs/999999,           kikaku, 404",
            "GET,  /api/runs/999999,           soumu,  403",
            "GET,  /api/runs/999999,           admin,  403",
    })
    void api(String method, String url, String login, int status) throws Exception {
        assertThat(mvc.perform(request(method, url).with(httpBasic(login, PASSWORD))).andReturn().getResponse().getStatus())
                .isEqualTo(status);
        assertThat(mvc.perform(request(method, url)).andReturn().getResponse().getStatus()).as("no credentials").isEqualTo(401);
    }

    private static MockHttpServletRequestBuilder request(String method, String url) {
        return "POST".equals(method) ? post(url) : get(url);
    }
}
