package jp.planreport.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import jp.planreport.aggregate.Compilation;
import jp.planreport.aggregate.VersionsThatCount;
import jp.planreport.aggregate.YearsComparison;
import jp.planreport.config.PlanReportProperties;
import jp.planreport.intake.PlanMasterException;
import jp.planreport.intake.PlanMasterReader;
import jp.planreport.intake.SubmissionFolder;
import jp.planreport.model.PlanMaster;
import jp.planreport.model.PlanSheet;
import jp.planreport.store.SubmissionStore;

/**
 * A year's plans beside the two years before it (see {@link YearsComparison}), from the store: in
 * each earlier year the version that counts is the one {@link VersionsThatCount#yearEndVersion} names.
 * Last year's plans.csv, when the input folder still has it, says how last year's plans continued
 * the year before's; without it they continue by number.
 */
@Service
public class PastYears {

    private static final Logger log = LoggerFactory.getLogger(PastYears.class);

    private final SubmissionStore store;
    private final PlanReportProperties properties;

    public PastYears(SubmissionStore store, PlanReportProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    /** @param input the input folder of the run (for last year's plans.csv) */
    public YearsComparison compare(PlanMaster master, Compilation compilation, Path input) {
        int year = master.fiscalYear();
        return YearsComparison.of(master, compilation.sheets(), counted(year - 1), counted(year - 2),
                master(input, year - 1), properties.gradeScale().codes());
    }

    /** The sheets that count in a year, by plan number. */
    public Map<Integer, PlanSheet> counted(int fiscalYear) {
        Map<Integer, PlanSheet> sheets = new TreeMap<>();
        VersionsThatCount.yearEndVersions(store.versionsOfYear(fiscalYear)).forEach((planNo, v) -> sheets.put(planNo, v.sheet()));
        return sheets;
    }

    private static Optional<PlanMaster> master(Path input, int fiscalYear) {
        Path file = SubmissionFolder.of(input, fiscalYear).planMaster();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PlanMasterReader().read(file, fiscalYear));
        } catch (PlanMasterException e) {
            // its plans then continue by number; the year's own runs say what is wrong with it
            log.warn("plan master of {} not used for the years comparison: {}", fiscalYear, e.problems());
            return Optional.empty();
        }
    }
}
