package id.loket.sync.protocol.bundle;

/**
 * The clear header of a bundle file: which centre key it is encrypted to and the sender's
 * ephemeral X25519 public key. It reveals nothing about the contents (not even the device) and is
 * authenticated as the associated data of every segment.
 *
 * @param format       {@link BundleManifest#FORMAT}
 * @param keyId        {@link BundleKeys#keyId} of the centre's bundle key
 * @param ephemeralKey base64 X.509 X25519 public key, fresh per bundle
 * @param noncePrefix  base64 of 7 random bytes; segment nonces are prefix, index (4 bytes), last flag
 */
record BundleHeader(String format, String keyId, String ephemeralKey, String noncePrefix) {
}
