-- State that changes while work goes on, kept apart from the versioned rows it would otherwise
-- step (or be stepped by), and state that was read back from the audit log.

-- How far an import run is and which server runs it (its lease): written by progress reports,
-- checkpoints and start-up claims while the run's own row, whose version guards its status and
-- outcome, is held by another transaction. One row per run; rows_total is the current step's
-- (rows to check, or changes to stage), rows_staged the commit's checkpoint.
CREATE TABLE import_progress (
    run_id       BIGINT       NOT NULL,
    rows_done    INTEGER      NOT NULL,
    rows_total   INTEGER      NOT NULL,
    rows_staged  INTEGER      NOT NULL,
    runner       VARCHAR(300),
    heartbeat_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_import_progress PRIMARY KEY (run_id),
    CONSTRAINT fk_import_progress_run FOREIGN KEY (run_id) REFERENCES import_run (id) ON DELETE CASCADE
);

INSERT INTO import_progress (run_id, rows_done, rows_total, rows_staged, runner, heartbeat_at)
    SELECT id, rows_done, rows_total, rows_staged, runner, heartbeat_at FROM import_run;

ALTER TABLE import_run DROP COLUMN rows_done;
ALTER TABLE import_run DROP COLUMN rows_staged;
ALTER TABLE import_run DROP COLUMN runner;
ALTER TABLE import_run DROP COLUMN heartbeat_at;

-- Which plan workbooks (by the file's SHA-256) each person has dry-run: a commit must name one.
CREATE TABLE plan_import_dry_run (
    checksum   VARCHAR(64)  NOT NULL,
    checked_by VARCHAR(100) NOT NULL,
    checked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_plan_import_dry_run PRIMARY KEY (checksum, checked_by)
);
