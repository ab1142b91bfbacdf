-- ADR 0017: blob bytes kept outside the database, in append-only segment files that every centre
-- instance can read (a directory beside the H2 file, or a volume the instances share). The
-- database keeps the index: which segment holds a blob and where in it. A blob whose bytes are in
-- the database (a resumable upload's chunks, or a centre run without a blob directory) has no
-- segment and keeps its upload.
ALTER TABLE stored_blob ALTER COLUMN upload_id DROP NOT NULL;
ALTER TABLE stored_blob ADD COLUMN segment VARCHAR(100);
ALTER TABLE stored_blob ADD COLUMN segment_offset BIGINT;
ALTER TABLE stored_blob ADD CONSTRAINT stored_blob_bytes CHECK (
    (segment IS NOT NULL AND segment_offset IS NOT NULL) OR (segment IS NULL AND upload_id IS NOT NULL));
