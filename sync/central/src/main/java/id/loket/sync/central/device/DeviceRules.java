package id.loket.sync.central.device;

/** The shapes of device ids, office codes and counter numbers the centre accepts. */
public final class DeviceRules {

    private DeviceRules() {
    }

    public static void requireOffice(String officeCode) {
        if (officeCode == null || !officeCode.matches("[A-Z0-9]{2,16}")) {
            throw new IllegalArgumentException("the office code must be 2 to 16 capital letters or digits");
        }
    }

    public static void requireCounter(int counter) {
        if (counter < 1 || counter > 999) {
            throw new IllegalArgumentException("the counter must be between 1 and 999");
        }
    }

    public static void requireDeviceId(String deviceId) {
        if (deviceId == null || !deviceId.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("the device id must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
    }
}
