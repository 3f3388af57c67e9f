-- The submission store: every accepted version of every plan sheet, and the findings of each run.
-- IF NOT EXISTS: a database of a release before migrations already has these tables (baseline 0).
CREATE TABLE IF NOT EXISTS plan_sheet_version (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    fiscal_year      INT           NOT NULL,
    plan_no          INT           NOT NULL,
    source_file      VARCHAR(1024) NOT NULL,
    sheet_name       VARCHAR(255)  NOT NULL,
    checksum         CHAR(64)      NOT NULL,
    size_bytes       BIGINT        NOT NULL,
    file_modified_at TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sheet_json       CLOB          NOT NULL,
    CONSTRAINT plan_sheet_version_once UNIQUE (fiscal_year, plan_no, checksum, sheet_name)
);
CREATE INDEX IF NOT EXISTS plan_sheet_version_plan ON plan_sheet_version (fiscal_year, plan_no);

-- Every plan sheet a run read, accepted or not (version_id is null for a rejected sheet): an
-- unchanged file adds no version, but the run still saw it; a rejected sheet still counts as submitted.
CREATE TABLE IF NOT EXISTS intake_sheet (
    job_instance_id BIGINT        NOT NULL,
    source_file     VARCHAR(1024) NOT NULL,
    sheet_name      VARCHAR(255)  NOT NULL,
    plan_no         INT,
    version_id      BIGINT,
    PRIMARY KEY (job_instance_id, source_file, sheet_name)
);

CREATE TABLE IF NOT EXISTS intake_finding (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    job_instance_id BIGINT        NOT NULL,
    severity        VARCHAR(16)   NOT NULL,
    code            VARCHAR(64)   NOT NULL,
    source_file     VARCHAR(1024),
    sheet_name      VARCHAR(255),
    field           VARCHAR(64),
    message         VARCHAR(4000) NOT NULL
);
CREATE INDEX IF NOT EXISTS intake_finding_run ON intake_finding (job_instance_id);
