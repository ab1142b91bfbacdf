package id.loket.sync.agent.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.loket.sync.protocol.CanonicalJson;
import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.protocol.ErrorReply;
import id.loket.sync.protocol.Gzip;
import id.loket.sync.protocol.HealthReply;
import id.loket.sync.protocol.Sha256;
import id.loket.sync.protocol.batch.BatchEnvelope;
import id.loket.sync.protocol.batch.BatchReply;
import id.loket.sync.protocol.batch.Outcome;
import id.loket.sync.protocol.batch.RecordResult;
import id.loket.sync.protocol.batch.WireRecord;
import id.loket.sync.protocol.blob.BlobPack;
import id.loket.sync.protocol.blob.BlobPackReply;
import id.loket.sync.protocol.blob.MissingBlobsReply;
import id.loket.sync.protocol.blob.PackOutcome;
import id.loket.sync.protocol.blob.PackedBlobResult;
import id.loket.sync.protocol.blob.MissingBlobsRequest;
import id.loket.sync.protocol.blob.UploadCreate;
import id.loket.sync.protocol.blob.UploadState;
import id.loket.sync.protocol.security.RequestSigning;
import id.loket.sync.protocol.status.StatusEvent;
import id.loket.sync.protocol.status.StatusPage;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okio.ByteString;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An in-memory centre speaking protocol version 1 on mockwebserver3, strict where the real one is
 * (signatures over the body as sent, upload offsets and checksums, whole-blob hashes, idempotent
 * batches), with faults to inject: a fault answers matching requests instead of the protocol.
 */
public final class FakeCentre extends Dispatcher {

    public final ObjectMapper mapper = CanonicalJson.newMapper();
    public final Map<String, byte[]> blobs = new HashMap<>();
    public final Map<UUID, String> records = new HashMap<>();
    public final Set<Long> heldSeqs = new HashSet<>();
    public final List<StatusEvent> events = new ArrayList<>();
    public final Map<UUID, Outcome> forcedOutcomes = new HashMap<>();
    public final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    public final List<String> signatureFailures = new CopyOnWriteArrayList<>();
    /** What {@code GET /v1/centre-keys} answers. */
    public volatile id.loket.sync.protocol.bundle.CentreKeys centreKeys = new id.loket.sync.protocol.bundle.CentreKeys(
            id.loket.sync.protocol.bundle.BundleKeys.encodePublic(id.loket.sync.protocol.bundle.BundleKeys.generate().getPublic()),
            id.loket.sync.protocol.security.DeviceKeys.encodePublic(id.loket.sync.protocol.security.DeviceKeys.generate().getPublic()));
    private final Map<String, Upload> uploads = new HashMap<>();
    private final List<Fault> faults = new ArrayList<>();
    private PublicKey deviceKey;
    private String deviceId;
    private int uploadIds;

    /** Trusts this device's key as if it had enrolled. */
    public FakeCentre trust(String id, PublicKey key) {
        deviceId = id;
        deviceKey = key;
        return this;
    }

    /** Answers requests matching {@code when} with {@code answer} (once, or until {@link #heal()} if sticky). */
    public synchronized FakeCentre fault(Predicate<RecordedRequest> when, Function<RecordedRequest, MockResponse> answer,
                                         boolean sticky) {
        faults.add(new Fault(when, answer, sticky));
        return this;
    }

    public synchronized void heal() {
        faults.clear();
    }

    public static Predicate<RecordedRequest> is(String method, String pathPrefix) {
        return r -> r.getMethod().equals(method) && r.getTarget().startsWith(pathPrefix);
    }

    public static MockResponse error(int status, ErrorCode code) {
        return json(status, new ErrorReply(code, "injected"));
    }

    /** The offset the centre holds for the upload of {@code hash}, -1 without one. */
    public synchronized long uploadOffset(String hash) {
        return uploads.values().stream().filter(u -> u.hash.equals(hash)).mapToLong(u -> u.data.size()).findFirst()
                .orElse(-1);
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
        requests.add(request);
        for (Fault f : List.copyOf(faults)) {
            if (f.when.test(request)) {
                if (!f.sticky) {
                    faults.remove(f);
                }
                return f.answer.apply(request);
            }
        }
        return handle(request);
    }

