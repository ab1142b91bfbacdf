package id.loket.sync.agent;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.loket.sync.protocol.CanonicalJson;
import id.loket.sync.protocol.HealthReply;
import id.loket.sync.protocol.ProtocolVersion;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;
import java.time.Duration;

/**
 * Asks the centre's health endpoint whether it accepts work. A short call timeout keeps a
 * dead link from holding the agent; any failure means {@link Connectivity#OFFLINE}.
 */
public final class HealthProbe {

    private static final int MAX_REPLY_BYTES = 4096;

    private final OkHttpClient client;
    private final HttpUrl healthUrl;
    private final ObjectMapper mapper = CanonicalJson.newMapper();

    /**
     * @param sharedClient the app's one OkHttpClient; a derived client with a short timeout is used
     * @param centreBase   e.g. {@code https://central.example/}
     */
    public HealthProbe(OkHttpClient sharedClient, HttpUrl centreBase, Duration timeout) {
        this.client = sharedClient.newBuilder().callTimeout(timeout).build();
        this.healthUrl = centreBase.newBuilder()
                .addPathSegments(ProtocolVersion.PATH_PREFIX.substring(1) + "/health").build();
    }

    public Connectivity probe() {
        Request request = new Request.Builder().url(healthUrl).get().build();
        byte[] body;
        try (Response response = client.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                return Connectivity.DEGRADED;
            }
            body = response.body().byteStream().readNBytes(MAX_REPLY_BYTES);
        } catch (IOException | RuntimeException e) {
            return Connectivity.OFFLINE;
        }
        return parse(body);
    }

    /** An answer that is not a well-formed, current-version UP reply means the centre is not ready. */
    private Connectivity parse(byte[] body) {
        try {
            HealthReply reply = mapper.readValue(body, HealthReply.class);
            return reply.up() && reply.protocolVersion() == ProtocolVersion.CURRENT
                    ? Connectivity.ONLINE : Connectivity.DEGRADED;
        } catch (IOException e) {
            return Connectivity.DEGRADED;
        }
    }
}
