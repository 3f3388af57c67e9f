-- When the office received a version (the start of the intake or upload that first saw it) and
-- whether it was accepted under the year-end rules: "the version that counts" is the newest
-- received, not the newest file time (a file copied with its times kept, or taken from a mail or a
-- zip, can be newer and carry an older time). Versions of a release before this migration keep
-- their order by file time (all received at the epoch); those a year-end compilation read were
-- accepted under the year-end rules.
ALTER TABLE plan_sheet_version ADD COLUMN received_at TIMESTAMP WITH TIME ZONE DEFAULT TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00Z' NOT NULL;
ALTER TABLE plan_sheet_version ADD COLUMN year_end_rules BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE plan_sheet_version SET year_end_rules = TRUE WHERE id IN (
    SELECT s.version_id FROM intake_sheet s JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = s.job_instance_id
    WHERE i.JOB_NAME = 'yearEndCompilation');
