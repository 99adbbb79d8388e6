-- Organisation, people and competency assessments, and the record of HR imports.
-- Imports write these tables in bulk by natural key (unit code, employee number), so units and
-- employees refer to units by code.

CREATE SEQUENCE org_unit_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE employee_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE assessment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE import_run_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE org_unit (
    id             BIGINT       NOT NULL,
    code           VARCHAR(40)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    parent_code    VARCHAR(40),
    manager_number VARCHAR(40),
    cost_centre    VARCHAR(40),
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_org_unit PRIMARY KEY (id),
    CONSTRAINT uk_org_unit_code UNIQUE (code),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_code) REFERENCES org_unit (code)
);
CREATE INDEX ix_org_unit_parent ON org_unit (parent_code);
CREATE INDEX ix_org_unit_manager ON org_unit (manager_number);

CREATE TABLE employee (
    id              BIGINT        NOT NULL,
    employee_number VARCHAR(40)   NOT NULL,
    given_name      VARCHAR(100)  NOT NULL,
    family_name     VARCHAR(100)  NOT NULL,
    email           VARCHAR(200),
    org_unit_code   VARCHAR(40)   NOT NULL,
    blueprint_id    BIGINT,
    level           VARCHAR(20),
    fte             NUMERIC(4, 3) NOT NULL,
    hire_date       DATE,
    end_date        DATE,
    location        VARCHAR(100),
    annual_cost     NUMERIC(14, 2),
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_employee PRIMARY KEY (id),
    CONSTRAINT uk_employee_number UNIQUE (employee_number),
    CONSTRAINT fk_employee_unit FOREIGN KEY (org_unit_code) REFERENCES org_unit (code),
    CONSTRAINT fk_employee_blueprint FOREIGN KEY (blueprint_id) REFERENCES role_blueprint (id),
    CONSTRAINT ck_employee_fte CHECK (fte > 0 AND fte <= 1)
);
CREATE INDEX ix_employee_unit ON employee (org_unit_code);
CREATE INDEX ix_employee_blueprint ON employee (blueprint_id);

CREATE TABLE assessment (
    id            BIGINT      NOT NULL,
    employee_id   BIGINT      NOT NULL,
    competency_id BIGINT      NOT NULL,
    level         SMALLINT    NOT NULL,
    assessed_on   DATE        NOT NULL,
    source        VARCHAR(20) NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_assessment PRIMARY KEY (id),
    CONSTRAINT uk_assessment UNIQUE (employee_id, competency_id, assessed_on),
    CONSTRAINT fk_assessment_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_assessment_competency FOREIGN KEY (competency_id) REFERENCES competency (id),
    CONSTRAINT ck_assessment_level CHECK (level BETWEEN 0 AND 5)
);
CREATE INDEX ix_assessment_competency ON assessment (competency_id);

-- A portal user may be a person of the organisation: a manager's scope follows from it.
ALTER TABLE user_account ADD COLUMN employee_number VARCHAR(40);

CREATE TABLE import_run (
    id           BIGINT        NOT NULL,
    kind         VARCHAR(30)   NOT NULL,
    run_mode     VARCHAR(20)   NOT NULL,
    status       VARCHAR(20)   NOT NULL,
    file_name    VARCHAR(300)  NOT NULL,
    checksum     VARCHAR(64)   NOT NULL,
    file_size    BIGINT        NOT NULL,
    skip_invalid BOOLEAN       NOT NULL,
    started_by   VARCHAR(100)  NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE,
    rows_total   INTEGER       NOT NULL,
    rows_done    INTEGER       NOT NULL,
    to_create    INTEGER       NOT NULL,
    to_update    INTEGER       NOT NULL,
    unchanged    INTEGER       NOT NULL,
    error_count  INTEGER       NOT NULL,
    skipped      INTEGER       NOT NULL,
    message      VARCHAR(2000),
    dry_run_id   BIGINT,
    version      BIGINT        NOT NULL,
    CONSTRAINT pk_import_run PRIMARY KEY (id)
);
CREATE INDEX ix_import_run_started ON import_run (started_at);
CREATE INDEX ix_import_run_checksum ON import_run (kind, checksum);

CREATE TABLE import_problem (
    import_id    BIGINT        NOT NULL,
    seq_no       INTEGER       NOT NULL,
    row_no       INTEGER       NOT NULL,
    column_name  VARCHAR(200),
    column_index INTEGER       NOT NULL,
    cell_value   VARCHAR(1000) NOT NULL,
    reason       VARCHAR(2000) NOT NULL,
    CONSTRAINT pk_import_problem PRIMARY KEY (import_id, seq_no),
    CONSTRAINT fk_import_problem_run FOREIGN KEY (import_id) REFERENCES import_run (id) ON DELETE CASCADE
);
