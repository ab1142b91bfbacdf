/**
 * Fingerprint scanners through MOSIP's Secure Biometric Interface (SBI, formerly MDS, spec 0.9.5).
 *
 * <p>{@code wire} holds the JSON shapes of the protocol, {@code jws} the compact JSON Web
 * Signature handling the spec uses for signed blocks, {@code client} the careful client the
 * desktop talks to, and {@code simulator} a small SBI device service of our own so the app can be
 * demonstrated and tested without hardware. Nothing here depends on other Loket modules and no
 * user-visible text is produced: failures carry stable codes the desktop translates.
 */
package id.loket.devices.sbi;
