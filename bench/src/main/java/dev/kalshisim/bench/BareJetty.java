package dev.kalshisim.bench;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * The floor of {@link ServerThroughput}: a Jetty 12 server (the simulator's Jetty version, its
 * default thread pool and connector) whose one non-blocking handler answers a GET with fixed balance
 * bytes and a POST with fixed order bytes, reading nothing and checking nothing. What the simulator
 * adds on top of this is routing, auth, rate limits, the engine and its JSON.
 */
final class BareJetty implements AutoCloseable {

    private final Server server;
    private final ServerConnector connector;

    private BareJetty(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /** Starts on 127.0.0.1, an ephemeral port; {@code getBody} answers every GET, {@code postBody} every POST. */
    static BareJetty start(byte[] getBody, byte[] postBody) throws Exception {
        Server server = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new FixedAnswer(getBody, postBody));
        server.setStopTimeout(0);
        server.start();
        return new BareJetty(server, connector);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + connector.getLocalPort();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    /** Answers from memory on the selector thread: nothing here blocks. */
    private static final class FixedAnswer extends Handler.Abstract.NonBlocking {
        private final ByteBuffer getBody;
        private final ByteBuffer postBody;

        FixedAnswer(byte[] getBody, byte[] postBody) {
            this.getBody = ByteBuffer.wrap(getBody).asReadOnlyBuffer();
            this.postBody = ByteBuffer.wrap(postBody).asReadOnlyBuffer();
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            boolean post = "POST".equals(request.getMethod());
            response.setStatus(post ? 201 : 200);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
            // A slice per answer: the shared buffer's position is never moved.
            response.write(true, (post ? postBody : getBody).slice(), callback);
            return true;
        }
    }
}
