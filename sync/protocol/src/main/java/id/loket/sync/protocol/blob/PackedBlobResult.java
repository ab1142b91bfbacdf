package id.loket.sync.protocol.blob;

import id.loket.sync.protocol.ErrorCode;

/**
 * The centre's answer for one blob of a pack.
 *
 * @param hash    as listed in the pack's manifest
 * @param outcome see {@link PackOutcome}
 * @param code    for REFUSED the stable reason, else null
 * @param message operator text for {@code code}, else null
 */
public record PackedBlobResult(String hash, PackOutcome outcome, ErrorCode code, String message) {
}
