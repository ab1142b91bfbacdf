package id.loket.devices.sbi.client;

/** An inclusive range of ports to probe; SBI services use 4501-4600. */
public record PortRange(int first, int last) {
    /** The range the spec reserves for SBI services. */
    public static final PortRange SBI = new PortRange(4501, 4600);

    public PortRange {
        if (first < 1 || last > 65535 || first > last) {
            throw new IllegalArgumentException("bad port range " + first + "-" + last);
        }
    }

    public static PortRange single(int port) {
        return new PortRange(port, port);
    }

    public int size() {
        return last - first + 1;
    }
}
