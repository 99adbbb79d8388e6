-- A commit first stages its changes here, in chunks, each committed together with the run's
-- checkpoint (rows_staged); then one transaction moves them into the real tables and deletes
-- them. A server stopped while staging resumes from the checkpoint; nothing in these tables is
-- visible as organisation data. The tables hold only the runs under way, are read whole by run,
-- and joined to the real tables by their unique natural keys, so they have no index to keep up
-- (keys here cost as much as the staging itself): a change staged twice still cannot double a
-- record, since applying it breaks the real table's unique key and rolls the whole commit back.

ALTER TABLE import_run ADD COLUMN rows_staged INTEGER DEFAULT 0 NOT NULL;

CREATE TABLE import_stage_org_unit (
    import_id      BIGINT       NOT NULL,
    creates        BOOLEAN      NOT NULL,
    code           VARCHAR(40)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    parent_code    VARCHAR(40),
    manager_number VARCHAR(40),
    cost_centre    VARCHAR(40)
);

CREATE TABLE import_stage_employee (
    import_id       BIGINT        NOT NULL,
    creates         BOOLEAN       NOT NULL,
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
    annual_cost     NUMERIC(14, 2)
);

CREATE TABLE import_stage_assessment (
    import_id     BIGINT      NOT NULL,
    creates       BOOLEAN     NOT NULL,
    employee_id   BIGINT      NOT NULL,
    competency_id BIGINT      NOT NULL,
    level         SMALLINT    NOT NULL,
    assessed_on   DATE        NOT NULL,
    source        VARCHAR(20) NOT NULL
);
