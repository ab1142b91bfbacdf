package id.loket.bench.sync;

import id.loket.core.CoreServices;
import id.loket.sync.agent.ledger.OutgoingRecord;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The baseline: the same bytes as the drain (every image, every record's JSON) sent to the same
 * server as plain HTTP uploads, one {@code PUT} per image and one per round of 50 records' JSON,
 * one after another on one client, to the server's discard endpoint. The bytes of a round are read
 * from the device store before its uploads are timed: the baseline is the HTTP transfer alone.
 */
final class PlainUpload {

    private static final MediaType OCTETS = MediaType.get("application/octet-stream");
    private static final int ROUND = 50;

    private PlainUpload() {
    }

    /** Nanoseconds spent uploading, the bytes sent, and the JVM's CPU time meanwhile (both ends). */
    record Result(long nanos, long bytes, long cpuNanos) {
    }

    /** Uploads the bytes of {@code records} (as queued before the drain) and their images. */
    static Result run(CoreServices core, List<OutgoingRecord> records, OkHttpClient http, HttpUrl centre)
            throws IOException {
        long nanos = 0;
        long bytes = 0;
        long cpuNanos = 0;
        for (int from = 0; from < records.size(); from += ROUND) {
            List<OutgoingRecord> round = records.subList(from, Math.min(records.size(), from + ROUND));
            long after = round.getLast().deviceSeq();
            Set<String> hashes = new LinkedHashSet<>();
            round.forEach(r -> hashes.addAll(r.blobHashes()));
            List<byte[]> bodies = new ArrayList<>();
            for (String h : hashes) {
                bodies.add(core.blobs().get(h).orElseThrow());
            }
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            round.forEach(r -> json.writeBytes(r.payload().getBytes(StandardCharsets.UTF_8)));
            bodies.add(json.toByteArray());

            long cpu = Cpu.processNanos();
            long started = System.nanoTime();
            int n = 0;
            for (byte[] body : bodies) {
                put(http, centre.newBuilder().addPathSegments("bench/discard/" + after + "-" + n++).build(), body);
                bytes += body.length;
            }
            nanos += System.nanoTime() - started;
            cpuNanos += Cpu.processNanos() - cpu;
        }
        return new Result(nanos, bytes, cpuNanos);
    }

    private static void put(OkHttpClient http, HttpUrl url, byte[] body) throws IOException {
        Request request = new Request.Builder().url(url).put(RequestBody.create(body, OCTETS)).build();
        try (Response reply = http.newCall(request).execute()) {
            if (reply.code() != 204) {
                throw new IOException("the discard endpoint answered " + reply.code() + " for " + url);
            }
        }
    }
}
