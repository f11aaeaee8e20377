package org.marsad.solr;

import org.marsad.search.IndexUnavailable;

/**
 * A SolrCloud operation failed; the message is one line, fit for the command line. Almost always the cluster could
 * not be reached (ZooKeeper, every node), so it is an {@link IndexUnavailable}: a web server beside the cluster
 * answers a search with 503 and a notice while the nodes are down, not with a server error.
 */
public final class SolrException extends IndexUnavailable {
    private static final long serialVersionUID = 1L;

    public SolrException(String message, Throwable cause) {
        super(message, cause);
    }
}
