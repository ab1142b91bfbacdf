package id.loket.sync.central.blob;

import id.loket.sync.central.store.DatabaseSettings;
import id.loket.sync.central.support.TestDatabases;

class BlobPackOnH2Test extends BlobPackContract {

    @Override
    DatabaseSettings database() {
        return TestDatabases.h2();
    }
}
