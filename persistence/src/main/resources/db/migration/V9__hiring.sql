-- Hiring: pipeline templates per blueprint family, requisitions for planned seats with the
-- pipeline they copied, candidates (with the normalised keys duplicates are found by) and their
-- CVs, applications with every stage move, interviews and scorecards, offers; and the hire that
-- fills a plan position.
-- An application keeps the furthest reporting stage it reached and the seconds it spent in each,
-- so funnels count columns of one table instead of replaying every move.

CREATE SEQUENCE stage_template_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE requisition_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE candidate_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE application_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE stage_move_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE interview_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE scorecard_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE offer_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE stage_template (
    id         BIGINT       NOT NULL,
    family     VARCHAR(100) NOT NULL,
    revision   BIGINT       NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_stage_template PRIMARY KEY (id),
    CONSTRAINT uk_stage_template_family UNIQUE (family)
);

CREATE TABLE stage_template_stage (
    template_id     BIGINT      NOT NULL,
    list_index      INTEGER     NOT NULL,
    stage_name      VARCHAR(60) NOT NULL,
    reporting_stage VARCHAR(20) NOT NULL,
    CONSTRAINT pk_stage_template_stage PRIMARY KEY (template_id, list_index),
    CONSTRAINT fk_stage_template_stage_template FOREIGN KEY (template_id)
        REFERENCES stage_template (id) ON DELETE CASCADE,
    CONSTRAINT ck_stage_template_stage_reporting
        CHECK (reporting_stage IN ('APPLIED', 'SCREEN', 'INTERVIEW', 'FINAL', 'OFFER', 'HIRED'))
);

CREATE TABLE requisition (
    id                 BIGINT        NOT NULL,
    org_unit_code      VARCHAR(40)   NOT NULL,
    blueprint_id       BIGINT        NOT NULL,
    blueprint_revision INTEGER       NOT NULL,
    level              VARCHAR(20),
    position_id        BIGINT,
    fte                NUMERIC(4, 3) NOT NULL,
    target_start       DATE          NOT NULL,
    hiring_manager     VARCHAR(100)  NOT NULL,
    recruiter          VARCHAR(100),
    justification      VARCHAR(2000),
    within_plan        BOOLEAN       NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    created_by         VARCHAR(100)  NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    approved_by        VARCHAR(100),
    approved_at        TIMESTAMP WITH TIME ZONE,
    opened_at          TIMESTAMP WITH TIME ZONE,
    hold_since         TIMESTAMP WITH TIME ZONE,
    hold_seconds       BIGINT        NOT NULL,
    accepted_at        TIMESTAMP WITH TIME ZONE,
    open_from          DATE,
    open_until         DATE,
    closed_at          TIMESTAMP WITH TIME ZONE,
    cancel_reason      VARCHAR(2000),
    hired_employee     VARCHAR(40),
    revision           BIGINT        NOT NULL,
    CONSTRAINT pk_requisition PRIMARY KEY (id),
    CONSTRAINT fk_requisition_unit FOREIGN KEY (org_unit_code) REFERENCES org_unit (code),
    CONSTRAINT fk_requisition_blueprint FOREIGN KEY (blueprint_id) REFERENCES role_blueprint (id),
    CONSTRAINT fk_requisition_position FOREIGN KEY (position_id) REFERENCES plan_position (id),
    CONSTRAINT ck_requisition_status
        CHECK (status IN ('DRAFT', 'APPROVED', 'OPEN', 'ON_HOLD', 'FILLED', 'CANCELLED')),
    CONSTRAINT ck_requisition_fte CHECK (fte > 0 AND fte <= 1)
);
CREATE INDEX ix_requisition_unit ON requisition (org_unit_code, status);
CREATE INDEX ix_requisition_open ON requisition (open_from, open_until);
CREATE INDEX ix_requisition_position ON requisition (position_id);
CREATE INDEX ix_requisition_accepted ON requisition (accepted_at);

