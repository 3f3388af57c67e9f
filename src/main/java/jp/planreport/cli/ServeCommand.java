package jp.planreport.cli;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import jp.planreport.service.Accounts;

/**
 * {@code serve}: the portal (its web server is already listening when this runs) and, in the same
 * process, the nightly roll-up on the cron. Runs take the run lock one at a time, so the CLI keeps
 * working beside it. With no account yet, it says how to create the first office account.
 */
@Component
public class ServeCommand implements Command {

    private final ScheduleCommand schedule;
    private final Accounts accounts;
    private final Environment environment;

    public ServeCommand(ScheduleCommand schedule, Accounts accounts, Environment environment) {
        this.schedule = schedule;
        this.accounts = accounts;
        this.environment = environment;
    }

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public int run(CommandLineOptions options) {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String address = environment.getProperty("server.address", "127.0.0.1");
        Console.info("ポータルを開始しました: http://" + ("0.0.0.0".equals(address) ? "localhost" : address) + ":" + port + "/");
        if (accounts.none()) {
            Console.info("アカウントがまだありません。別の端末で最初の企画（office）アカウントを作成してください:\n"
                    + "  bin/plan-report user add --login=kikaku --role=office --name=企画経営課\n"
                    + "（パスワードを尋ねられます。課の担当者は --role=department --department=総務課 のように追加します）");
        }
        return schedule.rollUpUntilStopped(options, "夜間集計: " + schedule.describe() + "。止めるには Ctrl+C。");
    }
}
