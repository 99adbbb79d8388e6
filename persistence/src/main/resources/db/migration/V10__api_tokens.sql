-- API tokens for integrations (issue 15): each acts as one user account with one of its roles.
-- Only the SHA-256 of the secret is stored; revoked tokens stay, for the record.
CREATE SEQUENCE api_token_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE api_token (
    id          BIGINT       NOT NULL,
    name        VARCHAR(100) NOT NULL,
    username    VARCHAR(100) NOT NULL,
    role        VARCHAR(20)  NOT NULL,
    secret_hash VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    revoked_by  VARCHAR(100),
    CONSTRAINT pk_api_token PRIMARY KEY (id),
    CONSTRAINT uk_api_token_secret_hash UNIQUE (secret_hash),
    CONSTRAINT fk_api_token_user FOREIGN KEY (username) REFERENCES user_account (username)
);
