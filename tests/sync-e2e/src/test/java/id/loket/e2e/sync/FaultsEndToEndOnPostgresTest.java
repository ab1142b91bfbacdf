package id.loket.e2e.sync;

/**
 * The fault suite with the centre on PostgreSQL, each test in a fresh schema; skipped (by an
 * assumption) unless {@code LOKET_TEST_PG_URL} is set, e.g. by {@code scripts/start-test-postgres.sh}.
 */
class FaultsEndToEndOnPostgresTest extends FaultsEndToEndContract {

    @Override
    CentreDatabase database() {
        return CentreDatabase.POSTGRES;
    }
}
