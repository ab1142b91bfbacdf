package id.loket.sync.protocol.blob;

import java.util.List;

/** The subset of the asked hashes the centre does not hold yet, in the order asked. */
public record MissingBlobsReply(List<String> missing) {
}
