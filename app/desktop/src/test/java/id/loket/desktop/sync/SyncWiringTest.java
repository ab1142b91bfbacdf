package id.loket.desktop.sync;

import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.Socket;

import static org.assertj.core.api.Assertions.assertThat;

class SyncWiringTest {

    @Test
    void theCentreClientSendsWithoutNaglesDelay() throws Exception {
        OkHttpClient http = SyncWiring.httpClient();
        try (ServerSocket server = new ServerSocket(0);
             Socket unconnected = http.socketFactory().createSocket();
             Socket connected = http.socketFactory().createSocket("127.0.0.1", server.getLocalPort())) {
            assertThat(unconnected.getTcpNoDelay()).isTrue();
            assertThat(connected.getTcpNoDelay()).isTrue();
        } finally {
            SyncWiring.shutdown(http);
        }
    }
}