CREATE TABLE requisition_stage (
    requisition_id  BIGINT      NOT NULL,
    list_index      INTEGER     NOT NULL,
    stage_name      VARCHAR(60) NOT NULL,
    reporting_stage VARCHAR(20) NOT NULL,
    CONSTRAINT pk_requisition_stage PRIMARY KEY (requisition_id, list_index),
    CONSTRAINT fk_requisition_stage_requisition FOREIGN KEY (requisition_id)
        REFERENCES requisition (id) ON DELETE CASCADE
);

CREATE TABLE candidate (
    id              BIGINT        NOT NULL,
    given_name      VARCHAR(100)  NOT NULL,
    family_name     VARCHAR(100)  NOT NULL,
    email           VARCHAR(200),
    phone           VARCHAR(40),
    source          VARCHAR(20)   NOT NULL,
    links           VARCHAR(2000),
    employee_number VARCHAR(40),
    email_key       VARCHAR(200),
    name_phone_key  VARCHAR(250),
    merged_into     BIGINT,
    anonymised_at   TIMESTAMP WITH TIME ZONE,
    created_by      VARCHAR(100)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    revision        BIGINT        NOT NULL,
    CONSTRAINT pk_candidate PRIMARY KEY (id),
    CONSTRAINT fk_candidate_merged_into FOREIGN KEY (merged_into) REFERENCES candidate (id)
);
CREATE INDEX ix_candidate_email_key ON candidate (email_key);
CREATE INDEX ix_candidate_name_phone_key ON candidate (name_phone_key);
CREATE INDEX ix_candidate_family_name ON candidate (family_name, given_name);

CREATE TABLE candidate_cv (
    candidate_id BIGINT       NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    content      BYTEA        NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_candidate_cv PRIMARY KEY (candidate_id),
    CONSTRAINT fk_candidate_cv_candidate FOREIGN KEY (candidate_id)
        REFERENCES candidate (id) ON DELETE CASCADE
);

CREATE TABLE application (
    id                BIGINT       NOT NULL,
    requisition_id    BIGINT       NOT NULL,
    candidate_id      BIGINT       NOT NULL,
    stage_index       INTEGER      NOT NULL,
    stage_name        VARCHAR(60)  NOT NULL,
    reporting_stage   VARCHAR(20)  NOT NULL,
    furthest_stage    VARCHAR(20)  NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    outcome_reason    VARCHAR(1000),
    applied_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    stage_entered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at         TIMESTAMP WITH TIME ZONE,
    created_by        VARCHAR(100) NOT NULL,
    seconds_applied   BIGINT,
    seconds_screen    BIGINT,
    seconds_interview BIGINT,
    seconds_final     BIGINT,
    seconds_offer     BIGINT,
    revision          BIGINT       NOT NULL,
    CONSTRAINT pk_application PRIMARY KEY (id),
    CONSTRAINT uk_application UNIQUE (requisition_id, candidate_id),
    CONSTRAINT fk_application_requisition FOREIGN KEY (requisition_id) REFERENCES requisition (id),
    CONSTRAINT fk_application_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id),
    CONSTRAINT ck_application_status CHECK (status IN ('ACTIVE', 'REJECTED', 'WITHDRAWN', 'HIRED'))
);
CREATE INDEX ix_application_candidate ON application (candidate_id);
-- What a funnel reads of the applications of a period, in one index: a year's funnel of a large
-- organisation reads it alone (an index-only scan) instead of the wide table.
CREATE INDEX ix_application_funnel ON application (applied_at, furthest_stage, status,
    reporting_stage, seconds_applied, seconds_screen, seconds_interview, seconds_final,
    seconds_offer, requisition_id);

CREATE TABLE stage_move (
    id             BIGINT       NOT NULL,
    application_id BIGINT       NOT NULL,
    from_stage     VARCHAR(60),
    to_stage       VARCHAR(60),
    outcome        VARCHAR(20),
    reason         VARCHAR(1000),
    moved_by       VARCHAR(100) NOT NULL,
    moved_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_stage_move PRIMARY KEY (id),
    CONSTRAINT fk_stage_move_application FOREIGN KEY (application_id) REFERENCES application (id)
);
CREATE INDEX ix_stage_move_application ON stage_move (application_id);

