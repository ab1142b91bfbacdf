package id.loket.core.bundle;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An outbox row a bundle carries (its payload is read while the bundle is written). */
record CarriedRow(long deviceSeq, UUID recordId, String kind, String recordHash, Instant createdAt,
                  List<String> blobHashes) {
}
