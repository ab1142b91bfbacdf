package id.loket.sync.agent.http;

import id.loket.sync.protocol.Headers;
import id.loket.sync.protocol.security.RequestSigning;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import okio.HashingSink;
import okio.Okio;

import java.io.IOException;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.Objects;

/**
 * Signs every request as docs/sync-protocol.md says: the SHA-256 of the body exactly as sent
 * (after compression; of nothing for an empty body; for a blob pack, the hash of its head, given
 * as the request's {@link SignedContent} tag, ADR 0018), the device, the device's clock, and an
 * Ed25519 signature over {@link RequestSigning#payload}.
 */
public final class RequestSigner implements Interceptor {

    private final String deviceId;
    private final PrivateKey key;
    private final Clock clock;

    public RequestSigner(String deviceId, PrivateKey key, Clock clock) {
        this.deviceId = Objects.requireNonNull(deviceId, "deviceId");
        this.key = Objects.requireNonNull(key, "key");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        return chain.proceed(sign(chain.request()));
    }

    /**
     * The SHA-256 of the body as it will be sent. It streams through the digest: nothing of it is
     * kept (a copy of every 4 MiB pack was half the garbage of a drain on the desktop, see SlicedBody).
     */
    private static String bodyHash(RequestBody requestBody) throws IOException {
        HashingSink digest = HashingSink.sha256(Okio.blackhole());
        try (BufferedSink body = Okio.buffer(digest)) {
            if (requestBody != null) {
                requestBody.writeTo(body);
            }
        }
        return digest.hash().hex();
    }

    /** The request with the four signature headers added. */
    public Request sign(Request request) throws IOException {
        SignedContent given = request.tag(SignedContent.class);
        String contentSha256 = given != null ? given.sha256() : bodyHash(request.body());
        String timestamp = clock.instant().toString();
        byte[] payload = RequestSigning.payload(request.method(), pathAndQuery(request.url()), deviceId, timestamp,
                contentSha256);
        return request.newBuilder()
                .header(Headers.DEVICE, deviceId)
                .header(Headers.TIMESTAMP, timestamp)
                .header(Headers.CONTENT_SHA256, contentSha256)
                .header(Headers.SIGNATURE, RequestSigning.sign(key, payload))
                .build();
    }

    /** The path with its query, as it goes on the wire. */
    public static String pathAndQuery(HttpUrl url) {
        String query = url.encodedQuery();
        return query == null ? url.encodedPath() : url.encodedPath() + "?" + query;
    }
}