    /** Answers as the protocol says, without faults and without recording (for faults that pass a request on). */
    public synchronized MockResponse handle(RecordedRequest request) {
        String method = request.getMethod();
        String path = request.getUrl().encodedPath();
        if (path.equals("/v1/health")) {
            return json(200, new HealthReply(HealthReply.UP, 1, Instant.EPOCH));
        }
        if (!signed(request)) {
            return error(401, ErrorCode.BAD_SIGNATURE);
        }
        try {
            return switch (method + " " + (path.startsWith("/v1/uploads/") ? "/v1/uploads/*" : path)) {
                case "POST /v1/blobs/missing" -> missing(read(request, MissingBlobsRequest.class));
                case "POST /v1/blob-packs" -> pack(body(request));
                case "POST /v1/uploads" -> create(read(request, UploadCreate.class));
                case "HEAD /v1/uploads/*" -> head(uploads.get(path));
                case "PATCH /v1/uploads/*" -> patch(uploads.get(path), request);
                case "POST /v1/batches" -> batch(mapper.readValue(
                        Gzip.decompress(new ByteArrayInputStream(body(request)), 8 << 20), BatchEnvelope.class));
                case "GET /v1/centre-keys" -> json(200, centreKeys);
                case "GET /v1/status" -> status(Long.parseLong(request.getUrl().queryParameter("after")),
                        Integer.parseInt(request.getUrl().queryParameter("limit")));
                default -> error(404, ErrorCode.NOT_FOUND);
            };
        } catch (IOException e) {
            return error(400, ErrorCode.BAD_REQUEST);
        }
    }

    private boolean signed(RecordedRequest r) {
        // as the centre: a blob pack is signed over its head (ADR 0018), everything else over its body
        String sha = RequestSigning.contentSha256(r.getUrl().encodedPath(), body(r));
        byte[] payload = RequestSigning.payload(r.getMethod(), r.getTarget(), String.valueOf(r.getHeaders().get("Loket-Device")),
                String.valueOf(r.getHeaders().get("Loket-Timestamp")), sha);
        boolean ok = deviceKey != null && deviceId.equals(r.getHeaders().get("Loket-Device"))
                && sha.equals(r.getHeaders().get("Loket-Content-SHA256"))
                && RequestSigning.verify(deviceKey, payload, r.getHeaders().get("Loket-Signature"));
        if (!ok) {
            signatureFailures.add(r.getRequestLine());
        }
        return ok;
    }

    private MockResponse missing(MissingBlobsRequest req) {
        return json(200, new MissingBlobsReply(req.hashes().stream().filter(h -> !blobs.containsKey(h)).toList()));
    }

    private MockResponse pack(byte[] body) {
        List<BlobPack.Part> parts;
        try {
            parts = BlobPack.decode(body);
        } catch (IllegalArgumentException e) {
            return error(400, ErrorCode.BAD_REQUEST);
        }
        List<PackedBlobResult> results = new ArrayList<>();
        for (BlobPack.Part p : parts) {
            String hash = p.entry().hash();
            if (!Sha256.hex(p.data()).equals(hash)) {
                results.add(new PackedBlobResult(hash, PackOutcome.REFUSED, ErrorCode.BLOB_HASH_MISMATCH, "injected"));
            } else {
                results.add(new PackedBlobResult(hash, blobs.putIfAbsent(hash, p.data()) == null
                        ? PackOutcome.STORED : PackOutcome.HELD, null, null));
            }
        }
        return json(200, new BlobPackReply(results));
    }

    private MockResponse create(UploadCreate req) {
        if (blobs.containsKey(req.hash())) {
            return json(201, new UploadState(null, req.hash(), req.size(), req.size(), true));
        }
        Upload u = uploads.values().stream().filter(x -> x.hash.equals(req.hash())).findFirst().orElseGet(() -> {
            Upload fresh = new Upload("/v1/uploads/u" + (++uploadIds), req.hash(), req.size());
            uploads.put(fresh.path, fresh);
            return fresh;
        });
        return new MockResponse.Builder().code(201).addHeader("Location", u.path).addHeader("Content-Type", "application/json")
                .body(text(new UploadState(u.path.substring("/v1/uploads/".length()), u.hash, u.size, u.data.size(), false)))
                .build();
    }

