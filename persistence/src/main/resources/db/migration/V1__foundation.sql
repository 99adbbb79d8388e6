-- Cadre foundation: user accounts, the audit trail, demo bookkeeping and the blueprint library.
-- One set of migrations serves H2 and PostgreSQL: keep to SQL both understand.

-- EclipseLink takes a sequence value as the end of a block of 50 ids, so sequences start at 50.
CREATE SEQUENCE user_account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE role_blueprint_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE blueprint_revision_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE user_account (
    id            BIGINT       NOT NULL,
    username      VARCHAR(100) NOT NULL,
    password_hash VARCHAR(300) NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_user_account PRIMARY KEY (id),
    CONSTRAINT uk_user_account_username UNIQUE (username)
);

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(20) NOT NULL,
    CONSTRAINT pk_user_role PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
);

CREATE TABLE audit_event (
    id           BIGINT        NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    action       VARCHAR(100)  NOT NULL,
    subject_type VARCHAR(100)  NOT NULL,
    subject_id   VARCHAR(100),
    details      VARCHAR(8000),
    CONSTRAINT pk_audit_event PRIMARY KEY (id)
);
CREATE INDEX ix_audit_event_subject ON audit_event (subject_type, subject_id, occurred_at);

CREATE TABLE demo_seed (
    name       VARCHAR(100) NOT NULL,
    applied_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_demo_seed PRIMARY KEY (name)
);

CREATE TABLE role_blueprint (
    id         BIGINT       NOT NULL,
    role_key   VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT       NOT NULL,
    CONSTRAINT pk_role_blueprint PRIMARY KEY (id),
    CONSTRAINT uk_role_blueprint_role_key UNIQUE (role_key)
);

CREATE TABLE blueprint_revision (
    id              BIGINT        NOT NULL,
    blueprint_id    BIGINT        NOT NULL,
    revision_number INTEGER       NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    latest          BOOLEAN       NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    family          VARCHAR(100),
    level           VARCHAR(20),
    level_rank      INTEGER,
    track           VARCHAR(30)   NOT NULL,
    summary         VARCHAR(8000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_blueprint_revision PRIMARY KEY (id),
    CONSTRAINT uk_blueprint_revision_number UNIQUE (blueprint_id, revision_number),
    CONSTRAINT fk_blueprint_revision_blueprint FOREIGN KEY (blueprint_id) REFERENCES role_blueprint (id),
    CONSTRAINT ck_blueprint_revision_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'SUPERSEDED', 'RETIRED'))
);
CREATE INDEX ix_blueprint_revision_latest ON blueprint_revision (latest, title);
CREATE INDEX ix_blueprint_revision_status ON blueprint_revision (status, title);

CREATE TABLE blueprint_technical_skill (
    revision_id     BIGINT        NOT NULL,
    list_index      INTEGER       NOT NULL,
    tier            VARCHAR(20)   NOT NULL,
    name            VARCHAR(300)  NOT NULL,
    description     VARCHAR(4000),
    typical_use     VARCHAR(4000),
    importance      VARCHAR(20),
    importance_text VARCHAR(300),
    CONSTRAINT pk_blueprint_technical_skill PRIMARY KEY (revision_id, list_index),
    CONSTRAINT fk_blueprint_technical_skill_revision FOREIGN KEY (revision_id)
        REFERENCES blueprint_revision (id) ON DELETE CASCADE
);
