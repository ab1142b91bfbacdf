package id.loket.desktop.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.loket.sync.protocol.CanonicalJson;
import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.protocol.ErrorReply;
import id.loket.sync.protocol.Gzip;
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
import id.loket.sync.protocol.enroll.EnrollReply;
import id.loket.sync.protocol.enroll.EnrollRequest;
import id.loket.sync.protocol.security.DeviceKeys;
import id.loket.sync.protocol.security.RequestSigning;
import id.loket.sync.protocol.status.StatusEvent;
import id.loket.sync.protocol.status.StatusPage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small centre on the JDK's HTTP server for the desktop's tests: enrollment with a token, signed
 * requests verified against the enrolled key, blob packs, uploads, batches, a status feed. (The agent's own
 * tests use a stricter fake; the reference server gets its own end-to-end suite.)
 */
public final class MiniCentre implements AutoCloseable {

    public static final String TOKEN = "token-DPS-3";

    public final Map<String, byte[]> blobs = new ConcurrentHashMap<>();
    public final Map<UUID, String> records = new ConcurrentHashMap<>();
    public final Set<UUID> conflicts = ConcurrentHashMap.newKeySet();
    public final List<StatusEvent> events = new CopyOnWriteArrayList<>();
    public final List<String> refusedSignatures = new CopyOnWriteArrayList<>();
    private final Map<String, UploadCreate> uploads = new ConcurrentHashMap<>();
    private final Map<String, ByteArrayOutputStream> received = new ConcurrentHashMap<>();
    private final ObjectMapper mapper = CanonicalJson.newMapper();
    private final HttpServer server;
    private volatile PublicKey deviceKey;
    private volatile String deviceId;

    public MiniCentre() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    private synchronized void handle(HttpExchange x) throws IOException {
        try {
            byte[] body = x.getRequestBody().readAllBytes();
            String route = x.getRequestMethod() + " " + x.getRequestURI().getPath().replaceAll("/v1/uploads/.+", "/v1/uploads/*");
            if (route.equals("POST /v1/devices")) {
                enroll(x, mapper.readValue(body, EnrollRequest.class));
                return;
            }
            if (!signed(x, body)) {
                send(x, 401, new ErrorReply(ErrorCode.BAD_SIGNATURE, "bad signature"));
                return;
            }
            String path = x.getRequestURI().getPath();
            switch (route) {
                case "POST /v1/blobs/missing" -> send(x, 200, new MissingBlobsReply(mapper.readValue(body,
                        MissingBlobsRequest.class).hashes().stream().filter(h -> !blobs.containsKey(h)).toList()));
                case "POST /v1/blob-packs" -> send(x, 200, new BlobPackReply(BlobPack.decode(body).stream()
                        .map(p -> Sha256.hex(p.data()).equals(p.entry().hash())
                                ? new PackedBlobResult(p.entry().hash(), blobs.putIfAbsent(p.entry().hash(), p.data()) == null
                                        ? PackOutcome.STORED : PackOutcome.HELD, null, null)
                                : new PackedBlobResult(p.entry().hash(), PackOutcome.REFUSED, ErrorCode.BLOB_HASH_MISMATCH, "damaged"))
                        .toList()));
                case "POST /v1/uploads" -> {
                    UploadCreate create = mapper.readValue(body, UploadCreate.class);
                    String at = "/v1/uploads/" + create.hash().substring(0, 16);
                    uploads.putIfAbsent(at, create);
                    received.putIfAbsent(at, new ByteArrayOutputStream());
                    x.getResponseHeaders().add("Location", at);
                    send(x, 201, new UploadState(at.substring(12), create.hash(), create.size(), received.get(at).size(),
                            blobs.containsKey(create.hash())));
                }
                case "HEAD /v1/uploads/*" -> offset(x, received.get(path).size());
                case "PATCH /v1/uploads/*" -> {
                    ByteArrayOutputStream data = received.get(path);
                    data.writeBytes(body);
                    if (data.size() == uploads.get(path).size() && Sha256.hex(data.toByteArray()).equals(uploads.get(path).hash())) {
                        blobs.put(uploads.get(path).hash(), data.toByteArray());
                    }
                    offset(x, data.size());
                }
                case "POST /v1/batches" -> send(x, 200, batch(mapper.readValue(
                        Gzip.decompress(new ByteArrayInputStream(body), 8 << 20), BatchEnvelope.class)));
                case "GET /v1/status" -> {
                    long after = Long.parseLong(x.getRequestURI().getQuery().replaceAll(".*after=(\\d+).*", "$1"));
                    List<StatusEvent> page = events.stream().filter(e -> e.cursor() > after).toList();
                    send(x, 200, new StatusPage(page, page.isEmpty() ? after : page.getLast().cursor(), 0, false));
                }
                default -> send(x, 404, new ErrorReply(ErrorCode.NOT_FOUND, route));
            }
        } finally {
            x.close();
        }
    }

