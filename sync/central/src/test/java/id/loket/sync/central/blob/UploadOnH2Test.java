package id.loket.sync.central.blob;

import id.loket.sync.central.store.DatabaseSettings;
import id.loket.sync.central.support.TestDatabases;

class UploadOnH2Test extends UploadContract {

    @Override
    DatabaseSettings database() {
        return TestDatabases.h2();
    }
}
