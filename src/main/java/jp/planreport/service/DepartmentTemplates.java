package jp.planreport.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import jp.planreport.config.PlanReportProperties;
import jp.planreport.intake.PlanSheetWorkbookWriter;
import jp.planreport.intake.SubmissionTemplates;
import jp.planreport.intake.SubmissionTemplates.DepartmentTemplate;
import jp.planreport.model.PlanMaster;
import jp.planreport.model.PlanSheet;
import jp.planreport.store.PlanSheetVersion;
import jp.planreport.store.SubmissionStore;

/**
 * The departments' submission workbooks of a year, from plans.csv; with {@code carryOver}, プランの
 * 内容 and 年度別計画 come from the newest accepted sheet of the previous year where there is one.
 * {@code template} writes them all, the portal hands one department its own.
 */
@Service
public class DepartmentTemplates {

    private final PlanReportProperties properties;
    private final SubmissionStore store;

    public DepartmentTemplates(PlanReportProperties properties, SubmissionStore store) {
        this.properties = properties;
        this.store = store;
    }

    public List<DepartmentTemplate> of(PlanMaster master, boolean carryOver) {
        int previousYear = master.fiscalYear() - 1;
        return SubmissionTemplates.of(master, planNo -> carryOver
                ? store.newest(previousYear, planNo).map(PlanSheetVersion::sheet) : Optional.<PlanSheet>empty());
    }

    public Optional<DepartmentTemplate> of(PlanMaster master, String department, boolean carryOver) {
        return of(master, carryOver).stream().filter(t -> t.department().equals(department)).findFirst();
    }

    public void write(DepartmentTemplate template, int fiscalYear, Path target) throws IOException {
        new PlanSheetWorkbookWriter().writeTemplate(template.department(), fiscalYear, template.sheets(),
                properties.gradeScale(), target);
    }
}
