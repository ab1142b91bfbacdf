/**
 * The careful SBI client the desktop uses: {@link id.loket.devices.sbi.client.SbiClient}
 * discovers, queries and captures, and turns every protocol violation into an
 * {@link id.loket.devices.sbi.client.SbiException} with a stable code.
 */
package id.loket.devices.sbi.client;
