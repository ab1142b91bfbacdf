package id.loket.sync.central;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.loket.sync.protocol.CanonicalJson;
import id.loket.sync.protocol.HealthReply;
import id.loket.sync.protocol.ProtocolVersion;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;

import java.time.Clock;

/**
 * The reference central server: the receiving end of Loket's sync protocol. This first cut
 * answers the health probe; ingest, blobs and status feeds follow the sync issue.
 */
public final class CentralServer implements AutoCloseable {

    private final Javalin app;

    public CentralServer(Clock clock) {
        ObjectMapper mapper = CanonicalJson.newMapper();
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(mapper, false));
        });
        app.get(ProtocolVersion.PATH_PREFIX + "/health",
                ctx -> ctx.json(new HealthReply(HealthReply.UP, ProtocolVersion.CURRENT, clock.instant())));
    }

    /** Starts listening; port 0 picks a free port. */
    public CentralServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
