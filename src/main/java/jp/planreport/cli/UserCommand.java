package jp.planreport.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

import jp.planreport.model.Role;
import jp.planreport.service.Accounts;
import jp.planreport.store.Account;

/**
 * {@code user add|list|disable|password}: the portal's local accounts from the command line, by
 * the same rules as the admin page. Passwords are read from standard input (one line) or asked for
 * on a terminal without echo; never from the command line, where {@code ps} would show them.
 */
@Component
public class UserCommand implements Command {

    private static final String BY = "コマンド";

    private final Accounts accounts;

    public UserCommand(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return "user";
    }

    @Override
    public int run(CommandLineOptions options) {
        String action = options.subcommand();
        try {
            if ("add".equals(action)) {
                return add(options);
            }
            if ("list".equals(action)) {
                return list();
            }
            if ("disable".equals(action) || "enable".equals(action)) {
                String login = required(options, "login");
                accounts.setEnabled(login, "enable".equals(action), BY);
                Console.info("アカウント「" + login + "」を" + ("enable".equals(action) ? "有効" : "無効") + "にしました。");
                return ExitCodes.DONE;
            }
            if ("password".equals(action)) {
                String login = required(options, "login");
                accounts.setPassword(login, password("新しいパスワード"), BY);
                Console.info("アカウント「" + login + "」のパスワードを変更しました。");
                return ExitCodes.DONE;
            }
            Console.error("user の後に add、list、disable、enable、password のいずれかを指定してください。\n" + USAGE);
            return ExitCodes.USAGE;
        } catch (Accounts.Refused | IllegalArgumentException e) {
            Console.error(e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    static final String USAGE = """
              bin/plan-report user add --login=LOGIN --role=office|department|admin [--department=課名] [--name=氏名]
              bin/plan-report user list
              bin/plan-report user disable --login=LOGIN    （enable で戻します）
              bin/plan-report user password --login=LOGIN
              （add と password はパスワードを標準入力の 1 行から、端末ではその場で尋ねて読みます）""";

    private int add(CommandLineOptions options) {
        String login = required(options, "login");
        Role role = Role.parse(required(options, "role")).orElseThrow(() ->
                new IllegalArgumentException("--role には office、department、admin のいずれかを指定してください。"));
        Account account = accounts.add(login, role, options.options().get("department"), options.options().get("name"),
                password("パスワード"), BY);
        Console.info("アカウント「" + account.login() + "」（" + role.label()
                + (account.department() == null ? "" : "、" + account.department()) + "）を追加しました。");
        return ExitCodes.DONE;
    }

    private int list() {
        var all = accounts.all();
        if (all.isEmpty()) {
            Console.info("アカウントはまだありません。bin/plan-report user add で追加してください。");
            return ExitCodes.DONE;
        }
        Console.info(String.format("%-20s %-4s %-16s %-12s %s", "ログイン名", "役割", "課", "氏名", "状態"));
        for (Account a : all) {
            Console.info(String.format("%-20s %-4s %-16s %-12s %s", a.login(), a.role().label(),
                    a.department() == null ? "—" : a.department(), a.displayName() == null ? "—" : a.displayName(),
                    a.enabled() ? "有効" : "無効"));
        }
        return ExitCodes.DONE;
    }

    private static String required(CommandLineOptions options, String key) {
        String value = options.options().get(key);
        if (value == null || value.isBlank() || "true".equals(value)) {
            throw new IllegalArgumentException("--" + key + "=… を指定してください。\n" + USAGE);
        }
        return value;
    }

    /** From the terminal without echo, twice; otherwise one line of standard input. */
    private static String password(String prompt) {
        java.io.Console terminal = System.console();
        if (terminal != null && System.getenv("PLAN_REPORT_PASSWORD_STDIN") == null) {
            char[] first = terminal.readPassword(prompt + ": ");
            char[] again = terminal.readPassword(prompt + "（確認）: ");
            if (first == null || again == null || !new String(first).equals(new String(again))) {
                throw new IllegalArgumentException("パスワードが一致しません。もう一度実行してください。");
            }
            return new String(first);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new IllegalArgumentException("パスワードを標準入力から 1 行で渡してください（例: echo … | bin/plan-report user add …）。");
            }
            return line;
        } catch (IOException e) {
            throw new IllegalArgumentException("パスワードを読めませんでした: " + e.getMessage());
        }
    }
}
