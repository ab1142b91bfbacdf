package id.loket.bench.sync;

import id.loket.core.CoreServices;
import id.loket.sync.agent.ledger.OutgoingRecord;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The baselines: the same bytes as the drain (every image, every record's JSON) sent to the same
 * server as plain HTTP uploads, one after another on one client, in one of three {@link Shape}s.
 * The bytes of a round are read from the device store before its uploads are timed, so the upload
 * is the HTTP transfer alone; that read is timed apart (a drain must read and decrypt them too).
 */
final class PlainUpload {

    private static final MediaType OCTETS = MediaType.get("application/octet-stream");
    static final int ROUND = 50;

    private PlainUpload() {
    }

    /** How the bytes go. */
    enum Shape {
        /** One {@code PUT} per round of 50 records: their images and JSON as one body, about 22 MB, thrown away (the transfer alone). */
        PER_ROUND,
        /** One {@code PUT} per image and one per round's JSON: 15,428 requests, thrown away (the baseline before 6 December 2026). */
        PER_IMAGE,
        /**
         * As {@link #PER_ROUND}, to the endpoint that appends each body to a file and forces it to
         * disk before answering: a plain bulk upload that is kept (the target's baseline, ADR 0023).
         */
        KEPT;

        private String path() {
            return this == KEPT ? "bench/keep/" : "bench/discard/";
        }
    }

    /**
     * Nanoseconds spent uploading, the bytes sent, and the JVM's CPU time meanwhile (both ends);
     * and the time and CPU time of reading those bytes from the device's encrypted store first.
     */
    record Result(long nanos, long bytes, long cpuNanos, long readNanos, long readCpuNanos) {
    }

    /** Uploads the bytes of {@code records} (as queued before the drain) and their images. */
    static Result run(CoreServices core, List<OutgoingRecord> records, OkHttpClient http, HttpUrl centre,
                      Shape shape) throws IOException {
        long nanos = 0;
        long bytes = 0;
        long cpuNanos = 0;
        long readNanos = 0;
        long readCpuNanos = 0;
        for (int from = 0; from < records.size(); from += ROUND) {
            List<OutgoingRecord> round = records.subList(from, Math.min(records.size(), from + ROUND));
            long after = round.getLast().deviceSeq();
            Set<String> hashes = new LinkedHashSet<>();
            round.forEach(r -> hashes.addAll(r.blobHashes()));
            List<byte[]> bodies = new ArrayList<>();
            long readCpu = Cpu.processNanos();
            long readStarted = System.nanoTime();
            for (String h : hashes) {
                bodies.add(core.blobs().get(h).orElseThrow());
            }
            readNanos += System.nanoTime() - readStarted;
            readCpuNanos += Cpu.processNanos() - readCpu;
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            round.forEach(r -> json.writeBytes(r.payload().getBytes(StandardCharsets.UTF_8)));
            bodies.add(json.toByteArray());
            // a round's body is written from the arrays one after another, never copied into one
            // (22 MB arrays would change the heap the drain and the desktop phase run in)
            List<List<byte[]>> puts = shape != Shape.PER_IMAGE ? List.of(bodies) : bodies.stream().map(List::of).toList();

            long cpu = Cpu.processNanos();
            long started = System.nanoTime();
            int n = 0;
            for (List<byte[]> body : puts) {
                bytes += put(http, centre.newBuilder().addPathSegments(shape.path() + after + "-" + n++).build(), body);
            }
            nanos += System.nanoTime() - started;
            cpuNanos += Cpu.processNanos() - cpu;
        }
        return new Result(nanos, bytes, cpuNanos, readNanos, readCpuNanos);
    }

    /** PUTs the arrays as one body; returns its length. */
    private static long put(OkHttpClient http, HttpUrl url, List<byte[]> parts) throws IOException {
        RequestBody body = new Concatenated(parts);
        Request request = new Request.Builder().url(url).put(body).build();
        try (Response reply = http.newCall(request).execute()) {
            if (reply.code() != 204) {
                throw new IOException("the baseline's endpoint answered " + reply.code() + " for " + url);
            }
        }
        return body.contentLength();
    }

    /** Several arrays sent as one body of known length. */
    private static final class Concatenated extends RequestBody {
        private final List<byte[]> parts;

        Concatenated(List<byte[]> parts) {
            this.parts = parts;
        }

        @Override
        public MediaType contentType() {
            return OCTETS;
        }

        @Override
        public long contentLength() {
            return parts.stream().mapToLong(p -> p.length).sum();
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            for (byte[] part : parts) {
                sink.write(part);
            }
        }
    }
}
