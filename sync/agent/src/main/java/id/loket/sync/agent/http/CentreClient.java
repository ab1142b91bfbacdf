package id.loket.sync.agent.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.loket.sync.protocol.CanonicalJson;
import id.loket.sync.protocol.Headers;
import id.loket.sync.protocol.Paths;
import id.loket.sync.protocol.Sha256;
import id.loket.sync.protocol.appointment.AppointmentsPage;
import id.loket.sync.protocol.batch.BatchReply;
import id.loket.sync.protocol.blob.BlobPack;
import id.loket.sync.protocol.blob.BlobPackReply;
import id.loket.sync.protocol.blob.MissingBlobsReply;
import id.loket.sync.protocol.blob.MissingBlobsRequest;
import id.loket.sync.protocol.blob.UploadCreate;
import id.loket.sync.protocol.blob.UploadState;
import id.loket.sync.protocol.bundle.BundleKeys;
import id.loket.sync.protocol.bundle.CentreKeys;
import id.loket.sync.protocol.enroll.EnrollReply;
import id.loket.sync.protocol.enroll.EnrollRequest;
import id.loket.sync.protocol.security.DeviceKeys;
import id.loket.sync.protocol.security.RequestSigning;
import id.loket.sync.protocol.status.StatusPage;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The device's side of every endpoint of docs/sync-protocol.md. Built on the app's one shared
 * {@link OkHttpClient} (a derived client shares its connections and threads) with the
 * {@link RequestSigner} and a drain's {@link Gate} added and redirects off: a signed request never follows a redirect, and a
 * captive portal's 302 is an error, not an answer. Every reply is read with a size limit and
 * checked against the request ({@link ReplyChecks}); a network failure is an {@link IOException},
 * a refusal a {@link CentreException}, a malformed reply a {@link HostileReplyException}.
 */
public final class CentreClient {

    /** Largest JSON reply accepted (a status page of 500 events is about 100 KiB). */
    public static final int MAX_REPLY_BYTES = 1024 * 1024;
    /** Largest appointments page accepted. */
    public static final int MAX_APPOINTMENTS_BYTES = 8 * 1024 * 1024;

    private static final MediaType JSON = MediaType.get("application/json");
    private static final MediaType PACK = MediaType.get(BlobPack.MEDIA_TYPE);
    private static final MediaType OCTETS = MediaType.get("application/offset+octet-stream");

    private final OkHttpClient http;
    private final HttpUrl base;
    private final ObjectMapper mapper = CanonicalJson.newMapper();
    private final Replies replies;

    /** A client that signs as {@code deviceId} with {@code key}. */
    public CentreClient(OkHttpClient shared, HttpUrl base, String deviceId, PrivateKey key, Clock clock) {
        this(shared.newBuilder().followRedirects(false).addInterceptor(new RequestSigner(deviceId, key, clock))
                .addNetworkInterceptor(Gate.INTERCEPTOR).build(), base, clock);
    }

    private CentreClient(OkHttpClient http, HttpUrl base, Clock clock) {
        this.http = http;
        this.base = base;
        this.replies = new Replies(mapper, clock);
    }

    /** {@code POST /v1/devices}, unsigned: registers the device's public key with a one-time token. */
    public static EnrollReply enroll(OkHttpClient shared, HttpUrl base, EnrollRequest request, Clock clock)
            throws IOException {
        CentreClient unsigned = new CentreClient(shared.newBuilder().followRedirects(false).build(), base, clock);
        return unsigned.postJson(Paths.DEVICES, request, EnrollReply.class);
    }

    /** {@code POST /v1/blobs/missing}: which of these hashes (at most 1,000) the centre lacks. */
    public List<String> missing(List<String> hashes) throws IOException {
        if (hashes.size() > MissingBlobsRequest.MAX_HASHES) {
            throw new IllegalArgumentException("at most " + MissingBlobsRequest.MAX_HASHES + " hashes per request");
        }
        MissingBlobsReply reply = postJson(Paths.BLOBS_MISSING, new MissingBlobsRequest(hashes), MissingBlobsReply.class);
        ReplyChecks.missing(reply, hashes);
        return reply.missing();
    }

    /**
     * {@code POST /v1/blob-packs}: several small blobs whole in one signed request, stored by the
     * centre in one transaction; one result per blob, in the order sent.
     */
    public BlobPackReply sendPack(List<BlobPack.Part> parts) throws IOException {
        byte[] head = BlobPack.head(parts);
        Request request = new Request.Builder().url(endpoint(Paths.BLOB_PACKS)).post(packBody(head, parts))
                .tag(SignedContent.class, new SignedContent(RequestSigning.contentSha256(Paths.BLOB_PACKS, head))).build();
        try (Response response = http.newCall(request).execute()) {
            BlobPackReply reply = replies.json(response, BlobPackReply.class, MAX_REPLY_BYTES);
            ReplyChecks.pack(reply, parts);
            return reply;
        }
    }

    /** {@code POST /v1/uploads}: starts (or finds again) the upload of a blob. */
    public CreatedUpload createUpload(UploadCreate create) throws IOException {
        Request request = new Request.Builder().url(endpoint(Paths.UPLOADS)).post(json(create)).build();
        try (Response response = http.newCall(request).execute()) {
            UploadState state = replies.json(response, UploadState.class, MAX_REPLY_BYTES);
            ReplyChecks.created(state, create);
            String location = response.header(Headers.LOCATION);
            if (location == null && state.uploadId() != null) {
                location = Paths.upload(state.uploadId());
            }
            return new CreatedUpload(uploadPath(location), state);
        }
    }

