package id.loket.sync.central.support;

import id.loket.sync.central.store.DatabaseSettings;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.function.Supplier;

/**
 * One centre per test class: {@code @RegisterExtension static final CentralExtension central = new CentralExtension();}
 * (or an instance field with a per-class lifecycle, to choose the database in a subclass).
 */
public final class CentralExtension implements BeforeAllCallback, AfterAllCallback {

    private final Supplier<DatabaseSettings> database;
    private final boolean imagesInDatabase;
    private DatabaseSettings settings;
    private TestCentral central;
    private DeviceClient device;

    /** On a fresh in-memory H2. */
    public CentralExtension() {
        this(TestDatabases::h2);
    }

    /** On the given database, images in segment files (the default deployment, ADR 0017). */
    public CentralExtension(Supplier<DatabaseSettings> database) {
        this(database, false);
    }

    /** On the given database; {@code imagesInDatabase}: as {@code --blob-dir database}. */
    public CentralExtension(Supplier<DatabaseSettings> database, boolean imagesInDatabase) {
        this.database = database;
        this.imagesInDatabase = imagesInDatabase;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        settings = database.get();
        central = imagesInDatabase ? TestCentral.imagesInDatabase(settings) : TestCentral.start(settings);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (central != null) {
            central.close();
        }
    }

    public TestCentral get() {
        return central;
    }

    /** The database of this class's centre (a second instance may share it). */
    public DatabaseSettings database() {
        return settings;
    }

    /** A device of office DPS enrolled once for the whole class. */
    public DeviceClient device() throws Exception {
        if (device == null) {
            device = central.enroll();
        }
        return device;
    }
}
