-- Headcount planning: plan versions per org unit, quarter and scenario with their lines,
-- positions (planned seats with ids that last), HR's cost rates, unit budgets and scenarios.

CREATE SEQUENCE headcount_plan_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE plan_line_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE plan_position_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE cost_rate_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE unit_budget_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE plan_scenario_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE headcount_plan (
    id               BIGINT       NOT NULL,
    org_unit_code    VARCHAR(40)  NOT NULL,
    period           VARCHAR(7)   NOT NULL,
    scenario         VARCHAR(60)  NOT NULL,
    plan_version     INTEGER      NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    newest           BOOLEAN      NOT NULL,
    revision         BIGINT       NOT NULL,
    updated_by       VARCHAR(100) NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by       VARCHAR(100),
    decided_at       TIMESTAMP WITH TIME ZONE,
    decision_comment VARCHAR(2000),
    CONSTRAINT pk_headcount_plan PRIMARY KEY (id),
    CONSTRAINT uk_headcount_plan_version UNIQUE (org_unit_code, period, scenario, plan_version),
    CONSTRAINT fk_headcount_plan_unit FOREIGN KEY (org_unit_code) REFERENCES org_unit (code),
    CONSTRAINT ck_headcount_plan_status
        CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'SUPERSEDED'))
);
CREATE INDEX ix_headcount_plan_newest ON headcount_plan (scenario, period, newest, org_unit_code);

CREATE TABLE plan_line (
    id            BIGINT         NOT NULL,
    plan_id       BIGINT         NOT NULL,
    blueprint_id  BIGINT         NOT NULL,
    level         VARCHAR(20),
    planned_fte   NUMERIC(7, 3)  NOT NULL,
    cost_per_fte  NUMERIC(14, 2),
    justification VARCHAR(1000),
    CONSTRAINT pk_plan_line PRIMARY KEY (id),
    CONSTRAINT fk_plan_line_plan FOREIGN KEY (plan_id) REFERENCES headcount_plan (id),
    CONSTRAINT fk_plan_line_blueprint FOREIGN KEY (blueprint_id) REFERENCES role_blueprint (id),
    CONSTRAINT ck_plan_line_fte CHECK (planned_fte >= 0)
);
CREATE INDEX ix_plan_line_plan ON plan_line (plan_id);

-- A seat is "unit/blueprint id/level"; its positions are numbered from 1.
CREATE TABLE plan_position (
    id            BIGINT       NOT NULL,
    seat          VARCHAR(100) NOT NULL,
    ordinal       INTEGER      NOT NULL,
    org_unit_code VARCHAR(40)  NOT NULL,
    blueprint_id  BIGINT       NOT NULL,
    level         VARCHAR(20),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_plan_position PRIMARY KEY (id),
    CONSTRAINT uk_plan_position_seat UNIQUE (seat, ordinal)
);

-- level_key is the level's name, or '*' for the blueprint at any level.
CREATE TABLE cost_rate (
    id                  BIGINT         NOT NULL,
    blueprint_id        BIGINT         NOT NULL,
    level_key           VARCHAR(20)    NOT NULL,
    annual_cost_per_fte NUMERIC(14, 2) NOT NULL,
    updated_by          VARCHAR(100)   NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_cost_rate PRIMARY KEY (id),
    CONSTRAINT uk_cost_rate UNIQUE (blueprint_id, level_key),
    CONSTRAINT fk_cost_rate_blueprint FOREIGN KEY (blueprint_id) REFERENCES role_blueprint (id),
    CONSTRAINT ck_cost_rate_amount CHECK (annual_cost_per_fte >= 0)
);

CREATE TABLE unit_budget (
    id            BIGINT         NOT NULL,
    org_unit_code VARCHAR(40)    NOT NULL,
    period        VARCHAR(7)     NOT NULL,
    amount        NUMERIC(16, 2) NOT NULL,
    updated_by    VARCHAR(100)   NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_unit_budget PRIMARY KEY (id),
    CONSTRAINT uk_unit_budget UNIQUE (org_unit_code, period),
    CONSTRAINT fk_unit_budget_unit FOREIGN KEY (org_unit_code) REFERENCES org_unit (code),
    CONSTRAINT ck_unit_budget_amount CHECK (amount >= 0)
);

CREATE TABLE plan_scenario (
    id            BIGINT       NOT NULL,
    name          VARCHAR(60)  NOT NULL,
    org_unit_code VARCHAR(40)  NOT NULL,
    first_period  VARCHAR(7)   NOT NULL,
    last_period   VARCHAR(7)   NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    promoted_by   VARCHAR(100),
    promoted_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_plan_scenario PRIMARY KEY (id),
    CONSTRAINT uk_plan_scenario_name UNIQUE (name),
    CONSTRAINT fk_plan_scenario_unit FOREIGN KEY (org_unit_code) REFERENCES org_unit (code)
);
