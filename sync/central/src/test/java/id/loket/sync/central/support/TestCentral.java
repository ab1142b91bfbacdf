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

    private TestCentral(CentralServer server) {
        this.server = server;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public static TestCentral start(DatabaseSettings database) {
        return new TestCentral(CentralServer.builder().database(database).adminToken(ADMIN_TOKEN).build()
                .start("127.0.0.1", 0));
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
    }
}
