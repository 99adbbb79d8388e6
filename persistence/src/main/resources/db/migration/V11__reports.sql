-- Leadership report packs (V11): employees' moves between units, which headcount bridges need to
-- tell who was where on a day gone by; packs made in the background, kept with their files; and
-- packs made every quarter on a schedule.

CREATE SEQUENCE employee_move_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE report_run_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE report_schedule_seq START WITH 50 INCREMENT BY 50;

-- From the end of moved_on the employee belongs to to_unit. Written whenever an employee's unit
-- changes (imports, edits), in the same transaction as the change.
CREATE TABLE employee_move (
    id              BIGINT      NOT NULL,
    employee_number VARCHAR(40) NOT NULL,
    from_unit       VARCHAR(40) NOT NULL,
    to_unit         VARCHAR(40) NOT NULL,
    moved_on        DATE        NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_employee_move PRIMARY KEY (id),
    CONSTRAINT fk_employee_move_employee FOREIGN KEY (employee_number)
        REFERENCES employee (employee_number)
);
CREATE INDEX ix_employee_move_employee ON employee_move (employee_number);
CREATE INDEX ix_employee_move_from ON employee_move (from_unit);
CREATE INDEX ix_employee_move_to ON employee_move (to_unit);

-- A scheduled pack: made at the start of every quarter for the owner, with the owner's rights then.
CREATE TABLE report_schedule (
    id            BIGINT       NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    org_unit_code VARCHAR(40),
    scenario      VARCHAR(60)  NOT NULL,
    detail        VARCHAR(20)  NOT NULL,
    format        VARCHAR(10)  NOT NULL,
    language      VARCHAR(10)  NOT NULL,
    owner         VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    next_run_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_report_schedule PRIMARY KEY (id),
    CONSTRAINT fk_report_schedule_unit FOREIGN KEY (org_unit_code) REFERENCES org_unit (code)
);
CREATE INDEX ix_report_schedule_next ON report_schedule (next_run_at);

-- A pack asked for: its parameters, where its making stands, and its file once made.
-- org_unit_code null: the whole organisation the requester sees.
CREATE TABLE report_run (
    id            BIGINT        NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    org_unit_code VARCHAR(40),
    first_quarter VARCHAR(7)    NOT NULL,
    last_quarter  VARCHAR(7)    NOT NULL,
    scenario      VARCHAR(60)   NOT NULL,
    detail        VARCHAR(20)   NOT NULL,
    format        VARCHAR(10)   NOT NULL,
    language      VARCHAR(10)   NOT NULL,
    requested_by  VARCHAR(100)  NOT NULL,
    requested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    schedule_id   BIGINT,
    status        VARCHAR(20)   NOT NULL,
    percent       SMALLINT      NOT NULL,
    pages         INTEGER,
    error         VARCHAR(2000),
    runner        VARCHAR(100),
    heartbeat_at  TIMESTAMP WITH TIME ZONE,
    finished_at   TIMESTAMP WITH TIME ZONE,
    file_name     VARCHAR(200),
    file_size     BIGINT,
    CONSTRAINT pk_report_run PRIMARY KEY (id),
    CONSTRAINT fk_report_run_schedule FOREIGN KEY (schedule_id)
        REFERENCES report_schedule (id) ON DELETE SET NULL,
    CONSTRAINT ck_report_run_percent CHECK (percent BETWEEN 0 AND 100)
);
CREATE INDEX ix_report_run_requester ON report_run (requested_by, requested_at);
CREATE INDEX ix_report_run_status ON report_run (status);

-- A finished pack's bytes, and a picture of its first page; deleted with its run.
CREATE TABLE report_file (
    run_id  BIGINT NOT NULL,
    content BYTEA  NOT NULL,
    preview BYTEA,
    CONSTRAINT pk_report_file PRIMARY KEY (run_id),
    CONSTRAINT fk_report_file_run FOREIGN KEY (run_id) REFERENCES report_run (id) ON DELETE CASCADE
);
