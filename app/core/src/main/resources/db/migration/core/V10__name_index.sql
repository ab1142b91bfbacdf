-- Similar names and duplicate applicants (issue 6): blocking keys for candidate search, so a search
-- reads a few index ranges instead of comparing a name with every application. Keys (NameBlocks):
--   P:<key>+<key>    two words of the name (own and father's), phonetic keys sorted
--   V:<key>+<key>    the same with one word as its initial ("B." for Budi): "Budi S." finds "Budi Santoso"
--   S:<key>          the name's only distinctive word      J:<key>   two adjacent words written as one
--   D:<yyyy-mm-dd>   the date of birth                     N:<nik>   the NIK
-- The primary key clusters each block: the high 43 bits are a hash of block_key, the low 20 bits a
-- member slot, so a block is one contiguous key range (one or a few pages, not a page per member).
-- The columns a search shows are kept here too (a covering index): a search reads a few key ranges
-- and never the application rows (with H2's 16 MB page cache, each of those was a page to decrypt).
-- Kept by ApplicationRepository in the same transaction as the application (NameIndex.write).
CREATE TABLE name_index (
    slot            BIGINT PRIMARY KEY,
    block_key       VARCHAR(80) NOT NULL,
    application_id  UUID NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    full_name       VARCHAR(200),
    birth_date      DATE,
    nik             VARCHAR(32),
    receipt_number  VARCHAR(40),
    state           VARCHAR(20) NOT NULL
);
CREATE INDEX name_index_application ON name_index (application_id);
