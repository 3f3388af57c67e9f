package jp.planreport.cli;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.springframework.stereotype.Component;

import jp.planreport.aggregate.PlanSheetDiff;
import jp.planreport.config.OfficeTime;
import jp.planreport.config.PlanReportProperties;
import jp.planreport.model.FiscalYears;
import jp.planreport.service.PlanVersions;
import jp.planreport.store.PlanSheetVersion;

/**
 * {@code diff --plan=N [--from=V --to=W]}: what changed between two versions of a plan sheet, field
 * by field, in Japanese ({@link PlanSheetDiff}); by default the version that counts against the one
 * received before it.
 */
@Component
public class DiffCommand implements Command {

    private final PlanVersions versions;
    private final PlanReportProperties properties;
    private final OfficeTime time;

    public DiffCommand(PlanVersions versions, PlanReportProperties properties, OfficeTime time) {
        this.versions = versions;
        this.properties = properties;
        this.time = time;
    }

    @Override
    public String name() {
        return "diff";
    }

    @Override
    public int run(CommandLineOptions options) {
        Optional<PlanTarget> target = PlanTarget.of(options, properties);
        if (target.isEmpty()) {
            return ExitCodes.USAGE;
        }
        OptionalInt from;
        OptionalInt to;
        try {
            from = options.version("from");
            to = options.version("to");
        } catch (IllegalArgumentException e) {
            Console.error(e.getMessage());
            return ExitCodes.USAGE;
        }
        int year = target.get().fiscalYear();
        int planNo = target.get().planNo();
        String plan = FiscalYears.label(year) + " プラン" + planNo;
        Optional<PlanVersions.Comparison> comparison = versions.compare(year, planNo,
                from.isPresent() ? Long.valueOf(from.getAsInt()) : null, to.isPresent() ? Long.valueOf(to.getAsInt()) : null);
        if (comparison.isEmpty()) {
            Console.error(from.isPresent() || to.isPresent()
                    ? plan + " に指定の版がありません。版の番号は history --plan=" + planNo + " で確認してください。"
                    : plan + " の版が 2 つ以上ないため、比べられません（history --plan=" + planNo + " で版を確認できます）。");
            return ExitCodes.USAGE;
        }
        PlanVersions.Comparison c = comparison.get();
        Console.info(plan + " の変更: 版" + c.from().id() + "（" + describe(c.from()) + "）→ 版" + c.to().id() + "（"
                + describe(c.to()) + "）");
        List<PlanSheetDiff.Change> changes = c.changes();
        if (changes.isEmpty()) {
            Console.info("  変更はありません。");
        }
        changes.forEach(change -> Console.info("  " + change.description()));
        return ExitCodes.DONE;
    }

    private String describe(PlanSheetVersion v) {
        return OfficeTime.format(time.local(v.receivedAt())) + " 受付、" + v.sourceFile();
    }
}