    private void enroll(HttpExchange x, EnrollRequest request) throws IOException {
        if (!TOKEN.equals(request.enrollmentToken())) {
            send(x, 403, new ErrorReply(ErrorCode.ENROLLMENT_REFUSED, "unknown token"));
            return;
        }
        deviceKey = DeviceKeys.decodePublic(request.publicKey());
        deviceId = request.deviceId();
        send(x, 201, new EnrollReply(request.deviceId(), request.officeCode(), request.counter(), Instant.EPOCH, null));
    }

    private boolean signed(HttpExchange x, byte[] body) {
        String target = x.getRequestURI().getRawPath()
                + (x.getRequestURI().getRawQuery() == null ? "" : "?" + x.getRequestURI().getRawQuery());
        String sha = RequestSigning.contentSha256(x.getRequestURI().getPath(), body);
        byte[] payload = RequestSigning.payload(x.getRequestMethod(), target, String.valueOf(deviceId),
                x.getRequestHeaders().getFirst("Loket-Timestamp"), sha);
        boolean ok = deviceKey != null && String.valueOf(deviceId).equals(x.getRequestHeaders().getFirst("Loket-Device"))
                && sha.equals(x.getRequestHeaders().getFirst("Loket-Content-SHA256"))
                && RequestSigning.verify(deviceKey, payload, x.getRequestHeaders().getFirst("Loket-Signature"));
        if (!ok) {
            refusedSignatures.add(target);
        }
        return ok;
    }

    private BatchReply batch(BatchEnvelope envelope) {
        List<RecordResult> results = new ArrayList<>();
        for (WireRecord w : envelope.records()) {
            List<String> lacking = w.blobHashes().stream().filter(h -> !blobs.containsKey(h)).toList();
            Outcome outcome = conflicts.contains(w.recordId()) ? Outcome.CONFLICT
                    : !WireRecord.hashOf(w.body()).equals(w.recordHash()) ? Outcome.REJECTED
                    : !lacking.isEmpty() ? Outcome.MISSING_BLOBS
                    : records.containsKey(w.recordId()) ? Outcome.DUPLICATE : Outcome.ACCEPTED;
            if (outcome == Outcome.ACCEPTED) {
                records.put(w.recordId(), w.recordHash());
            }
            ErrorCode code = outcome == Outcome.CONFLICT ? ErrorCode.RECORD_CONFLICT
                    : outcome == Outcome.REJECTED ? ErrorCode.BAD_REQUEST : null;
            String message = outcome == Outcome.CONFLICT ? "held with another hash"
                    : outcome == Outcome.REJECTED ? "the body does not hash to its record hash" : null;
            results.add(new RecordResult(w.recordId(), w.deviceSeq(), outcome, null, Instant.EPOCH, code, message, lacking));
        }
        return new BatchReply(envelope.batchId(), Instant.EPOCH, results);
    }

    private static void offset(HttpExchange x, long offset) throws IOException {
        x.getResponseHeaders().add("Upload-Offset", Long.toString(offset));
        x.sendResponseHeaders(204, -1);
    }

    private void send(HttpExchange x, int status, Object value) throws IOException {
        byte[] bytes = mapper.writeValueAsBytes(value);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
