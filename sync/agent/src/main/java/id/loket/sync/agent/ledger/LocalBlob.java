package id.loket.sync.agent.ledger;

import java.util.Objects;

/** An image as stored on the device (at most 32 MiB; the store verified it against its hash). */
public record LocalBlob(String hash, String mediaType, byte[] data) {

    public LocalBlob {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(data, "data");
    }

    public long size() {
        return data.length;
    }
}
