/**
 * Compact JSON Web Signatures (RFC 7515) as SBI uses them for the digital ID, device info and
 * capture data: parse, verify against a public key, and sign (for the simulator).
 */
package id.loket.devices.sbi.jws;