CREATE TABLE interview (
    id             BIGINT       NOT NULL,
    application_id BIGINT       NOT NULL,
    stage_name     VARCHAR(60)  NOT NULL,
    scheduled_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     VARCHAR(100) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_interview PRIMARY KEY (id),
    CONSTRAINT fk_interview_application FOREIGN KEY (application_id) REFERENCES application (id)
);
CREATE INDEX ix_interview_application ON interview (application_id);

CREATE TABLE interview_interviewer (
    interview_id BIGINT       NOT NULL,
    list_index   INTEGER      NOT NULL,
    username     VARCHAR(100) NOT NULL,
    CONSTRAINT pk_interview_interviewer PRIMARY KEY (interview_id, list_index),
    CONSTRAINT fk_interview_interviewer_interview FOREIGN KEY (interview_id)
        REFERENCES interview (id) ON DELETE CASCADE
);
CREATE INDEX ix_interview_interviewer_username ON interview_interviewer (username);

CREATE TABLE scorecard (
    id             BIGINT       NOT NULL,
    interview_id   BIGINT       NOT NULL,
    application_id BIGINT       NOT NULL,
    interviewer    VARCHAR(100) NOT NULL,
    recommendation VARCHAR(20)  NOT NULL,
    notes          VARCHAR(4000),
    submitted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    edits          INTEGER      NOT NULL,
    revision       BIGINT       NOT NULL,
    CONSTRAINT pk_scorecard PRIMARY KEY (id),
    CONSTRAINT uk_scorecard UNIQUE (interview_id, interviewer),
    CONSTRAINT fk_scorecard_interview FOREIGN KEY (interview_id) REFERENCES interview (id),
    CONSTRAINT fk_scorecard_application FOREIGN KEY (application_id) REFERENCES application (id)
);
CREATE INDEX ix_scorecard_application ON scorecard (application_id);

CREATE TABLE scorecard_rating (
    scorecard_id   BIGINT       NOT NULL,
    list_index     INTEGER      NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    item           VARCHAR(300) NOT NULL,
    competency_id  BIGINT,
    required_level INTEGER,
    rating         INTEGER      NOT NULL,
    CONSTRAINT pk_scorecard_rating PRIMARY KEY (scorecard_id, list_index),
    CONSTRAINT fk_scorecard_rating_scorecard FOREIGN KEY (scorecard_id)
        REFERENCES scorecard (id) ON DELETE CASCADE,
    CONSTRAINT ck_scorecard_rating CHECK (rating BETWEEN 1 AND 4)
);

CREATE TABLE offer (
    id                     BIGINT         NOT NULL,
    application_id         BIGINT         NOT NULL,
    requisition_id         BIGINT         NOT NULL,
    level                  VARCHAR(20),
    fte                    NUMERIC(4, 3)  NOT NULL,
    start_date             DATE           NOT NULL,
    annual_salary          NUMERIC(14, 2) NOT NULL,
    rate_per_fte           NUMERIC(14, 2),
    needs_leadership       BOOLEAN        NOT NULL,
    status                 VARCHAR(20)    NOT NULL,
    hr_approved_by         VARCHAR(100),
    hr_approved_at         TIMESTAMP WITH TIME ZONE,
    leadership_approved_by VARCHAR(100),
    leadership_approved_at TIMESTAMP WITH TIME ZONE,
    decided_at             TIMESTAMP WITH TIME ZONE,
    reason                 VARCHAR(1000),
    created_by             VARCHAR(100)   NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    revision               BIGINT         NOT NULL,
    CONSTRAINT pk_offer PRIMARY KEY (id),
    CONSTRAINT fk_offer_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_offer_requisition FOREIGN KEY (requisition_id) REFERENCES requisition (id),
    CONSTRAINT ck_offer_status
        CHECK (status IN ('PROPOSED', 'APPROVED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'))
);
CREATE INDEX ix_offer_application ON offer (application_id);
CREATE INDEX ix_offer_decided ON offer (decided_at);

-- A position filled by a hire names the employee and the day they start.
ALTER TABLE plan_position ADD COLUMN filled_by VARCHAR(40);
ALTER TABLE plan_position ADD COLUMN filled_on DATE;
