package org.marsad.web;

import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * The request target of a request line Jetty could not parse ({@code /api/articles/%00}): Jetty answers such a
 * request before any route, under the made-up path {@code /badMessage}, so {@link JettyErrors} could not tell an API
 * call (owed a JSON error) from a page. The server's HTTP/1.1 connections keep the target that failed, for the error
 * handler to read; nothing else changes (the request is still refused, by Jetty, as before).
 */
final class UnparsedTargets {
    private UnparsedTargets() {
    }

    /** Makes the server's HTTP/1.1 connectors keep unparsed targets (their factories replaced as the server starts). */
    static void install(Server server) {
        server.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                for (Connector c : server.getConnectors()) {
                    HttpConnectionFactory f = c.getConnectionFactory(HttpConnectionFactory.class);
                    if (f != null && !(f instanceof Factory) && c instanceof AbstractConnector connector) {
                        connector.removeConnectionFactory(f.getProtocol());
                        Factory keeping = new Factory(f.getHttpConfiguration());
                        keeping.setTransferEncodingChunkMaxLength(f.getTransferEncodingChunkMaxLength());
                        connector.addConnectionFactory(keeping);
                    }
                }
            }
        });
    }

    /** The target of the request line that {@code request}'s connection could not parse, or null. */
    static String of(Request request) {
        Connection c = request.getConnectionMetaData().getConnection();
        return c instanceof KeepingConnection k ? k.unparsed : null;
    }

    /** Jetty's own HTTP/1.1 factory, making {@link KeepingConnection}s as it makes its connections. */
    private static final class Factory extends HttpConnectionFactory {
        Factory(HttpConfiguration config) {
            super(config);
        }

        @Override
        public Connection newConnection(Connector connector, EndPoint endPoint) {
            KeepingConnection c = new KeepingConnection(getHttpConfiguration(), connector, endPoint);
            c.setTransferEncodingChunkMaxLength(getTransferEncodingChunkMaxLength());
            return configure(c, connector, endPoint);
        }
    }

    private static final class KeepingConnection extends HttpConnection {
        // Set when a request line's target fails to parse; the next request line that parses clears it.
        private volatile String unparsed;

        KeepingConnection(HttpConfiguration config, Connector connector, EndPoint endPoint) {
            super(config, connector, endPoint);
        }

        @Override
        protected HttpStreamOverHTTP1 newHttpStream(String method, String uri, HttpVersion version) {
            HttpStreamOverHTTP1 stream;
            try {
                stream = super.newHttpStream(method, uri, version);
            } catch (RuntimeException e) {
                unparsed = uri;
                throw e;
            }
            // Jetty's own stand-in for the refused request (method BAD) keeps what failed.
            if (!"BAD".equals(method)) {
                unparsed = null;
            }
            return stream;
        }
    }
}
