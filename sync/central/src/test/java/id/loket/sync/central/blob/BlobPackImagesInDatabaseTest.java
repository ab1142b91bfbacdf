package id.loket.sync.central.blob;

import id.loket.sync.central.store.DatabaseSettings;
import id.loket.sync.central.support.TestDatabases;

/** The pack contract on a centre started with {@code --blob-dir database}: images kept in H2 as upload chunks. */
class BlobPackImagesInDatabaseTest extends BlobPackContract {

    @Override
    DatabaseSettings database() {
        return TestDatabases.h2();
    }

    @Override
    boolean imagesInDatabase() {
        return true;
    }
}
