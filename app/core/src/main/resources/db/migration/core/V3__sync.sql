-- Sync with the centre (issue 4): what each outbox row sends, who this device is to the centre,
-- the resumable uploads, the status feed's cursor and the decisions applied from it.

-- the exact canonical JSON that was hashed when the row was queued (sent as is), its kind and size;
-- rows queued before this version are filled in by the Java migration 3.1 (OutboxBackfillMigration)
ALTER TABLE outbox ADD COLUMN kind VARCHAR(40);
ALTER TABLE outbox ADD COLUMN payload CHARACTER LARGE OBJECT;
ALTER TABLE outbox ADD COLUMN payload_size BIGINT;

-- the images a row references: uploaded before the row is sent
CREATE TABLE outbox_blob (
    device_seq    BIGINT NOT NULL REFERENCES outbox (device_seq),
    blob_hash     CHAR(64) NOT NULL,
    PRIMARY KEY (device_seq, blob_hash)
);
CREATE INDEX outbox_blob_hash ON outbox_blob (blob_hash);

-- this device towards the centre: its Ed25519 key pair (made once; the private key never leaves
-- this encrypted store) and, once enrolled, the centre it talks to
CREATE TABLE sync_identity (
    id            INT PRIMARY KEY CHECK (id = 1),
    device_id     UUID NOT NULL,
    private_key   VARBINARY(512) NOT NULL,
    public_key    VARCHAR(512) NOT NULL,
    centre_url    VARCHAR(500),
    enrolled_at   TIMESTAMP WITH TIME ZONE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- resumable uploads: where each blob's upload lives at the centre and how far the centre confirmed it
-- (acked_offset = size: the centre holds the blob)
CREATE TABLE sync_upload (
    blob_hash     CHAR(64) PRIMARY KEY,
    location      VARCHAR(500),
    size          BIGINT NOT NULL,
    acked_offset  BIGINT NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sync_upload_offset CHECK (acked_offset BETWEEN 0 AND size)
);

-- the status feed's cursor and the last attempt's outcome (one row)
CREATE TABLE sync_state (
    id              INT PRIMARY KEY CHECK (id = 1),
    status_cursor   BIGINT NOT NULL,
    last_attempt_at TIMESTAMP WITH TIME ZONE,
    last_success_at TIMESTAMP WITH TIME ZONE,
    last_error_code VARCHAR(60)
);
INSERT INTO sync_state (id, status_cursor) VALUES (1, 0);

-- every decision the status feed delivered, once per feed position, and what was done with it
CREATE TABLE centre_decision (
    feed_cursor   BIGINT PRIMARY KEY,
    record_id     UUID NOT NULL,
    decision      VARCHAR(20) NOT NULL,
    reason        VARCHAR(1000),
    decided_at    TIMESTAMP WITH TIME ZONE,
    outcome       VARCHAR(20) NOT NULL,
    note          VARCHAR(1000),
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX centre_decision_record ON centre_decision (record_id, feed_cursor);
