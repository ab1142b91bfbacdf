package id.loket.sync.protocol.blob;

import java.util.List;

/** {@code POST /v1/blobs/missing}: which of these SHA-256 addresses does the centre lack? (at most 1,000) */
public record MissingBlobsRequest(List<String> hashes) {

    public static final int MAX_HASHES = 1000;
}
