package jp.planreport.job;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import jp.planreport.intake.PlanSheetValidator;
import jp.planreport.intake.SubmissionFile;
import jp.planreport.service.IntakeResult;
import jp.planreport.service.SubmissionIntake;

/** The intake's processor: reads and validates one workbook through {@link SubmissionIntake}. */
class SubmissionIntakeProcessor implements ItemProcessor<SubmissionFile, IntakeResult> {

    private final SubmissionIntake intake;
    private final PlanSheetValidator validator;

    SubmissionIntakeProcessor(SubmissionIntake intake, PlanSheetValidator validator) {
        this.intake = intake;
        this.validator = validator;
    }

    @Override
    public IntakeResult process(SubmissionFile file) {
        return intake.read(file, validator);
    }
}
