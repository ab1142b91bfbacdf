package id.loket.sync.central.support;

import id.loket.sync.central.CentralServer;
import id.loket.sync.central.store.DatabaseSettings;
import id.loket.sync.protocol.Headers;
import id.loket.sync.protocol.Paths;
import id.loket.sync.protocol.ProtocolVersion;
import id.loket.sync.protocol.Sha256;
import id.loket.sync.protocol.blob.UploadCreate;
import id.loket.sync.protocol.blob.UploadState;
import id.loket.sync.protocol.enroll.EnrollRequest;
import id.loket.sync.protocol.security.DeviceKeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.time.Duration;
import java.util.UUID;

import static id.loket.sync.central.support.DeviceClient.ok;
import static id.loket.sync.central.support.DeviceClient.read;

/** A real centre on a real port with an administrator token, and the HTTP client to reach it. */
public final class TestCentral implements AutoCloseable {

    public static final String ADMIN_TOKEN = "test-admin-token";

    public final CentralServer server;
    public final HttpClient http;
    private final Path blobDirectory;
    private final boolean ownsBlobDirectory;

    private TestCentral(CentralServer server, Path blobDirectory, boolean ownsBlobDirectory) {
        this.server = server;
        this.blobDirectory = blobDirectory;
        this.ownsBlobDirectory = ownsBlobDirectory;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A centre as deployed by default: images in segment files of a fresh directory (ADR 0017). */
    public static TestCentral start(DatabaseSettings database) {
        try {
            return start(database, Files.createTempDirectory("loket-central-blobs"), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Another instance on the same database and blob directory (several instances share both). */
    public static TestCentral beside(TestCentral first, DatabaseSettings database) {
        return start(database, first.blobDirectory, false);
    }

    /** A centre that keeps images in the database ({@code --blob-dir database}). */
    public static TestCentral imagesInDatabase(DatabaseSettings database) {
        return start(database, null, false);
    }

    private static TestCentral start(DatabaseSettings database, Path blobDirectory, boolean owns) {
        return new TestCentral(CentralServer.builder().database(database).blobDirectory(blobDirectory)
                .adminToken(ADMIN_TOKEN).build().start("127.0.0.1", 0), blobDirectory, owns);
    }

    /** Where this centre keeps images; null when they are in its database. */
    public Path blobDirectory() {
        return blobDirectory;
    }

    public static TestCentral start() {
        return start(TestDatabases.h2());
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /** Enrolls a fresh device (new key, token issued in-process) over HTTP. */
    public DeviceClient enroll(String office, int counter) throws IOException, InterruptedException {
        KeyPair keys = DeviceKeys.generate();
        String deviceId = UUID.randomUUID().toString();
        String token = server.tokens().issue(office, counter, Duration.ofHours(1)).token();
        EnrollRequest request = new EnrollRequest(ProtocolVersion.CURRENT, deviceId, office, counter,
                DeviceKeys.encodePublic(keys.getPublic()), token);
        ok(post(Paths.DEVICES, DeviceClient.json(request), null));
        return new DeviceClient(http, base(), deviceId, keys);
    }

    public DeviceClient enroll() throws IOException, InterruptedException {
        return enroll("DPS", 1);
    }

    /** An unsigned POST (enrollment) or, with a token, an administrator POST. */
    public HttpResponse<byte[]> post(String path, byte[] body, String bearer) throws IOException, InterruptedException {
        return send("POST", path, body, bearer);
    }

    /** An administrator request with the right token. */
    public HttpResponse<byte[]> admin(String method, String path, byte[] body) throws IOException, InterruptedException {
        return send(method, path, body, ADMIN_TOKEN);
    }

    public HttpResponse<byte[]> send(String method, String path, byte[] body, String bearer)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base().resolve(path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (bearer != null) {
            b.header(Headers.AUTHORIZATION, "Bearer " + bearer);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Stores a blob the normal way (create + one PATCH); returns its hash. */
    public static String upload(DeviceClient device, byte[] data) throws IOException, InterruptedException {
        String hash = Sha256.hex(data);
        UploadState state = read(ok(device.postJson(Paths.UPLOADS, new UploadCreate(hash, data.length, "image/jpeg"))),
                UploadState.class);
        if (!state.complete()) {
            ok(device.patch(Paths.upload(state.uploadId()), state.offset(), java.util.Arrays.copyOfRange(data,
                    (int) state.offset(), data.length)));
        }
        return hash;
    }

    @Override
    public void close() {
        http.close();
        server.close();
        if (ownsBlobDirectory) {
            deleteTree(blobDirectory);
        }
    }

    static void deleteTree(Path dir) {
        try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory: the OS cleans up what is left
        }
    }
}
