package id.loket.e2e.sync;

import okhttp3.OkHttpClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the bundle tests start from: a real centre on H2, a device store with finalised
 * applications enrolled there (so it holds the centre's keys), and an empty "USB stick" folder.
 */
final class StickJourney implements AutoCloseable {

    final TestCentre centre;
    final TestDevice device;
    final OkHttpClient http;
    final Path stick;

    private StickJourney(TestCentre centre, TestDevice device, OkHttpClient http, Path stick) {
        this.centre = centre;
        this.device = device;
        this.http = http;
        this.stick = stick;
    }

    static StickJourney start(Path temp, int applications) throws IOException {
        TestCentre centre = TestCentre.start(CentreDatabase.H2);
        TestDevice device = TestDevice.create(temp.resolve("device"), applications);
        OkHttpClient http = TestAgents.http();
        device.enroll(http, centre.url(), centre.enrollmentToken());
        return new StickJourney(centre, device, http, Files.createDirectories(temp.resolve("stick")));
    }

    @Override
    public void close() throws IOException {
        device.close();
        centre.close();
        TestAgents.shutdown(http);
    }
}
