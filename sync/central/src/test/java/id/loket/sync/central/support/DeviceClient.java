package id.loket.sync.central.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.loket.sync.protocol.CanonicalJson;
import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.protocol.ErrorReply;
import id.loket.sync.protocol.Gzip;
import id.loket.sync.protocol.Headers;
import id.loket.sync.protocol.Paths;
import id.loket.sync.protocol.Sha256;
import id.loket.sync.protocol.batch.BatchEnvelope;
import id.loket.sync.protocol.batch.BatchReply;
import id.loket.sync.protocol.security.RequestSigning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small signed device client over java.net.http, as the protocol doc describes it. */
public final class DeviceClient {

    public static final ObjectMapper MAPPER = CanonicalJson.newMapper();

    private final HttpClient http;
    private final URI base;
    private final String deviceId;
    private final KeyPair keys;

    public DeviceClient(HttpClient http, URI base, String deviceId, KeyPair keys) {
        this.http = http;
        this.base = base;
        this.deviceId = deviceId;
        this.keys = keys;
    }

    public String deviceId() {
        return deviceId;
    }

    public KeyPair keys() {
        return keys;
    }

    /** The same device talking to another address (a second instance, a proxy). */
    public DeviceClient at(URI otherBase) {
        return new DeviceClient(http, otherBase, deviceId, keys);
    }

    /** The HTTP client, for requests built with {@link #request}. */
    public HttpClient http() {
        return http;
    }

    /** A signed request; {@code headers} are added after the signature headers. */
    public HttpResponse<byte[]> send(String method, String pathAndQuery, byte[] body, Map<String, String> headers)
            throws IOException, InterruptedException {
        return http.send(request(method, pathAndQuery, body, headers, null), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpRequest request(String method, String pathAndQuery, byte[] body, Map<String, String> headers,
                               Duration timeout) {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        return request(method, pathAndQuery, body, RequestSigning.contentSha256(path, body), headers, timeout);
    }

    /** A request signed with {@code sha} as its content hash (a blob pack's head hash, ADR 0018). */
    public HttpRequest request(String method, String pathAndQuery, byte[] body, String sha, Map<String, String> headers,
                               Duration timeout) {
        String timestamp = Instant.now().toString();
        String signature = RequestSigning.sign(keys.getPrivate(),
                RequestSigning.payload(method, pathAndQuery, deviceId, timestamp, sha));
        Map<String, String> all = new LinkedHashMap<>(Map.of(Headers.DEVICE, deviceId, Headers.TIMESTAMP, timestamp,
                Headers.CONTENT_SHA256, sha, Headers.SIGNATURE, signature));
        all.putAll(headers);
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        all.forEach(b::header);
        if (timeout != null) {
            b.timeout(timeout);
        }
        return b.build();
    }

    public HttpResponse<byte[]> postJson(String path, Object value) throws IOException, InterruptedException {
        return send("POST", path, json(value), Map.of("Content-Type", "application/json"));
    }

    public HttpResponse<byte[]> get(String pathAndQuery) throws IOException, InterruptedException {
        return send("GET", pathAndQuery, new byte[0], Map.of());
    }

    public HttpResponse<byte[]> head(String path) throws IOException, InterruptedException {
        return send("HEAD", path, new byte[0], Map.of());
    }

    /** A PATCH with the right checksum header. */
    public HttpResponse<byte[]> patch(String path, long offset, byte[] chunk) throws IOException, InterruptedException {
        return send("PATCH", path, chunk, patchHeaders(offset, chunk));
    }

    public static Map<String, String> patchHeaders(long offset, byte[] chunk) {
        return Map.of(Headers.UPLOAD_OFFSET, Long.toString(offset), "Content-Type", "application/offset+octet-stream",
                Headers.UPLOAD_CHECKSUM, "sha256 " + Base64.getEncoder().encodeToString(Sha256.digest().digest(chunk)));
    }

    /** POST /v1/batches with the envelope gzip-compressed. */
    public HttpResponse<byte[]> postBatch(BatchEnvelope envelope) throws IOException, InterruptedException {
        return send("POST", Paths.BATCHES, Gzip.compress(json(envelope)), batchHeaders());
    }

    public static Map<String, String> batchHeaders() {
        return Map.of("Content-Type", "application/json", "Content-Encoding", "gzip");
    }

    /** Sends a batch and expects a 200 BatchReply. */
    public BatchReply batch(BatchEnvelope envelope) throws IOException, InterruptedException {
        return read(ok(postBatch(envelope)), BatchReply.class);
    }

    public static HttpResponse<byte[]> ok(HttpResponse<byte[]> response) {
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError("expected 2xx, got " + response.statusCode() + " " + new String(response.body()));
        }
        return response;
    }

    public static <T> T read(HttpResponse<byte[]> response, Class<T> type) {
        try {
            return MAPPER.readValue(response.body(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ErrorCode error(HttpResponse<byte[]> response) {
        return read(response, ErrorReply.class).code();
    }

    public static byte[] json(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
