-- Every section of an imported blueprint document, where it came from, what could not be read,
-- and the competency catalogue that blueprint skills link to.

CREATE SEQUENCE competency_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE competency (
    id         BIGINT       NOT NULL,
    name       VARCHAR(300) NOT NULL,
    name_key   VARCHAR(300) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT       NOT NULL,
    CONSTRAINT pk_competency PRIMARY KEY (id),
    CONSTRAINT uk_competency_name_key UNIQUE (name_key)
);

CREATE TABLE competency_alias (
    competency_id BIGINT       NOT NULL,
    alias         VARCHAR(300) NOT NULL,
    alias_key     VARCHAR(300) NOT NULL,
    CONSTRAINT pk_competency_alias PRIMARY KEY (competency_id, alias),
    CONSTRAINT fk_competency_alias_competency FOREIGN KEY (competency_id)
        REFERENCES competency (id) ON DELETE CASCADE
);
CREATE INDEX ix_competency_alias_key ON competency_alias (alias_key);

ALTER TABLE role_blueprint ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
UPDATE role_blueprint SET updated_at = created_at;
ALTER TABLE role_blueprint ALTER COLUMN updated_at SET NOT NULL;

ALTER TABLE blueprint_revision ADD COLUMN source_format VARCHAR(30);
ALTER TABLE blueprint_revision ADD COLUMN source_file VARCHAR(300);
ALTER TABLE blueprint_revision ADD COLUMN source_url VARCHAR(2000);
ALTER TABLE blueprint_revision ADD COLUMN source_modified TIMESTAMP WITH TIME ZONE;
ALTER TABLE blueprint_revision ADD COLUMN source_checksum VARCHAR(64);
ALTER TABLE blueprint_revision ADD COLUMN experience_min_years INTEGER;
ALTER TABLE blueprint_revision ADD COLUMN experience_max_years INTEGER;
ALTER TABLE blueprint_revision ADD COLUMN experience_text VARCHAR(4000);
CREATE INDEX ix_blueprint_revision_checksum ON blueprint_revision (source_checksum);

ALTER TABLE blueprint_technical_skill ADD COLUMN competency_id BIGINT;
ALTER TABLE blueprint_technical_skill ADD CONSTRAINT fk_blueprint_technical_skill_competency
    FOREIGN KEY (competency_id) REFERENCES competency (id);
CREATE INDEX ix_blueprint_technical_skill_competency ON blueprint_technical_skill (competency_id);

CREATE TABLE blueprint_soft_skill (
    revision_id        BIGINT        NOT NULL,
    list_index         INTEGER       NOT NULL,
    name               VARCHAR(300)  NOT NULL,
    why_it_matters     VARCHAR(4000),
    shows_up_as        VARCHAR(4000),
    strong_performance VARCHAR(4000),
    competency_id      BIGINT,
    CONSTRAINT pk_blueprint_soft_skill PRIMARY KEY (revision_id, list_index),
    CONSTRAINT fk_blueprint_soft_skill_revision FOREIGN KEY (revision_id)
        REFERENCES blueprint_revision (id) ON DELETE CASCADE,
    CONSTRAINT fk_blueprint_soft_skill_competency FOREIGN KEY (competency_id)
        REFERENCES competency (id)
);
CREATE INDEX ix_blueprint_soft_skill_competency ON blueprint_soft_skill (competency_id);

CREATE TABLE blueprint_kpi (
    revision_id    BIGINT        NOT NULL,
    list_index     INTEGER       NOT NULL,
    name           VARCHAR(4000) NOT NULL,
    measures       VARCHAR(4000),
    why_it_matters VARCHAR(4000),
    target         VARCHAR(4000),
    frequency      VARCHAR(300),
    CONSTRAINT pk_blueprint_kpi PRIMARY KEY (revision_id, list_index),
    CONSTRAINT fk_blueprint_kpi_revision FOREIGN KEY (revision_id)
        REFERENCES blueprint_revision (id) ON DELETE CASCADE
);

CREATE TABLE blueprint_tool (
    revision_id      BIGINT        NOT NULL,
    list_index       INTEGER       NOT NULL,
    category         VARCHAR(300),
    tool             VARCHAR(300)  NOT NULL,
    primary_use      VARCHAR(4000),
    commonality      VARCHAR(20),
    commonality_text VARCHAR(300),
    CONSTRAINT pk_blueprint_tool PRIMARY KEY (revision_id, list_index),
    CONSTRAINT fk_blueprint_tool_revision FOREIGN KEY (revision_id)
        REFERENCES blueprint_revision (id) ON DELETE CASCADE
);

CREATE TABLE blueprint_scorecard_dimension (
    revision_id BIGINT       NOT NULL,
    list_index  INTEGER      NOT NULL,
    dimension   VARCHAR(300) NOT NULL,
    CONSTRAINT pk_blueprint_scorecard_dimension PRIMARY KEY (revision_id, list_index),
    CONSTRAINT fk_blueprint_scorecard_dimension_revision FOREIGN KEY (revision_id)
        REFERENCES blueprint_revision (id) ON DELETE CASCADE
);

CREATE TABLE blueprint_scorecard_anchor (
    revision_id     BIGINT        NOT NULL,
    list_index      INTEGER       NOT NULL,
    dimension_index INTEGER       NOT NULL,
    label           VARCHAR(300)  NOT NULL,
    text            VARCHAR(4000),
    CONSTRAINT pk_blueprint_scorecard_anchor PRIMARY KEY (revision_id, list_index),
    CONSTRAINT fk_blueprint_scorecard_anchor_revision FOREIGN KEY (revision_id)
        REFERENCES blueprint_revision (id) ON DELETE CASCADE
);

CREATE TABLE blueprint_career_step (
    revision_id BIGINT        NOT NULL,
    list_index  INTEGER       NOT NULL,
    direction   VARCHAR(20)   NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    note        VARCHAR(4000),
    CONSTRAINT pk_blueprint_career_step PRIMARY KEY (revision_id, list_index),
    CONSTRAINT fk_blueprint_career_step_revision FOREIGN KEY (revision_id)
        REFERENCES blueprint_revision (id) ON DELETE CASCADE
);

CREATE TABLE blueprint_item (
    revision_id BIGINT        NOT NULL,
    list_index  INTEGER       NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    item_group  VARCHAR(300),
    text        VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_blueprint_item PRIMARY KEY (revision_id, list_index),
    CONSTRAINT fk_blueprint_item_revision FOREIGN KEY (revision_id)
        REFERENCES blueprint_revision (id) ON DELETE CASCADE
);

CREATE TABLE blueprint_section (
    revision_id BIGINT         NOT NULL,
    list_index  INTEGER        NOT NULL,
    heading     VARCHAR(300)   NOT NULL,
    body        VARCHAR(100000),
    CONSTRAINT pk_blueprint_section PRIMARY KEY (revision_id, list_index),
    CONSTRAINT fk_blueprint_section_revision FOREIGN KEY (revision_id)
        REFERENCES blueprint_revision (id) ON DELETE CASCADE
);

CREATE TABLE blueprint_warning (
    revision_id BIGINT        NOT NULL,
    list_index  INTEGER       NOT NULL,
    message     VARCHAR(2000) NOT NULL,
    CONSTRAINT pk_blueprint_warning PRIMARY KEY (revision_id, list_index),
    CONSTRAINT fk_blueprint_warning_revision FOREIGN KEY (revision_id)
        REFERENCES blueprint_revision (id) ON DELETE CASCADE
);
