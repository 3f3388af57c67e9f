package jp.planreport.cli;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import jp.planreport.job.DatabaseProblem;
import jp.planreport.config.InvalidSetting;
import jp.planreport.job.WriteFailures;
import jp.planreport.lock.FileRunLock;
import jp.planreport.lock.RunLock;
import jp.planreport.store.Database;

/**
 * Entry point of the commands. Usage errors and --help are answered before Spring starts, and the
 * run lock is taken before the database is opened; every other failure becomes a short Japanese
 * message and an exit status, the detail goes to the log.
 */
public final class CommandLine {

    private static final Logger log = LoggerFactory.getLogger(CommandLine.class);

    static final String USAGE = """
            plan-report — 行革プラン 進捗・評価シートの取りまとめ

            使い方:
              bin/plan-report <コマンド> [--fiscal-year=2022] [--input=input] [--output=output]
              （java -jar target/plan-report.jar <コマンド> … でも同じです）

            コマンド:
              compile    年度末取りまとめ: 提出されたシートを読み込み・検証し、議会報告用 PDF と集計表を作成します。
                         マスタの全プランのシートが完成・有効でない場合は作成せず、担当課ごとに足りないものを表示します
                         （--allow-incomplete で「未提出」のまま作成。--force で入力に変更がなくても作り直し）
              rollup     夜間集計を今すぐ 1 回: 記入途中のシートも受け付け、案（ドラフト）の PDF と集計表を
                         output/<年度>/rollup/<日付>/ に作成し、前回からの変更を担当課ごとに表示します。
                         前回の夜間集計から入力に変更がなければ何も書きません（--force で作り直し）
              schedule   常駐して、設定した時刻（既定: 毎日 02:00 Asia/Tokyo）に夜間集計を行います。止めるには Ctrl+C
              serve      ポータル（課の提出・確認、企画の取りまとめ状況）を http://127.0.0.1:8080/ で開始し、
                         同じプロセスで夜間集計も行います（--server.port=8081 などで変更）。止めるには Ctrl+C
              user       ポータルのアカウント: user add --login=LOGIN --role=office|department|admin
                         [--department=課名] [--name=氏名] / user list / user disable --login=LOGIN /
                         user password --login=LOGIN（パスワードは標準入力の 1 行、端末ではその場で入力）
              history    これまでの実行を新しい順に表示します（ジョブ、条件、開始、終了、状態、読込・スキップ・書込の件数）。
                         --plan=N で、そのプランのシートの版（受付日時、ファイル、チェックサム、提出者、受付の基準、採用）
              diff       --plan=N のシートの 2 つの版で変わったところ（項目の追加・削除・変更、進捗見込・年次評価の変更）。
                         既定は採用されている版とその前の版（--from=版 --to=版 で指定）
              import     過去の年度の提出を取り込みます（--fiscal-year と --input が必要。その年度の plans.csv で検証し、
                         冊子は作りません）。経年比較（冊子の方針別概要、集計表の「経年推移」）に使われます
              template   plans.csv から課ごとの提出用ひな形（output/<年度>/templates/<課>.xlsx）を作成します
                         （--from-previous-year で前年度の受付済みシートからプランの内容・年度別計画を引継ぎ）
              validate   提出されたシートを読み込み・検証し、確認事項を課・ファイルごとに表示します（報告書は作成しません）
              backup     データベース（組み込みの H2）を 1 つのファイルに書き出します（--to=FILE、.zip なら圧縮）
              restore    バックアップからデータベースを元に戻します（--from=FILE）。今のデータベースは data/ に残します
              --help     この説明を表示します

            オプション:
              --fiscal-year=2022   年度（2022、令和4年度、R4 のいずれでも可）。省略時は input にある最新の年度
              --input=DIR          入力フォルダ（DIR/<年度>/plans.csv と DIR/<年度>/submissions/）。既定: input
              --output=DIR         出力フォルダ（DIR/<年度>/report-<年度>.pdf など）。既定: output
              --allow-incomplete   compile: 未提出・不備のプランがあっても「未提出」として作成します
              --force              compile / rollup: 入力に変更がなくても作り直します
              --limit=20           history: 表示する件数
              --plan=3             history / diff: プラン番号
              --from=12 --to=15    diff: 比べる版（history --plan=N の「版」の番号）
              --from-previous-year template: 前年度の受付済みシートからプランの内容・年度別計画を引き継ぎます
              --to=FILE / --from=FILE  backup / restore: バックアップのファイル
              application.yml の設定はすべて上書きできます（例: --plan-report.organisation=〇〇市、
              --plan-report.rollup.cron="0 30 1 * * *"、--spring.datasource.url=jdbc:h2:file:/srv/gyokaku/plan-report）

            例:
              bin/plan-report compile
              bin/plan-report compile --fiscal-year=2022 --input=/srv/gyokaku/input --output=/srv/gyokaku/output
              bin/plan-report compile --allow-incomplete
              bin/plan-report rollup --fiscal-year=R4
              bin/plan-report schedule --input=/srv/gyokaku/input --output=/srv/gyokaku/output
              bin/plan-report history --limit=50
              bin/plan-report history --plan=3 --fiscal-year=2022
              bin/plan-report diff --plan=3
              bin/plan-report import --fiscal-year=2021 --input=/srv/gyokaku/past
              bin/plan-report template --fiscal-year=2023 --from-previous-year
              bin/plan-report validate --fiscal-year=2022
              bin/plan-report user add --login=kikaku --role=office --name=企画経営課
              bin/plan-report serve --server.port=8080
              bin/plan-report backup --to=backup/plan-report-20260331.zip
              bin/plan-report restore --from=backup/plan-report-20260331.zip

            終了コード: 0 完了（警告あり可・変更なし） / 1 取りまとめ不可（不足・エラーを表示） / 2 使い方・設定の誤り、
                        または別の取りまとめが実行中 / 3 失敗（同じコマンドで再開）
            """;

