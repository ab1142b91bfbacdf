package id.loket.e2e.sync;

import id.loket.core.CoreServices;
import id.loket.desktop.sync.CoreDeviceLedger;
import id.loket.sync.agent.SyncAgent;
import okhttp3.OkHttpClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A counter's sync agent in a process of its own, on the store in {@code args[0]}, for the test
 * that kills it with SIGKILL mid-upload: it opens the store, starts the agent's loop and runs until
 * it is killed (or, should the test die first, for at most two minutes).
 */
public final class AgentProcess {

    private static final long LIFETIME_MILLIS = 120_000;

    private AgentProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        CoreServices core = TestDevice.openStore(Path.of(args[0]));
        OkHttpClient http = TestAgents.http();
        SyncAgent agent = TestAgents.agent(new CoreDeviceLedger(core), http);
        agent.start();
        System.out.println("agent started on " + args[0]);
        Thread.sleep(LIFETIME_MILLIS);
        System.exit(3);
    }

    /** Starts the agent on {@code home} in a child JVM with this JVM's class path; its output goes to {@code log}. */
    static Process start(Path home, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), AgentProcess.class.getName(), home.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /** SIGKILL, and wait until the process is gone (its sockets closed, its store lock released). */
    static void kill(Process process) throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the agent process did not die");
        }
    }
}
