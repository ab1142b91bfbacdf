package id.loket.sync.central.http;

import id.loket.sync.protocol.batch.BatchEnvelope;

/** How many bytes the centre reads from one request body. */
public final class Limits {

    /** Largest PATCH chunk. */
    public static final int MAX_CHUNK_BYTES = 8 * 1024 * 1024;
    /** Largest compressed batch (gzip of incompressible JSON is only slightly larger than the JSON). */
    public static final int MAX_BATCH_BODY_BYTES = BatchEnvelope.MAX_JSON_BYTES + 64 * 1024;
    /** Largest other JSON body (enrollment, missing blobs, admin requests). */
    public static final int MAX_JSON_BODY_BYTES = 1024 * 1024;
    /** Largest appointments CSV an administrator may post. */
    public static final int MAX_CSV_BYTES = 16 * 1024 * 1024;

    private Limits() {
    }
}
