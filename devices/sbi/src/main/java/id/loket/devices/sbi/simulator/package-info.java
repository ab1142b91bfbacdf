/**
 * A simulated SBI fingerprint device service (a real HTTP server on 127.0.0.1) with switchable
 * fault modes, for demonstrations and tests without hardware. Not for enrolling anybody.
 */
package id.loket.devices.sbi.simulator;
