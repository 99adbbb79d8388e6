-- Candidates come in through the spreadsheet import too (e.g. after a job fair): a commit stages
-- them a chunk at a time as V6 stages the other kinds, one row of column arrays per chunk. A new
-- candidate has no id yet; a row that updates one names it. The normalised duplicate keys are
-- staged beside the details, as the candidate table keeps them.

CREATE TABLE import_stage_candidate (
    import_id       BIGINT         NOT NULL,
    chunk           INTEGER        NOT NULL,
    creates         BOOLEAN ARRAY  NOT NULL,
    candidate_id    BIGINT ARRAY   NOT NULL,
    given_name      VARCHAR ARRAY  NOT NULL,
    family_name     VARCHAR ARRAY  NOT NULL,
    email           VARCHAR ARRAY  NOT NULL,
    phone           VARCHAR ARRAY  NOT NULL,
    source          VARCHAR ARRAY  NOT NULL,
    links           VARCHAR ARRAY  NOT NULL,
    employee_number VARCHAR ARRAY  NOT NULL,
    email_key       VARCHAR ARRAY  NOT NULL,
    name_phone_key  VARCHAR ARRAY  NOT NULL,
    CONSTRAINT pk_import_stage_candidate PRIMARY KEY (import_id, chunk)
);
