package id.loket.devices.sbi.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * HTTP/1.1 to {@code http://127.0.0.1:<port>} with SBI's custom methods (java.net.http accepts any
 * method token). Transport failures become {@link SbiException}s with stable codes.
 */
final class SbiTransport {
    private static final long BODY_SLACK_MS = 250;

    private final HttpClient http;
    private final String appName;

    SbiTransport(HttpClient http, String appName) {
        this.http = http;
        this.appName = appName;
    }

    static HttpClient newHttpClient(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpRequest request(int port, String method, String path, byte[] body, Duration timeout) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/json")
                .header("EXT", appName)
                .timeout(timeout)
                .build();
    }

    /**
     * Sends and reads the whole reply within {@code timeout} (plus a little slack): the request
     * timeout of java.net.http only covers the wait for the headers, so a service that sends
     * headers and then stalls its body is cut off here too.
     */
    HttpResponse<byte[]> send(int port, String method, String path, byte[] body, Duration timeout) throws SbiException {
        CompletableFuture<HttpResponse<byte[]>> reply = sendAsync(port, method, path, body, timeout);
        try {
            return reply.get(timeout.toMillis() + BODY_SLACK_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            reply.cancel(true);
            throw new SbiException(SbiFailureCode.TIMEOUT, method + " on port " + port + " timed out", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw failure(method, port, io);
            }
            throw new SbiException(SbiFailureCode.HTTP_ERROR, method + " on port " + port + " failed", e.getCause());
        } catch (InterruptedException e) {
            reply.cancel(true);
            Thread.currentThread().interrupt();
            throw new SbiException(SbiFailureCode.TIMEOUT, method + " on port " + port + " interrupted", e);
        }
    }

    CompletableFuture<HttpResponse<byte[]>> sendAsync(int port, String method, String path, byte[] body, Duration timeout) {
        return http.sendAsync(request(port, method, path, body, timeout), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<InputStream> open(int port, String method, String path, byte[] body, Duration timeout)
            throws SbiException {
        try {
            return http.send(request(port, method, path, body, timeout), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw failure(method, port, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SbiException(SbiFailureCode.TIMEOUT, method + " on port " + port + " interrupted", e);
        }
    }

    private static SbiException failure(String method, int port, IOException e) {
        if (e instanceof HttpTimeoutException) {
            return new SbiException(SbiFailureCode.TIMEOUT, method + " on port " + port + " timed out", e);
        }
        if (e instanceof ConnectException) {
            return new SbiException(SbiFailureCode.NO_SERVICE, "nothing listens on port " + port, e);
        }
        return new SbiException(SbiFailureCode.HTTP_ERROR, method + " on port " + port + " failed: "
                + e.getClass().getSimpleName(), e);
    }
}