    /** The commands, checked before Spring starts; each is a {@link Command} bean of the same name. */
    static final List<String> COMMANDS = List.of("compile", "rollup", "schedule", "serve", "history", "template", "validate",
            "user", "backup", "restore", "diff", "import");

    /** Commands that only check the run lock at start instead of holding it (they take it for each run). */
    private static final List<String> LOCK_PER_RUN = List.of("schedule", "serve");
    /** Commands that start no run at all: not even a check of the lock (an account can be added while a run goes on). */
    private static final List<String> NO_RUN = List.of("serve", "user");

    /** Commands that only read: on a shared database they run beside a compile or roll-up. */
    private static final List<String> READ_ONLY = List.of("history", "template");

    private CommandLine() {
    }

    /** Runs the command in this JVM. */
    public static int run(String[] args, SpringApplication application) {
        CommandLineOptions options = CommandLineOptions.parse(args);
        if (options.help()) {
            Console.info(USAGE);
            return ExitCodes.DONE;
        }
        boolean known = COMMANDS.contains(options.command());
        if (options.command() == null || !options.problems().isEmpty() || !known) {
            options.problems().forEach(Console::error);
            if (options.command() != null && !known) {
                Console.error("不明なコマンドです: " + options.command());
            }
            Console.error(USAGE);
            return ExitCodes.USAGE;
        }
        Optional<String> encoding = FileNames.encodingProblem(System.getProperty("os.name", ""),
                System.getProperty("sun.jnu.encoding", ""));
        // the build's ahead-of-time processing only defines the context: it reads no file names
        if (encoding.isPresent() && !Boolean.getBoolean("spring.aot.processing")) {
            Console.error(encoding.get());
            return ExitCodes.USAGE;
        }
        if ("rollup".equals(options.command()) && RollupShortcut.answered(args, options)) {
            return ExitCodes.DONE;
        }
        RunLockListener lock = new RunLockListener(options.describe(), !LOCK_PER_RUN.contains(options.command()),
                !NO_RUN.contains(options.command()));
        application.addListeners(lock);
        // only serve listens on a port; every other command is a plain process
        application.setWebApplicationType("serve".equals(options.command()) ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        ConfigurableApplicationContext context;
        try {
            context = application.run(args);
        } catch (SpringApplication.AbandonedRunException e) {
            // the build's ahead-of-time processing stops the start on purpose, once the context is defined
            lock.close();
            throw e;
        } catch (RuntimeException e) {
            lock.close();
            log.error("startup failed", e);
            Console.error(startupProblem(e, lock.databaseUrl()));
            return ExitCodes.USAGE;
        }
        try (lock; context; RunLock.Hold held = lockInDatabase(context, options)) {
            return context.getBeansOfType(Command.class).values().stream()
                    .filter(c -> c.name().equals(options.command())).findFirst().orElseThrow()
                    .run(options);
        } catch (RunLock.Held held) {
            Console.error(held.officeMessage());
            return ExitCodes.USAGE;
        } catch (RuntimeException e) {
            log.error(options.command() + " failed", e);
            Console.error(DatabaseProblem.among(e)
                    ? DatabaseProblem.describe(e, Database.location(context.getEnvironment().getProperty("spring.datasource.url")))
                    : "処理に失敗しました: " + e.getMessage() + "（詳細は data/plan-report.log）");
            return ExitCodes.FAILED;
        }
    }

    /**
     * The run lock of a shared database, taken once the database is open; null where the file lock
     * taken before the start does, and for commands that only read (or take it per run).
     */
    private static RunLock.Hold lockInDatabase(ConfigurableApplicationContext context, CommandLineOptions options) {
        if (FileRunLock.applies(context.getEnvironment().getProperty("spring.datasource.url"))
                || LOCK_PER_RUN.contains(options.command()) || NO_RUN.contains(options.command())
                || READ_ONLY.contains(options.command())) {
            return null;
        }
        return context.getBean(RunLock.class).acquire(options.describe());
    }

    private static String startupProblem(Throwable e, String databaseUrl) {
        // a value refused by our own checks first, then one Spring could not convert to its type
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidSetting invalid) {
                return invalid.getMessage();
            }
        }
        InvalidSetting unconvertible = InvalidSetting.unconvertible(e);
        if (unconvertible != null) {
            return unconvertible.getMessage();
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RunLock.Held held) {
                return held.officeMessage();
            }
            String message = String.valueOf(t.getMessage());
            if (message.contains("Database may be already in use") || message.contains("file is locked")) {
                return "別の plan-report がデータベース（data/）を使用中です。終わってからもう一度実行してください。";
            }
        }
        if (DatabaseProblem.among(e)) {
            return DatabaseProblem.atStart(e, Database.location(databaseUrl));
        }
        Optional<String> cannotWrite = WriteFailures.reason(e);
        if (cannotWrite.isPresent()) {
            return "起動できませんでした: " + e.getMessage() + "（原因: " + cannotWrite.get() + "）。"
                    + "空きや書き込みの権限を確認してから、もう一度実行してください（詳細は data/plan-report.log）。";
        }
        return "起動できませんでした: " + e.getMessage() + "（設定を確認してください。詳細は data/plan-report.log）";
    }
}
