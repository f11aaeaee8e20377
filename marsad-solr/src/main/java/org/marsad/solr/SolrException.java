package org.marsad.solr;

/** A SolrCloud operation failed; the message is one line, fit for the command line. */
public final class SolrException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SolrException(String message, Throwable cause) {
        super(message, cause);
    }
}
