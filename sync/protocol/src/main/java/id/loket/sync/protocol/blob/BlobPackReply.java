package id.loket.sync.protocol.blob;

import java.util.List;

/** Reply to {@code POST /v1/blob-packs}: one result per blob, in manifest order, after the commit. */
public record BlobPackReply(List<PackedBlobResult> results) {
}
