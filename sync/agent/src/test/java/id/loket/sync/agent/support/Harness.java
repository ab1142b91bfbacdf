package id.loket.sync.agent.support;

import id.loket.sync.agent.SyncAgent;
import id.loket.sync.agent.SyncSettings;
import id.loket.sync.agent.http.CentreClient;
import mockwebserver3.MockWebServer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/** A fake centre on loopback, an enrolled in-memory device, test time: what every agent test needs. */
public final class Harness implements AutoCloseable, AfterEachCallback {

    public final FakeCentre centre = new FakeCentre();
    public final MockWebServer server = new MockWebServer();
    public final MemoryLedger ledger = new MemoryLedger();
    public final TestClock clock = new TestClock(Instant.parse("2026-11-23T02:00:00Z"));
    public final RecordingSleeper sleeper;
    /** 10 ms per reading: each chunk seems to take 10 ms. */
    public final AtomicLong nanos = new AtomicLong();
    public final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false)
            .callTimeout(Duration.ofSeconds(10)).build();

    /** Use as {@code @RegisterExtension final Harness h = new Harness();}: closed after each test. */
    public Harness() {
        server.setDispatcher(centre);
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ledger.enrolledAt(base().toString());
        ledger.centreKeys = centre.centreKeys;   // enrolled with a centre that has bundle keys
        centre.trust(ledger.deviceId, ledger.keys.getPublic());
        sleeper = new RecordingSleeper(clock, centre.requests::size);
    }

    public HttpUrl base() {
        return server.url("/");
    }

    public long nanoTime() {
        return nanos.addAndGet(10_000_000L);
    }

    public CentreClient client() {
        return new CentreClient(http, base(), ledger.deviceId, ledger.keys.getPrivate(), clock);
    }

    public SyncSettings settings() {
        return new SyncSettings(Duration.ofSeconds(60), Duration.ofSeconds(20), Duration.ofSeconds(2), clock,
                this::nanoTime, sleeper, new SplittableRandom(4), 2);
    }

    public SyncAgent agent() {
        return new SyncAgent(ledger, http, settings());
    }

    /** Requests with this method and path prefix, in order. */
    public java.util.List<mockwebserver3.RecordedRequest> requests(String method, String prefix) {
        return centre.requests.stream().filter(FakeCentre.is(method, prefix)).toList();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        server.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
