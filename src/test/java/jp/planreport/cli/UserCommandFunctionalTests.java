package jp.planreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.planreport.FunctionalTest;
import jp.planreport.model.Role;
import jp.planreport.service.Accounts;
import jp.planreport.store.Account;
import jp.planreport.store.AuditLog;

/**
 * {@code user add|list|disable|password} as spec/portal.md writes them: the password from standard
 * input, refusals in Japanese with exit 2, every change in the audit log.
 */
class UserCommandFunctionalTests extends FunctionalTest {

    @Autowired
    UserCommand command;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditLog audit;

    @Test
    void addListDisableAndAnotherPasswordFromStandardInput() {
        assertThat(run("first-password-1", "user", "add", "--login=kikaku", "--role=office", "--name=企画経営課"))
                .isEqualTo(ExitCodes.DONE);
        assertThat(run("second-password-2", "user", "add", "--login=soumu", "--role=department", "--department=総務課"))
                .isEqualTo(ExitCodes.DONE);
        Account soumu = accounts.find("soumu").orElseThrow();
        assertThat(soumu.role()).isEqualTo(Role.DEPARTMENT);
        assertThat(soumu.department()).isEqualTo("総務課");
        assertThat(accounts.encoder().matches("second-password-2", soumu.passwordHash())).isTrue();
        assertThat(soumu.passwordHash()).startsWith("$2");

        try (Console.Captured console = Console.capture()) {
            assertThat(command.run(CommandLineOptions.parse(new String[] {"user", "list"}))).isEqualTo(ExitCodes.DONE);
            assertThat(console.stdout()).contains("kikaku", "企画", "soumu", "総務課", "有効");
        }

        assertThat(run("", "user", "disable", "--login=soumu")).isEqualTo(ExitCodes.DONE);
        assertThat(accounts.find("soumu").orElseThrow().enabled()).isFalse();
        assertThat(run("third-password-3", "user", "password", "--login=soumu")).isEqualTo(ExitCodes.DONE);
        assertThat(accounts.encoder().matches("third-password-3", accounts.find("soumu").orElseThrow().passwordHash())).isTrue();
        assertThat(audit.newest(10, "コマンド", null)).extracting(AuditLog.Entry::action).contains(AuditLog.Action.ACCOUNT_ADD,
                AuditLog.Action.ACCOUNT_DISABLE, AuditLog.Action.PASSWORD);
    }

    @Test
    void whatCannotWorkIsRefusedInJapanese() {
        try (Console.Captured console = Console.capture()) {
            assertThat(run("long-enough-pw", "user", "add", "--login=yamada", "--role=department")).isEqualTo(ExitCodes.USAGE);
            assertThat(run("short", "user", "add", "--login=yamada", "--role=office")).isEqualTo(ExitCodes.USAGE);
            assertThat(run("long-enough-pw", "user", "add", "--login=山田", "--role=office")).isEqualTo(ExitCodes.USAGE);
            assertThat(run("long-enough-pw", "user", "add", "--login=yamada", "--role=boss")).isEqualTo(ExitCodes.USAGE);
            assertThat(run("", "user", "disable", "--login=nobody")).isEqualTo(ExitCodes.USAGE);
            assertThat(run("", "user", "remove")).isEqualTo(ExitCodes.USAGE);
            assertThat(console.stderr()).contains("課名（--department=課名）が必要", "10 文字以上", "半角英数字",
                    "office、department、admin", "アカウントはありません", "add、list、disable");
        }
        assertThat(accounts.find("yamada")).isEmpty();
    }

    private int run(String stdin, String... args) {
        InputStream original = System.in;
        try {
            System.setIn(new ByteArrayInputStream((stdin + "\n").getBytes(StandardCharsets.UTF_8)));
            return command.run(CommandLineOptions.parse(args));
        } finally {
            System.setIn(original);
        }
    }
}
