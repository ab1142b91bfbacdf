package id.loket.sync.central.ingest;

import id.loket.sync.central.store.DatabaseSettings;
import id.loket.sync.central.support.TestDatabases;

class IngestOnH2Test extends IngestContract {

    @Override
    DatabaseSettings database() {
        return TestDatabases.h2();
    }
}
