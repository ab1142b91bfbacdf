package id.loket.sync.agent.upload;

import id.loket.sync.agent.http.CentreClient;
import id.loket.sync.agent.http.CentreException;
import id.loket.sync.agent.http.CreatedUpload;
import id.loket.sync.agent.ledger.DeviceLedger;
import id.loket.sync.agent.ledger.LocalBlob;
import id.loket.sync.agent.ledger.UploadProgress;
import id.loket.sync.protocol.blob.MissingBlobsRequest;
import id.loket.sync.protocol.blob.UploadCreate;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Gets images to the centre (docs/sync-protocol.md, "Uploads" and "Blob packs"): asks which hashes
 * the centre lacks; a missing blob that fits in one chunk (and has no upload under way) goes whole
 * into a pack with others ({@link BlobPacker}: one request, one commit at the centre, nothing
 * persisted here); a larger one is uploaded resumably: the persisted upload is reused (HEAD for the
 * authoritative offset) or one is created and its location persisted before the first byte, chunks
 * are PATCHed from the offset and the new offset persisted after every confirmed chunk. A cut or a
 * crash therefore resumes where the centre stands; only a blob the centre discarded (422) starts
 * again from zero. Every request goes through a {@link Lane} (at most two at a time, ADR 21), while
 * the caller reads the next blobs.
 */
public final class BlobUploader {

    /** A chunk refused as damaged (460), misplaced (409) or gone (404) is retried this often in a row at most. */
    static final int MAX_CHUNK_RESENDS = 3;
    /** A discarded upload (422) starts again at most this often per pass. */
    static final int MAX_RESTARTS = 2;

    private final DeviceLedger ledger;
    private final CentreClient centre;
    private final LinkMeter meter;
    private final ChunkSizer sizer = new ChunkSizer();
    private final LongSupplier nanoTime;
    private final Consumer<Thread> interrupter;
    private final int requests;

    public BlobUploader(DeviceLedger ledger, CentreClient centre, LinkMeter meter, LongSupplier nanoTime) {
        this(ledger, centre, meter, nanoTime, Thread::interrupt, DRAIN_REQUESTS);
    }

    /**
     * {@code interrupter} stops a lane's threads (the agent's holds it back while a thread is in a
     * store call); {@code requests}: how many a drain keeps on the wire (ADR 21).
     */
    public BlobUploader(DeviceLedger ledger, CentreClient centre, LinkMeter meter, LongSupplier nanoTime,
                        Consumer<Thread> interrupter, int requests) {
        this.requests = requests;
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.centre = Objects.requireNonNull(centre, "centre");
        this.meter = Objects.requireNonNull(meter, "meter");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.interrupter = Objects.requireNonNull(interrupter, "interrupter");
    }

    /** A headless drain's requests on the wire at once (ADR 21): the centre stores one pack while the next arrives. */
    public static final int DRAIN_REQUESTS = 2;

    /** A lane for a drain's requests, stopped through this uploader's interrupter. */
    public Lane newLane() {
        return new Lane(interrupter, requests);
    }

    /**
     * Makes sure the centre holds every blob of {@code hashes} (except those unreadable here), on a
     * lane of its own: {@link #begin}, {@link Round#send}, {@link Round#finish}.
     *
     * @throws IOException     when the link fails; what was confirmed so far stays persisted
     * @throws CentreException when the centre refuses in a way a retry later may fix
     */
    public UploadTally upload(Collection<String> hashes) throws IOException {
        try (Lane lane = newLane()) {
            Round round = begin(hashes, lane);
            round.send();
            return lane.await(lane.submit(round::finish));
        }
    }

    /**
     * Starts a round: reads what the device knows of these blobs' uploads and hands "which are
     * missing" to the lane (behind whatever is on it), without waiting for the answer.
     */
    public Round begin(Collection<String> hashes, Lane lane) {
        List<String> distinct = hashes.stream().distinct().toList();
        Map<String, UploadProgress> known = ledger.uploads(distinct);
        List<String> unknown = distinct.stream()
                .filter(h -> !known.containsKey(h) || !known.get(h).complete()).toList();
        Future<Set<String>> missing = lane.submit(() -> {
            Set<String> found = new HashSet<>();
            for (int from = 0; from < unknown.size(); from += MissingBlobsRequest.MAX_HASHES) {
                found.addAll(centre.missing(unknown.subList(from,
                        Math.min(unknown.size(), from + MissingBlobsRequest.MAX_HASHES))));
            }
            return found;
        });
        return new Round(unknown, known, missing, lane);
    }

    /**
     * The images of one round of records. {@link #send} runs on the drain's thread: it reads the
     * blobs and hands packs (and resumable uploads) to the lane. {@link #finish} runs once they
     * are all handed over, on the lane (the drain queues it in front of the round's batch) or on a
     * caller with nothing else on its way.
     */
    public final class Round {
        private final List<String> unknown;
        private final Map<String, UploadProgress> known;
        private final Future<Set<String>> missing;
        private final Lane lane;
        private final BlobPacker packer;
        private final Pass pass = new Pass();

