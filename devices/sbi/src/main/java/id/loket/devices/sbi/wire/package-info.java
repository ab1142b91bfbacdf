/**
 * The JSON shapes of MOSIP SBI 0.9.5 (discovery, device info, registration capture, stream),
 * their error codes, finger names and the capture hash chain. Records only; toString of types
 * that carry images never prints them.
 */
package id.loket.devices.sbi.wire;