    /** {@code HEAD} of an upload: the offset the centre holds, authoritative. */
    public long head(String location, long size) throws IOException {
        Request request = new Request.Builder().url(at(location)).head().build();
        try (Response response = http.newCall(request).execute()) {
            replies.requireSuccess(response);
            long offset = Replies.longHeader(response, Headers.UPLOAD_OFFSET);
            ReplyChecks.offset(offset, size);
            return offset;
        }
    }

    /** {@code PATCH} one chunk at {@code offset}; returns the centre's new offset. */
    public long patch(String location, long offset, byte[] blob, int from, int length) throws IOException {
        MessageDigest sha = Sha256.digest();
        sha.update(blob, from, length);
        Request request = new Request.Builder().url(at(location))
                .header(Headers.UPLOAD_OFFSET, Long.toString(offset))
                .header(Headers.UPLOAD_CHECKSUM, "sha256 " + Base64.getEncoder().encodeToString(sha.digest()))
                .patch(SlicedBody.of(OCTETS, blob, from, length)).build();
        try (Response response = http.newCall(request).execute()) {
            replies.requireSuccess(response);
            long next = Replies.longHeader(response, Headers.UPLOAD_OFFSET);
            if (next != offset + length) {
                throw new HostileReplyException("after " + length + " bytes at " + offset + " the centre reports offset "
                        + next);
            }
            return next;
        }
    }

    /** {@code POST /v1/batches} with an already gzip-compressed envelope. */
    public BatchReply sendBatch(byte[] gzippedEnvelope) throws IOException {
        Request request = new Request.Builder().url(endpoint(Paths.BATCHES)).header("Content-Encoding", "gzip")
                .post(SlicedBody.of(JSON, gzippedEnvelope)).build();
        try (Response response = http.newCall(request).execute()) {
            return replies.json(response, BatchReply.class, MAX_REPLY_BYTES);
        }
    }

    /** {@code GET /v1/status?after=C&limit=N}: decisions after a cursor, checked. */
    public StatusPage status(long after, int limit) throws IOException {
        HttpUrl url = endpoint(Paths.STATUS).newBuilder().addQueryParameter("after", Long.toString(after))
                .addQueryParameter("limit", Integer.toString(limit)).build();
        try (Response response = http.newCall(new Request.Builder().url(url).get().build()).execute()) {
            StatusPage page = replies.json(response, StatusPage.class, MAX_REPLY_BYTES);
            ReplyChecks.status(page, after, limit);
            return page;
        }
    }

    /**
     * {@code GET /v1/centre-keys}: the centre's public keys for bundles (X25519) and receipts
     * (Ed25519), each checked to decode as such.
     */
    public CentreKeys centreKeys() throws IOException {
        try (Response response = http.newCall(new Request.Builder().url(endpoint(Paths.CENTRE_KEYS)).get().build()).execute()) {
            CentreKeys keys = replies.json(response, CentreKeys.class, MAX_REPLY_BYTES);
            try {
                BundleKeys.decodePublic(keys.bundleKey());
                DeviceKeys.decodePublic(keys.receiptKey());
            } catch (RuntimeException e) {
                throw new HostileReplyException("the centre's keys are not public keys", e);
            }
            return keys;
        }
    }

    /** {@code GET /v1/appointments?office=O&date=D}: an office's appointments of a day. */
    public AppointmentsPage appointments(String officeCode, LocalDate date) throws IOException {
        HttpUrl url = endpoint(Paths.APPOINTMENTS).newBuilder().addQueryParameter("office", officeCode)
                .addQueryParameter("date", date.toString()).build();
        try (Response response = http.newCall(new Request.Builder().url(url).get().build()).execute()) {
            AppointmentsPage page = replies.json(response, AppointmentsPage.class, MAX_APPOINTMENTS_BYTES);
            if (page.appointments() == null || !officeCode.equals(page.officeCode()) || !date.equals(page.date())) {
                throw new HostileReplyException("the appointments are not those of " + officeCode + " on " + date);
            }
            return page;
        }
    }

    private <T> T postJson(String path, Object body, Class<T> type) throws IOException {
        Request request = new Request.Builder().url(endpoint(path)).post(json(body)).build();
        try (Response response = http.newCall(request).execute()) {
            return replies.json(response, type, MAX_REPLY_BYTES);
        }
    }

    /** A pack's head, then each blob's bytes as they are: the pack is never copied into one array. */
    private static RequestBody packBody(byte[] head, List<BlobPack.Part> parts) {
        List<byte[]> pieces = new ArrayList<>(parts.size() + 1);
        pieces.add(head);
        parts.forEach(p -> pieces.add(p.data()));
        return SlicedBody.of(PACK, pieces);
    }

    private RequestBody json(Object body) {
        try {
            return SlicedBody.of(JSON, mapper.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An endpoint of the protocol under the centre's base URL (which may have a path prefix). */
    HttpUrl endpoint(String protocolPath) {
        return base.newBuilder().addPathSegments(protocolPath.substring(1)).build();
    }

    private HttpUrl at(String uploadPath) {
        return base.newBuilder().encodedPath(uploadPath).build();
    }

    /** The path of a {@code Location} that must point at an upload on this centre. */
    private String uploadPath(String location) {
        HttpUrl url = location == null ? null : base.resolve(location);
        String uploads = endpoint(Paths.UPLOADS).encodedPath() + "/";
        if (url == null || !url.scheme().equals(base.scheme()) || !url.host().equals(base.host())
                || url.port() != base.port() || !url.encodedPath().startsWith(uploads)
                || url.encodedPath().length() == uploads.length() || url.encodedQuery() != null) {
            throw new HostileReplyException("the upload location " + location + " is not an upload on this centre");
        }
        return url.encodedPath();
    }
}
