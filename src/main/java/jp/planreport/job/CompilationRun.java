package jp.planreport.job;

import jp.planreport.aggregate.VersionsThatCount;

import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.batch.core.job.parameters.JobParameters;

import jp.planreport.intake.SubmissionFolder;

/**
 * One run as its job parameters describe it. The steps are shared by the year-end compilation and
 * the nightly roll-up; a roll-up (it has a roll-up date) is tolerant and writes drafts.
 */
public record CompilationRun(int fiscalYear, Path input, Path output, LocalDate rollupDate, boolean allowIncomplete) {

    public static CompilationRun of(JobParameters parameters) {
        String rollupDate = parameters.getString(JobParameterNames.ROLLUP_DATE);
        return new CompilationRun(parameters.getLong(JobParameterNames.FISCAL_YEAR).intValue(),
                Path.of(parameters.getString(JobParameterNames.INPUT)),
                Path.of(parameters.getString(JobParameterNames.OUTPUT)),
                rollupDate == null ? null : LocalDate.parse(rollupDate),
                Boolean.parseBoolean(parameters.getString(JobParameterNames.ALLOW_INCOMPLETE)));
    }

    /** A nightly roll-up: partial sheets are accepted, missing plans never refuse, outputs are drafts. */
    public boolean rollup() {
        return rollupDate != null;
    }

    /** Year-end rules: every required field filled in. */
    public boolean requireComplete() {
        return !rollup();
    }

    /** Which versions count in this run (see {@link VersionsThatCount}). */
    public VersionsThatCount.Rules rules() {
        return rollup() ? VersionsThatCount.Rules.DRAFT : allowIncomplete ? VersionsThatCount.Rules.YEAR_END_ALLOW_INCOMPLETE : VersionsThatCount.Rules.YEAR_END;
    }

    public boolean refusesIncomplete() {
        return !rollup() && !allowIncomplete;
    }

    public SubmissionFolder folder() {
        return SubmissionFolder.of(input, fiscalYear);
    }

    public OutputFiles outputs() {
        return rollup() ? OutputFiles.rollup(output, fiscalYear, rollupDate) : OutputFiles.of(output, fiscalYear);
    }
}
