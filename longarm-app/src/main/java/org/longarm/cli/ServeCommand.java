package org.longarm.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.longarm.server.Server;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code serve [--host 127.0.0.1] [--port 8080]}: the REST API under /api/, feeds under /feeds/, the web UI at /. */
@Command(name = "serve",
        description = {"Serves the REST API v1 under /api/, Atom feeds under /feeds/ and the web UI at / until stopped (Ctrl-C).",
            "Reads are open on a loopback address; writes (reviews, watches) need Authorization: Bearer TOKEN, the token"
            + " being $LONGARM_TOKEN or else DATA/api-token (created, owner-only, on first start)."},
        footer = {"", "Exit status: 0 stopped, 1 could not start (port taken, store unreadable), 2 usage error."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only). Off loopback every request needs the token.")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port (default ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) throw UserError.usage("--port must be 0..65535, was " + port);
        Server server;
        try {
            server = Server.start(data.dir(), host, port, System.getenv("LONGARM_TOKEN"), java.time.Clock.systemUTC(), System.err);
        } catch (IllegalArgumentException e) {
            throw UserError.usage(e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "longarm-serve-stop"));
        var err = spec.commandLine().getErr();
        err.println("longarm: serving " + data.dir() + " on " + server.url() + "/ (API " + server.url() + "/api/, write token: "
                + server.tokenOrigin() + ")");
        if (!server.loopback()) err.println("longarm: warning: not on loopback; every request needs the token");
        err.flush();
        stopped.await();
        return 0;
    }
}
