-- Loket local store, one database per device (H2, CIPHER=AES).

CREATE TABLE device_profile (
    id            INT PRIMARY KEY CHECK (id = 1),
    device_id     UUID NOT NULL,
    office_code   VARCHAR(16) NOT NULL,
    counter_no    INT NOT NULL CHECK (counter_no BETWEEN 1 AND 99),
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- named counters: receipt sequences per office/counter/date, the outbox device sequence
CREATE TABLE counter (
    name          VARCHAR(120) PRIMARY KEY,
    last_value    BIGINT NOT NULL
);

CREATE TABLE officer (
    id              UUID PRIMARY KEY,
    username        VARCHAR(64) NOT NULL,
    username_key    VARCHAR(64) NOT NULL UNIQUE,
    full_name       VARCHAR(200) NOT NULL,
    role            VARCHAR(20) NOT NULL,
    active          BOOLEAN NOT NULL,
    password_hash   VARCHAR(300) NOT NULL,
    failed_logins   INT NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE audit_log (
    seq           BIGINT PRIMARY KEY,
    at            VARCHAR(40) NOT NULL,
    actor         VARCHAR(100) NOT NULL,
    action        VARCHAR(100) NOT NULL,
    subject       VARCHAR(200),
    details       CHARACTER LARGE OBJECT NOT NULL,
    prev_hash     CHAR(64) NOT NULL,
    hash          CHAR(64) NOT NULL
);

-- the last entry of the chain; its row lock serialises appends and it reveals a cut-off tail
CREATE TABLE audit_head (
    id            INT PRIMARY KEY CHECK (id = 1),
    last_seq      BIGINT NOT NULL,
    last_hash     CHAR(64) NOT NULL
);
INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TRIGGER audit_log_append_only BEFORE UPDATE, DELETE ON audit_log
    FOR EACH ROW CALL 'id.loket.core.audit.AppendOnlyTrigger';

CREATE TABLE blob (
    hash          CHAR(64) PRIMARY KEY,
    media_type    VARCHAR(100) NOT NULL,
    size          BIGINT NOT NULL,
    data          BLOB NOT NULL
);

CREATE TABLE application (
    id              UUID PRIMARY KEY,
    receipt_number  VARCHAR(40) UNIQUE,
    state           VARCHAR(20) NOT NULL,
    nik             VARCHAR(32),
    full_name       VARCHAR(200),
    birth_date      DATE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    body            CHARACTER LARGE OBJECT NOT NULL
);
CREATE INDEX application_state ON application (state);
CREATE INDEX application_nik ON application (nik);
CREATE INDEX application_full_name ON application (full_name);
CREATE INDEX application_created_at ON application (created_at);

CREATE TABLE outbox (
    device_seq    BIGINT PRIMARY KEY,
    record_id     UUID NOT NULL,
    record_hash   CHAR(64) NOT NULL,
    state         VARCHAR(20) NOT NULL,
    reason        VARCHAR(1000),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX outbox_state ON outbox (state, device_seq);
CREATE INDEX outbox_record ON outbox (record_id);
