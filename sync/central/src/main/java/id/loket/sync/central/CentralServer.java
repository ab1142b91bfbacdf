package id.loket.sync.central;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.loket.sync.central.admin.AdminApi;
import id.loket.sync.central.admin.AdminAuth;
import id.loket.sync.central.appointment.AppointmentApi;
import id.loket.sync.central.appointment.AppointmentStore;
import id.loket.sync.central.blob.BlobApi;
import id.loket.sync.central.blob.BlobPacks;
import id.loket.sync.central.bundle.BundleApi;
import id.loket.sync.central.bundle.BundleImport;
import id.loket.sync.central.bundle.CentreKeyStore;
import id.loket.sync.central.blob.BlobSegments;
import id.loket.sync.central.blob.BlobStore;
import id.loket.sync.central.blob.KnownBlobs;
import id.loket.sync.central.blob.Uploads;
import id.loket.sync.central.device.DeviceApi;
import id.loket.sync.central.device.DeviceRegistry;
import id.loket.sync.central.device.EnrollmentTokens;
import id.loket.sync.central.device.SignatureCheck;
import id.loket.sync.central.fault.FaultFilter;
import id.loket.sync.central.fault.Faults;
import id.loket.sync.central.fault.Observations;
import id.loket.sync.central.http.ErrorReplies;
import id.loket.sync.central.ingest.BatchApi;
import id.loket.sync.central.ingest.BatchIngest;
import id.loket.sync.central.ingest.RecordStore;
import id.loket.sync.central.status.StatusApi;
import id.loket.sync.central.status.StatusFeed;
import id.loket.sync.central.store.Database;
import id.loket.sync.central.store.DatabaseSettings;
import id.loket.sync.protocol.CanonicalJson;
import id.loket.sync.protocol.HealthReply;
import id.loket.sync.protocol.Paths;
import id.loket.sync.protocol.ProtocolVersion;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The reference central server: the receiving end of Loket's sync protocol
 * (docs/sync-protocol.md) on H2 or PostgreSQL. It keeps no state outside its database and its
 * blob directory (ADR 0017), so several instances can share one PostgreSQL and one blob volume;
 * only the test hooks ({@link #faults()}, {@link #observations()}) are per instance.
 */
public final class CentralServer implements AutoCloseable {

    private static final List<String> SIGNED_PATHS = List.of(Paths.BLOBS_MISSING, Paths.BLOB_PACKS, Paths.UPLOADS,
            Paths.UPLOADS + "/*", Paths.BATCHES, Paths.STATUS, Paths.APPOINTMENTS);

    private final Database db;
    private final BlobSegments segments;
    private final Faults faults = new Faults();
    private final Observations observations = new Observations();
    private final EnrollmentTokens tokens;
    private final RecordStore records;
    private final BlobStore blobs;
    private final StatusFeed status;
    private final AppointmentStore appointments;
    private final CentreKeyStore keys;
    private final DeviceRegistry devices;
    private final BundleImport bundles;
    private final Javalin app;

    /** A server on a fresh in-memory H2 database, without administrator endpoints. */
    public CentralServer(Clock clock) {
        this(builder().clock(clock));
    }

    private CentralServer(Builder b) {
        this.db = Database.open(b.database);
        this.segments = b.blobDirectory == null ? null : new BlobSegments(b.blobDirectory);
        Clock clock = b.clock;
        ObjectMapper mapper = CanonicalJson.newMapper();
        this.tokens = new EnrollmentTokens(db, clock);
        this.records = new RecordStore(db);
        this.blobs = new BlobStore(db, segments);
        this.status = new StatusFeed(db, clock);
        this.appointments = new AppointmentStore(db);
        this.keys = new CentreKeyStore(db, clock);
        this.devices = new DeviceRegistry(db, tokens, keys, clock);
        FaultFilter faultFilter = new FaultFilter(faults, observations);
        SignatureCheck signatures = new SignatureCheck(devices);
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.useVirtualThreads = true;
            config.http.disableCompression();
            config.jsonMapper(new JavalinJackson(mapper, false));
        });
        ErrorReplies.install(app);
        app.before(faultFilter::before);
        app.after(faultFilter::after);
        new AdminApi(tokens, status, records, blobs, appointments, faults, observations, mapper)
                .register(app, new AdminAuth(b.adminToken));
        SIGNED_PATHS.forEach(path -> app.before(path, signatures::check));
        app.get(Paths.HEALTH, ctx -> ctx.json(new HealthReply(HealthReply.UP, ProtocolVersion.CURRENT, clock.instant())));
        DeviceApi.register(app, devices, mapper);
        KnownBlobs known = new KnownBlobs();
        new BlobApi(blobs, new Uploads(db, clock), new BlobPacks(db, segments, clock, known), mapper).register(app);
        new BatchApi(new BatchIngest(db, clock, known), mapper).register(app);
        this.bundles = new BundleImport(db, segments, devices, keys, clock);
        new BundleApi(bundles, keys).register(app);
        StatusApi.register(app, status);
        AppointmentApi.register(app, appointments);
        if (b.benchSinks) {
            DiscardSink.register(app);
            if (b.blobDirectory != null) {
                KeepSink.register(app, b.blobDirectory.resolve("bench-keep"));
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts listening; port 0 picks a free port. */
    public CentralServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    /** The server faults armed now (switch them at run time). */
    public Faults faults() {
        return faults;
    }

    /** What this instance saw: requests per endpoint, arrival times, PATCH offsets. */
    public Observations observations() {
        return observations;
    }

    public EnrollmentTokens tokens() {
        return tokens;
    }

    public RecordStore records() {
        return records;
    }

    public BlobStore blobs() {
        return blobs;
    }

    public StatusFeed status() {
        return status;
    }

    public AppointmentStore appointments() {
        return appointments;
    }

    /** Enrolled devices (and their revocation, ADR 0019). */
    public DeviceRegistry devices() {
        return devices;
    }

    /** The centre's bundle and receipt keys. */
    public CentreKeyStore keys() {
        return keys;
    }

    /** Imports bundles carried from devices (the CLI and {@code POST /v1/admin/bundles}). */
    public BundleImport bundles() {
        return bundles;
    }

    @Override
    public void close() {
        app.stop();
        db.close();
        if (segments != null) {
            segments.close();
        }
    }

    /** How to build a server: clock, database and administrator token. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private DatabaseSettings database = DatabaseSettings.inMemory();
        private String adminToken;
        private boolean benchSinks;
        private Path blobDirectory;

        private Builder() {
        }

        /**
         * Where blob bytes go (ADR 0017): append-only segment files in this directory, the database
         * keeping the index; several instances share it as they share the database. None (the
         * builder's default): bytes in the database, as upload chunks.
         */
        public Builder blobDirectory(Path value) {
            this.blobDirectory = value;
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        public Builder database(DatabaseSettings value) {
            this.database = value;
            return this;
        }

        /** The Bearer token of {@code /v1/admin}; none switches those endpoints off. */
        public Builder adminToken(String value) {
            this.adminToken = value;
            return this;
        }

        /**
         * On: bench/sync's baselines. {@code PUT /bench/discard/*} reads the body and throws it away
         * (a plain HTTP upload to the same server). With a {@link #blobDirectory}, {@code PUT
         * /bench/keep/*} appends the body to a file and forces it to disk before answering (a plain
         * upload that is kept, ADR 0023). Off by default; never part of the protocol.
         */
        public Builder benchSinks(boolean value) {
            this.benchSinks = value;
            return this;
        }

        /** Opens (and migrates) the database; {@link #start} then listens. */
        public CentralServer build() {
            return new CentralServer(this);
        }
    }
}
