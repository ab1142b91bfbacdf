package id.loket.desktop.sync;

import id.loket.core.CoreServices;
import id.loket.sync.agent.SyncAgent;
import id.loket.sync.agent.SyncSettings;
import okhttp3.OkHttpClient;

import java.time.Clock;
import java.time.Duration;

/**
 * Wires the sync agent over a device's core services: the composition roots (the desktop app, the
 * {@code loket sync} commands) call this, so the agent is built one way everywhere.
 */
public final class SyncWiring {

    private SyncWiring() {
    }

    /**
     * The process's one HTTP client for the centre (connections and threads are shared by every
     * caller), on sockets without Nagle's delay ({@link NoDelaySockets}).
     */
    public static OkHttpClient httpClient() {
        return new OkHttpClient.Builder()
                .socketFactory(new NoDelaySockets())
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .writeTimeout(Duration.ofSeconds(30))
                .build();
    }

    /** An agent on the device's store with the window's production settings (one request on the wire, ADR 21). */
    public static SyncAgent agent(CoreServices core, OkHttpClient http, Clock clock) {
        return new SyncAgent(new CoreDeviceLedger(core), http, SyncSettings.desktop(clock));
    }

    /** Releases the client's threads and connections (at exit). */
    public static void shutdown(OkHttpClient http) {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
