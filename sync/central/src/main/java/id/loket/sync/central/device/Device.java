package id.loket.sync.central.device;

import java.security.PublicKey;

/** An enrolled device: who may sign requests, for which office. */
public record Device(String deviceId, String officeCode, int counter, String publicKeyBase64, PublicKey publicKey) {
}
