-- Fewer pages rewritten per commit (issue 2's finalise benchmark, ADR 9). Every commit writes the
-- B-tree pages it changed, encrypted, to the end of the file; pages keyed by a hash are all over
-- the tree, so each changed row there costs a page or more.
--  * name_index no longer copies the receipt number and state: finalising changed both and so
--    rewrote a random page for each of the application's ~15 keys. Searches read them from the
--    application rows of the hits they return (ApplicationSearch, DuplicateFinder).
--  * application bodies and outbox payloads (a few KB of JSON) become inline strings instead of
--    CLOBs: H2 kept each CLOB in its LOB maps, so every save wrote a new LOB and later freed the old.
ALTER TABLE name_index DROP COLUMN receipt_number;
ALTER TABLE name_index DROP COLUMN state;
ALTER TABLE application ALTER COLUMN body SET DATA TYPE CHARACTER VARYING(1000000000);
ALTER TABLE outbox ALTER COLUMN payload SET DATA TYPE CHARACTER VARYING(1000000000);
