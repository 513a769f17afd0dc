package dev.kalshisim.cli;

import dev.kalshisim.sim.demo.DemoCatalog;
import dev.kalshisim.sim.demo.DemoInstallation;
import dev.kalshisim.sim.server.KalshiSimServer;

/** Installs the demo catalog and its synthetic order flow into a running simulator. */
final class Demo {

    private Demo() {
    }

    /** Loads the catalog, starts the flow, and returns what stops it. */
    static AutoCloseable install(KalshiSimServer server, long seed) {
        DemoInstallation demo = DemoCatalog.install(server.state().exchange(), server.state().reference(),
                server.state().clock(), seed);
        demo.start();
        return demo::stop;
    }
}
