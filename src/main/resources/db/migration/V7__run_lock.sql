-- The run lock and the schedule's lock of a shared database (ShedLock's table, its usual name and
-- columns): one row per lock, held by whoever set lock_until in the future. locked_by says which
-- command on which host and process holds it since when, for the one who is refused.
CREATE TABLE shedlock (
    name       VARCHAR(64)   NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(3)  NOT NULL,
    locked_at  TIMESTAMP(3)  NOT NULL,
    locked_by  VARCHAR(1024) NOT NULL
);
