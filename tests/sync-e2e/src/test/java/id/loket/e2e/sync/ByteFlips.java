package id.loket.e2e.sync;

import id.loket.sync.protocol.Headers;
import id.loket.sync.protocol.Sha256;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;

/**
 * Flips one bit in the middle of upcoming image chunks ({@code PATCH} bodies), one planned flip per
 * PATCH in order, at the three places a damaged chunk can come from. Installed on the HTTP client
 * the agent is given: its interceptors run before the agent's request signer, its network
 * interceptors after it, on the bytes that go on the wire.
 */
final class ByteFlips {

    /** Where the bit flips. */
    enum Where {
        /** On the wire, after signing: the body no longer matches its signed SHA-256 (401 bad-signature). */
        WIRE,
        /** After the chunk's {@code Upload-Checksum} was taken, before signing: the chunk check refuses it (460). */
        CHUNK,
        /**
         * Before checksum and signature, as if the image were read wrong: the chunk is consistent, the
         * whole blob is not, so the centre discards the upload at its last byte (422) and it starts again.
         */
        BLOB
    }

    private final Deque<Where> planned;
    private final List<Integer> patchReplies = new ArrayList<>();

    ByteFlips(Where... flips) {
        this.planned = new ArrayDeque<>(List.of(flips));
    }

    /** {@code http} with the flips installed. */
    OkHttpClient install(OkHttpClient http) {
        return http.newBuilder().addInterceptor(this::beforeSigning).addNetworkInterceptor(this::onTheWire).build();
    }

    /** The HTTP status of every PATCH, in order. */
    synchronized List<Integer> patchReplies() {
        return List.copyOf(patchReplies);
    }

    synchronized boolean allDone() {
        return planned.isEmpty();
    }

    private Response beforeSigning(Interceptor.Chain chain) throws IOException {
        Request request = chain.request();
        if (!request.method().equals("PATCH")) {
            return chain.proceed(request);
        }
        Where flip;
        synchronized (this) {
            flip = planned.poll();
        }
        if (flip == Where.WIRE) {
            request = request.newBuilder().tag(Where.class, Where.WIRE).build();
        } else if (flip != null) {
            byte[] chunk = flipped(request);
            Request.Builder damaged = request.newBuilder().method("PATCH", RequestBody.create(chunk, request.body().contentType()));
            if (flip == Where.BLOB) {
                damaged.header(Headers.UPLOAD_CHECKSUM, "sha256 " + Base64.getEncoder().encodeToString(Sha256.digest().digest(chunk)));
            }
            request = damaged.build();
        }
        Response response = chain.proceed(request);
        synchronized (this) {
            patchReplies.add(response.code());
        }
        return response;
    }

    private Response onTheWire(Interceptor.Chain chain) throws IOException {
        Request request = chain.request();
        if (request.tag(Where.class) != Where.WIRE) {
            return chain.proceed(request);
        }
        return chain.proceed(request.newBuilder()
                .method("PATCH", RequestBody.create(flipped(request), request.body().contentType())).build());
    }

    private static byte[] flipped(Request request) throws IOException {
        Buffer buffer = new Buffer();
        request.body().writeTo(buffer);
        byte[] bytes = buffer.readByteArray();
        bytes[bytes.length / 2] ^= 0x10;
        return bytes;
    }
}
