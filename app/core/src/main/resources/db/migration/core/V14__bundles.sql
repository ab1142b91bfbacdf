-- The manual fallback (issue 5): bundles carried to the centre on a USB stick.

-- the centre's public keys, from the enroll reply or GET /v1/centre-keys: bundles are encrypted to
-- the X25519 bundle key; receipts are checked with the Ed25519 receipt key
ALTER TABLE sync_identity ADD COLUMN centre_bundle_key VARCHAR(200);
ALTER TABLE sync_identity ADD COLUMN centre_receipt_key VARCHAR(200);

-- every bundle written (after its file was complete and renamed into place)
CREATE TABLE bundle_export (
    bundle_id    UUID PRIMARY KEY,
    file_name    VARCHAR(300) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    record_count INT NOT NULL,
    blob_count   INT NOT NULL,
    byte_count   BIGINT NOT NULL,
    full_export  BOOLEAN NOT NULL
);

-- which outbox rows each bundle carried: an incremental export leaves out rows carried before
CREATE TABLE bundle_item (
    device_seq BIGINT NOT NULL REFERENCES outbox (device_seq),
    bundle_id  UUID NOT NULL REFERENCES bundle_export (bundle_id),
    PRIMARY KEY (device_seq, bundle_id)
);

-- receipts applied (a receipt applied again changes nothing)
CREATE TABLE bundle_receipt (
    bundle_id    UUID PRIMARY KEY,
    imported_at  TIMESTAMP WITH TIME ZONE,
    applied_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    applied_by   VARCHAR(100) NOT NULL,
    acknowledged INT NOT NULL,
    quarantined  INT NOT NULL
);

-- when the app asks for an export: the oldest record neither delivered nor carried is older than this
CREATE TABLE bundle_setting (
    id                   INT PRIMARY KEY CHECK (id = 1),
    prompt_after_minutes INT NOT NULL CHECK (prompt_after_minutes > 0)
);
INSERT INTO bundle_setting (id, prompt_after_minutes) VALUES (1, 1440);
