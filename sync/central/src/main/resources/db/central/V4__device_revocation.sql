-- ADR 0019: a lost or stolen device is revoked; its signed requests and bundles are refused from
-- then on. The row stays (its records and audit point at it); the id cannot enroll again.
ALTER TABLE device ADD COLUMN revoked_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE device ADD COLUMN revoked_by VARCHAR(100);
ALTER TABLE device ADD COLUMN revoked_reason VARCHAR(500);
