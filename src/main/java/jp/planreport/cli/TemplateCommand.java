package jp.planreport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jp.planreport.job.RunTarget;
import jp.planreport.config.PlanReportProperties;
import jp.planreport.service.DepartmentTemplates;
import jp.planreport.intake.PlanSheetWorkbookWriter;
import jp.planreport.intake.SubmissionTemplates.DepartmentTemplate;
import jp.planreport.job.OutputFiles;
import jp.planreport.model.FiscalYears;

/**
 * {@code template}: one blank submission workbook per department from plans.csv, into
 * {@code <output>/<year>/templates/}. With --from-previous-year, プランの内容 and 年度別計画 are
 * filled in from the newest accepted sheet of the previous year, where the store has one.
 */
@Component
public class TemplateCommand implements Command {

    static final String FROM_PREVIOUS_YEAR = "from-previous-year";
    private static final Logger log = LoggerFactory.getLogger(TemplateCommand.class);

    private final PlanReportProperties properties;
    private final DepartmentTemplates departmentTemplates;

    public TemplateCommand(PlanReportProperties properties, DepartmentTemplates departmentTemplates) {
        this.properties = properties;
        this.departmentTemplates = departmentTemplates;
    }

    @Override
    public String name() {
        return "template";
    }

    @Override
    public int run(CommandLineOptions options) {
        Optional<RunTarget> resolved = options.target(properties, "ひな形の作成");
        if (resolved.isEmpty()) {
            return ExitCodes.USAGE;
        }
        RunTarget input = resolved.get();
        boolean carryOver = Boolean.parseBoolean(options.options().getOrDefault(FROM_PREVIOUS_YEAR, "false"));
        int previousYear = input.fiscalYear() - 1;
        var templates = departmentTemplates.of(input.master(), carryOver);
        Path folder = input.output().resolve(Integer.toString(input.fiscalYear())).resolve("templates");
        Console.info(FiscalYears.label(input.fiscalYear()) + " 提出用ひな形: " + folder);
        try {
            Files.createDirectories(folder);
            for (DepartmentTemplate template : templates) {
                Path target = folder.resolve(template.fileName());
                // as the reports are: a part file beside the target moved into place, never a half-written template
                Path part = OutputFiles.partOf(target);
                try {
                    departmentTemplates.write(template, input.fiscalYear(), part);
                    OutputFiles.publish(target);
                } finally {
                    Files.deleteIfExists(part);
                }
                Console.info("  " + template.fileName() + ": " + template.sheets().stream()
                        .map(PlanSheetWorkbookWriter.SheetContent::sheetName).collect(Collectors.joining("、"))
                        + (template.carriedOver().isEmpty() ? "" : "（前年度から引継ぎ: " + template.carriedOver().stream()
                        .map(n -> "プラン" + n).collect(Collectors.joining("、")) + "）"));
            }
        } catch (IOException e) {
            log.error("template failed", e);
            Console.error("ひな形を書き込めませんでした: " + e.getMessage() + "（出力フォルダを確認してください）");
            return ExitCodes.FAILED;
        }
        if (carryOver && templates.stream().allMatch(t -> t.carriedOver().isEmpty())) {
            Console.info("前年度（" + FiscalYears.label(previousYear) + "）の受付済みシートがないため、引継ぎはありません。");
        }
        Console.info(templates.size() + " 課分のひな形を作成しました。");
        return ExitCodes.DONE;
    }
}
