package jp.planreport.cli;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jp.planreport.config.PlanReportProperties;
import jp.planreport.job.RunTarget;
import jp.planreport.model.Finding;
import jp.planreport.model.FiscalYears;
import jp.planreport.store.Database;

/**
 * {@code import --fiscal-year=Y --input=DIR}: stores a past year's submissions, checked with that
 * year's plans.csv and the year-end rules, without making its booklet, so that an office starting
 * with plan-report has the earlier years the overviews and 経年推移 compare with. The same intake
 * and verdict as {@code validate}; the year must be given, never guessed.
 */
@Component
public class ImportCommand implements Command {

    private static final Logger log = LoggerFactory.getLogger(ImportCommand.class);

    private final PlanReportProperties properties;
    private final ValidateCommand validate;
    private final Database database;

    public ImportCommand(PlanReportProperties properties, ValidateCommand validate, Database database) {
        this.properties = properties;
        this.validate = validate;
        this.database = database;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public int run(CommandLineOptions options) {
        if (!options.options().containsKey("fiscal-year") || !options.options().containsKey("input")) {
            Console.error("取り込む年度と入力フォルダを指定してください（例: import --fiscal-year=2021 --input=/srv/gyokaku/past）");
            return ExitCodes.USAGE;
        }
        Optional<RunTarget> resolved = options.target(properties, "取り込み");
        if (resolved.isEmpty()) {
            return ExitCodes.USAGE;
        }
        RunTarget input = resolved.get();
        String year = FiscalYears.label(input.fiscalYear());
        Console.info(year + " の提出を取り込みます: " + input.folder().submissions());
        ValidateCommand.Outcome outcome = validate.validate(input);
        database.flush(); // said to be stored: on disk, not only in H2's memory
        List<Finding> all = outcome.all();
        all.forEach(f -> log.info("{} {} {} {} {}", f.code(), f.file(), f.sheet(), f.field(), f.message()));
        ValidateCommand.print(outcome, input.master());
        Console.info(ValidateCommand.summary(outcome.files().size(), outcome.acceptedSheets(), all));
        long stored = input.master().plans().size() - outcome.unaccepted().values().stream().mapToLong(List::size).sum();
        Console.info(year + " のプラン " + input.master().plans().size() + " 件のうち " + stored
                + " 件のシートを取り込みました（冊子は作りません）。次の年度の冊子と集計表で経年比較に使われます。");
        if (outcome.exitCode() == ExitCodes.REFUSED) {
            Console.error("取り込めなかったシートがあります（上の一覧）。直したファイルで同じコマンドをもう一度実行してください。");
        }
        return outcome.exitCode();
    }
}
