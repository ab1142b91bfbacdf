package id.loket.sync.protocol.bundle;

/**
 * The centre's public keys for the manual fallback, given at enrollment and by
 * {@code GET /v1/centre-keys}: devices encrypt bundles to {@code bundleKey} (X25519) and check
 * receipts with {@code receiptKey} (Ed25519). Both base64 X.509.
 */
public record CentreKeys(String bundleKey, String receiptKey) {
}
