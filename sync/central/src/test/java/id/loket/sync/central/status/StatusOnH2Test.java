package id.loket.sync.central.status;

import id.loket.sync.central.store.DatabaseSettings;
import id.loket.sync.central.support.TestDatabases;

class StatusOnH2Test extends StatusContract {

    @Override
    DatabaseSettings database() {
        return TestDatabases.h2();
    }
}
