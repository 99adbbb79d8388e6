-- A commit stages its changes a chunk at a time, and now keeps each chunk as one row of column
-- arrays instead of one row per change: staging 100,000 changes writes 20 rows instead of 100,000,
-- and applying deletes 20 (V5's row-per-change tables cost a second write and a delete of every
-- change, about a third of a large commit). The key (import_id, chunk) refuses a chunk staged twice.
-- A chunk is named by how many changes of the run were staged before it; the run's checkpoint
-- (import_run.rows_staged) is written in the same transaction. Runs staged under V5 restage from
-- the start. The arrays themselves are never null; their elements may be.

DROP TABLE import_stage_org_unit;
DROP TABLE import_stage_employee;
DROP TABLE import_stage_assessment;
UPDATE import_run SET rows_staged = 0 WHERE rows_staged > 0;

CREATE TABLE import_stage_org_unit (
    import_id      BIGINT         NOT NULL,
    chunk          INTEGER        NOT NULL,
    creates        BOOLEAN ARRAY  NOT NULL,
    code           VARCHAR ARRAY  NOT NULL,
    name           VARCHAR ARRAY  NOT NULL,
    kind           VARCHAR ARRAY  NOT NULL,
    parent_code    VARCHAR ARRAY  NOT NULL,
    manager_number VARCHAR ARRAY  NOT NULL,
    cost_centre    VARCHAR ARRAY  NOT NULL,
    CONSTRAINT pk_import_stage_org_unit PRIMARY KEY (import_id, chunk)
);

CREATE TABLE import_stage_employee (
    import_id       BIGINT         NOT NULL,
    chunk           INTEGER        NOT NULL,
    creates         BOOLEAN ARRAY  NOT NULL,
    employee_number VARCHAR ARRAY  NOT NULL,
    given_name      VARCHAR ARRAY  NOT NULL,
    family_name     VARCHAR ARRAY  NOT NULL,
    email           VARCHAR ARRAY  NOT NULL,
    org_unit_code   VARCHAR ARRAY  NOT NULL,
    blueprint_id    BIGINT ARRAY   NOT NULL,
    level           VARCHAR ARRAY  NOT NULL,
    fte             NUMERIC ARRAY  NOT NULL,
    hire_date       DATE ARRAY     NOT NULL,
    end_date        DATE ARRAY     NOT NULL,
    location        VARCHAR ARRAY  NOT NULL,
    annual_cost     NUMERIC ARRAY  NOT NULL,
    CONSTRAINT pk_import_stage_employee PRIMARY KEY (import_id, chunk)
);

CREATE TABLE import_stage_assessment (
    import_id     BIGINT         NOT NULL,
    chunk         INTEGER        NOT NULL,
    creates       BOOLEAN ARRAY  NOT NULL,
    employee_id   BIGINT ARRAY   NOT NULL,
    competency_id BIGINT ARRAY   NOT NULL,
    level         INTEGER ARRAY  NOT NULL,
    assessed_on   DATE ARRAY     NOT NULL,
    source        VARCHAR ARRAY  NOT NULL,
    CONSTRAINT pk_import_stage_assessment PRIMARY KEY (import_id, chunk)
);
