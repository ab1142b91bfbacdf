-- Name search by distinct name (issue 6): the name keys of NameBlocks (P:, V:, S:, J:) are filed
-- once per distinct full name as written, no longer once per application. A search reads the
-- names under its keys, scores each once, and only then reads the applications of the names that
-- pass, best first, through application_full_name. Common names (Siti Aminah, Muhammad Rizki)
-- are shared by hundreds of applications in a large store: their blocks were read row by row for
-- every application (thousands of rows, the slow searches); now once per name.
-- The primary key clusters a block as in name_index: 43 bits from block_key, 20 bits from a hash
-- of the name (probing upwards on a clash). name_index keeps the per-application keys (D:, N:).
-- A name whose applications were all renamed stays filed: a search finds no application for it.
CREATE TABLE name_block (
    slot        BIGINT PRIMARY KEY,
    block_key   VARCHAR(80) NOT NULL,
    full_name   VARCHAR(200) NOT NULL
);
CREATE INDEX name_block_name ON name_block (full_name);