    private MockResponse head(Upload u) {
        if (u == null) {
            return error(404, ErrorCode.NOT_FOUND);
        }
        return new MockResponse.Builder().code(204).addHeader("Upload-Offset", u.data.size())
                .addHeader("Upload-Length", u.size).build();
    }

    private MockResponse patch(Upload u, RecordedRequest r) {
        if (u == null) {
            return error(404, ErrorCode.NOT_FOUND);
        }
        byte[] chunk = body(r);
        if (Long.parseLong(r.getHeaders().get("Upload-Offset")) != u.data.size()) {
            return error(409, ErrorCode.UPLOAD_OFFSET_MISMATCH);
        }
        String expected = "sha256 " + Base64.getEncoder().encodeToString(ByteString.of(chunk).sha256().toByteArray());
        if (!expected.equals(r.getHeaders().get("Upload-Checksum"))) {
            return error(460, ErrorCode.UPLOAD_CHECKSUM_MISMATCH);
        }
        u.data.writeBytes(chunk);
        if (u.data.size() == u.size) {
            uploads.remove(u.path);
            if (!Sha256.hex(u.data.toByteArray()).equals(u.hash)) {
                return error(422, ErrorCode.BLOB_HASH_MISMATCH);
            }
            blobs.put(u.hash, u.data.toByteArray());
        }
        return new MockResponse.Builder().code(204).addHeader("Upload-Offset", u.data.size()).build();
    }

    private MockResponse batch(BatchEnvelope envelope) {
        List<RecordResult> results = new ArrayList<>();
        for (WireRecord w : envelope.records()) {
            List<String> lacking = w.blobHashes().stream().filter(h -> !blobs.containsKey(h)).toList();
            String held = records.get(w.recordId());
            Outcome outcome = forcedOutcomes.containsKey(w.recordId()) ? forcedOutcomes.get(w.recordId())
                    : !WireRecord.hashOf(w.body()).equals(w.recordHash()) ? Outcome.REJECTED
                    : held != null ? (held.equals(w.recordHash()) ? Outcome.DUPLICATE : Outcome.CONFLICT)
                    : !lacking.isEmpty() ? Outcome.MISSING_BLOBS : Outcome.ACCEPTED;
            if (outcome == Outcome.ACCEPTED) {
                records.put(w.recordId(), w.recordHash());
                heldSeqs.add(w.deviceSeq());
            }
            ErrorCode code = outcome == Outcome.CONFLICT ? ErrorCode.RECORD_CONFLICT
                    : outcome == Outcome.REJECTED ? ErrorCode.BAD_REQUEST : null;
            results.add(new RecordResult(w.recordId(), w.deviceSeq(), outcome, outcome.held() ? "R-" + w.deviceSeq() : null,
                    Instant.EPOCH, code, code == null ? null : "injected " + outcome,
                    outcome == Outcome.MISSING_BLOBS ? lacking : List.of()));
        }
        return json(200, new BatchReply(envelope.batchId(), Instant.EPOCH, results));
    }

    private MockResponse status(long after, int limit) {
        List<StatusEvent> page = events.stream().filter(e -> e.cursor() > after).limit(limit).toList();
        long next = page.isEmpty() ? after : page.getLast().cursor();
        long unbroken = 0;
        while (heldSeqs.contains(unbroken + 1)) {
            unbroken++;
        }
        boolean more = events.stream().anyMatch(e -> e.cursor() > next);
        return json(200, new StatusPage(page, next, unbroken, more));
    }

    private <T> T read(RecordedRequest r, Class<T> type) throws IOException {
        return mapper.readValue(body(r), type);
    }

    private static byte[] body(RecordedRequest r) {
        ByteString body = r.getBody();
        return body == null ? new byte[0] : body.toByteArray();
    }

    public static MockResponse json(int status, Object value) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
                .body(text(value)).build();
    }

    private static String text(Object value) {
        try {
            return CanonicalJson.newMapper().writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Fault(Predicate<RecordedRequest> when, Function<RecordedRequest, MockResponse> answer, boolean sticky) {
    }

    private static final class Upload {
        final String path;
        final String hash;
        final long size;
        final ByteArrayOutputStream data = new ByteArrayOutputStream();

        Upload(String path, String hash, long size) {
            this.path = path;
            this.hash = hash;
            this.size = size;
        }
    }
}
