package org.marsad.solr;

import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.response.CollectionAdminResponse;
import org.apache.solr.common.util.ContentStreamBase;
import org.apache.solr.common.util.NamedList;

/**
 * Sets up Marsad's collection on a cluster: uploads the configset and creates the collection, or, when it exists
 * already, updates its configset and reloads it (its shards and replicas stay as they are).
 */
public final class SolrCollections {
    /** The collection name used when none is given. */
    public static final String DEFAULT_COLLECTION = "marsad";

    private SolrCollections() {
    }

    /**
     * What {@link #init} did.
     *
     * @param created  whether the collection was created (false: it existed and was reloaded)
     * @param shards   its number of shards
     * @param replicas its replicas per shard (of the first shard, for an existing collection)
     */
    public record Outcome(String collection, boolean created, int shards, int replicas) {
    }

    /**
     * Uploads the configset and creates (or reloads) the collection.
     *
     * @throws IllegalArgumentException when shards or replicas are below 1, or the name is not a valid collection name
     * @throws SolrException when Solr refuses or cannot be reached
     */
    public static Outcome init(SolrCluster cluster, String collection, int shards, int replicas) {
        if (shards < 1 || replicas < 1) {
            throw new IllegalArgumentException("shards and replicas must be at least 1");
        }
        if (!collection.matches("[A-Za-z0-9_][A-Za-z0-9_.\\-]*")) {
            throw new IllegalArgumentException("bad collection name '" + collection
                    + "' (letters, digits, '_', '.', '-'; not starting with '.' or '-')");
        }
        uploadConfigset(cluster);
        if (exists(cluster, collection)) {
            run(cluster, CollectionAdminRequest.reloadCollection(collection), "reload collection " + collection);
            int[] shape = shape(cluster, collection);
            return new Outcome(collection, false, shape[0], shape[1]);
        }
        CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(collection, Configset.NAME,
                shards, replicas);
        create.setWaitForFinalState(true);
        run(cluster, create, "create collection " + collection);
        return new Outcome(collection, true, shards, replicas);
    }

    /** Uploads (or replaces) the configset {@value Configset#NAME}. */
    public static void uploadConfigset(SolrCluster cluster) {
        ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload()
                .setConfigSetName(Configset.NAME)
                .setUploadStream(new ContentStreamBase.ByteArrayStream(Configset.zip(), "marsad.zip",
                        "application/zip"))
                .setOverwrite(true)
                .setCleanup(true);
        run(cluster, upload, "upload configset " + Configset.NAME);
    }

    /** Whether the collection exists. */
    public static boolean exists(SolrCluster cluster, String collection) {
        CollectionAdminResponse r = run(cluster, new CollectionAdminRequest.List(), "list collections");
        Object names = r.getResponse().get("collections");
        return names instanceof java.util.Collection<?> c && c.contains(collection);
    }

    // Shards, and replicas of the first shard, from CLUSTERSTATUS.
    @SuppressWarnings("unchecked")
    private static int[] shape(SolrCluster cluster, String collection) {
        CollectionAdminResponse r = run(cluster,
                CollectionAdminRequest.getClusterStatus().setCollectionName(collection), "read collection status");
        Object col = r.getResponse()._get(List.of("cluster", "collections", collection), null);
        Map<String, Object> shards = (Map<String, Object>) asMap(col).get("shards");
        if (shards == null || shards.isEmpty()) {
            return new int[] {0, 0};
        }
        Object first = shards.values().iterator().next();
        Map<String, Object> replicas = (Map<String, Object>) asMap(first).get("replicas");
        return new int[] {shards.size(), replicas == null ? 0 : replicas.size()};
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        if (o instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        if (o instanceof NamedList<?> n) {
            return (Map<String, Object>) n.asShallowMap();
        }
        return Map.of();
    }

    private static <T extends org.apache.solr.client.solrj.SolrResponse> T run(SolrCluster cluster,
            SolrRequest<T> request, String what) {
        try {
            return cluster.withNode((SolrClient node) -> request.process(node));
        } catch (org.apache.solr.common.SolrException e) {
            // An answer from Solr with an error status (RemoteSolrException is one).
            throw new SolrException("Solr refused to " + what + ": " + SolrCluster.oneLine(e), e);
        }
    }
}