        private Round(List<String> unknown, Map<String, UploadProgress> known, Future<Set<String>> missing, Lane lane) {
            this.unknown = unknown;
            this.known = known;
            this.missing = missing;
            this.lane = lane;
            this.packer = new BlobPacker(centre, meter, sizer, nanoTime, lane);
        }

        /**
         * Waits for "which are missing", then reads each missing blob once and hands it to the
         * lane: whole in a pack when it fits in one chunk and has no upload under way (a started
         * upload is always resumed from the centre's offset, never sent again from byte zero),
         * otherwise as a resumable upload.
         */
        public void send() throws IOException {
            Set<String> absent = lane.await(missing);
            for (String hash : unknown) {
                UploadProgress saved = known.get(hash);
                if (!absent.contains(hash)) {
                    held(hash, saved, pass);
                } else if (saved != null && saved.location() != null) {
                    uploadOnLane(() -> ledger.blob(hash), hash);
                } else {
                    Optional<LocalBlob> blob = ledger.blob(hash);
                    if (blob.isEmpty()) {
                        pass.unreadable.add(hash);
                    } else if (blob.get().size() <= sizer.next()) {
                        packer.add(blob.get());
                    } else {
                        uploadOnLane(() -> blob, hash);
                    }
                }
            }
            packer.dispatch();
        }

        /** A resumable upload, on the lane after the packs handed over before it. */
        private void uploadOnLane(Supplier<Optional<LocalBlob>> blob, String hash) throws IOException {
            packer.dispatch();
            lane.await(lane.submit(() -> {
                Optional<LocalBlob> local = blob.get();
                if (local.isEmpty()) {
                    pass.unreadable.add(hash);
                } else {
                    uploadOne(local.get(), pass);
                }
                return null;
            }));
        }

        /** Waits for the round's packs, sends refused blobs again, and says what the round did. */
        public UploadTally finish() throws IOException {
            packer.finish();
            return new UploadTally(pass.uploaded + packer.stored(), pass.bytesSent + packer.bytesSent(),
                    pass.restarts + packer.restarts(), pass.unreadable);
        }
    }

    /** The centre already holds this blob: remember it, so it is not asked about again. */
    private void held(String hash, UploadProgress saved, Pass pass) {
        OptionalLong size = ledger.blobSize(hash);
        if (size.isEmpty()) {
            pass.unreadable.add(hash);
            return;
        }
        String location = saved == null ? null : saved.location();
        ledger.saveUpload(UploadProgress.atCentre(hash, location, size.getAsLong()));
    }

    private void uploadOne(LocalBlob blob, Pass pass) throws IOException {
        UploadProgress progress = resume(blob);
        int resends = 0;
        while (!progress.complete()) {
            int length = (int) Math.min(sizer.next(), blob.size() - progress.offset());
            long started = nanoTime.getAsLong();
            try {
                long next = centre.patch(progress.location(), progress.offset(), blob.data(),
                        Math.toIntExact(progress.offset()), length);
                meter.record(length, Duration.ofNanos(nanoTime.getAsLong() - started));
                sizer.succeeded(meter);
                progress = progress.at(next);
                ledger.saveUpload(progress);
                pass.bytesSent += length;
                resends = 0;
            } catch (CentreException refused) {
                int status = refused.status();
                if (status == 422 ? ++pass.restarts > MAX_RESTARTS : ++resends > MAX_CHUNK_RESENDS) {
                    throw refused;
                }
                switch (status) {
                    case 409 -> progress = headAndSave(progress);
                    case 460 -> {
                        // the chunk arrived damaged and nothing was stored: send it again
                    }
                    case 404, 422 -> {
                        ledger.forgetUpload(blob.hash());
                        progress = create(blob);
                    }
                    default -> throw refused;
                }
            } catch (IOException cut) {
                sizer.failed();
                throw cut;
            }
        }
        pass.uploaded++;
    }

    /** The persisted upload at the centre's offset, or a new one when there is none (or it is gone). */
    private UploadProgress resume(LocalBlob blob) throws IOException {
        Optional<UploadProgress> saved = ledger.upload(blob.hash())
                .filter(u -> u.location() != null && u.size() == blob.size());
        if (saved.isPresent()) {
            try {
                return headAndSave(saved.get());
            } catch (CentreException gone) {
                if (gone.status() != 404) {
                    throw gone;
                }
                ledger.forgetUpload(blob.hash());
            }
        }
        return create(blob);
    }

    private UploadProgress headAndSave(UploadProgress progress) throws IOException {
        UploadProgress now = progress.at(centre.head(progress.location(), progress.size()));
        ledger.saveUpload(now);
        return now;
    }

    /** Creates (or finds again) the upload and persists its location before any byte is sent. */
    private UploadProgress create(LocalBlob blob) throws IOException {
        CreatedUpload created = centre.createUpload(new UploadCreate(blob.hash(), blob.size(), blob.mediaType()));
        long offset = created.state().complete() ? blob.size() : created.state().offset();
        UploadProgress progress = new UploadProgress(blob.hash(), created.location(), blob.size(), offset);
        ledger.saveUpload(progress);
        return progress;
    }

    /** Counters of one {@link #upload} call. */
    private static final class Pass {
        int uploaded;
        long bytesSent;
        int restarts;
        final Set<String> unreadable = new HashSet<>();
    }
}
