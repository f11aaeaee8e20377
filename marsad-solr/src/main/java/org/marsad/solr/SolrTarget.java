package org.marsad.solr;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a SolrCloud cluster is, as given by {@code MARSAD_SOLR} or {@code --solr}: either a ZooKeeper host string
 * ({@code zk1:2181,zk2:2181/solr}) or one or more Solr base URLs ({@code http://solr1:8983/solr,http://solr2:8983/solr}).
 */
public sealed interface SolrTarget {

    /** ZooKeeper hosts ({@code host:port}) with an optional chroot ({@code /solr}). */
    record ZooKeeper(List<String> hosts, Optional<String> chroot) implements SolrTarget {
        public ZooKeeper {
            hosts = List.copyOf(hosts);
        }

        @Override
        public String toString() {
            return String.join(",", hosts) + chroot.orElse("");
        }
    }

    /** Solr base URLs, each ending in {@code /solr}. */
    record Urls(List<String> urls) implements SolrTarget {
        public Urls {
            urls = List.copyOf(urls);
        }

        @Override
        public String toString() {
            return String.join(",", urls);
        }
    }

    /** The environment variable that names the cluster. */
    String ENV = "MARSAD_SOLR";

    Pattern HOST_PORT = Pattern.compile("[A-Za-z0-9.\\-]+:\\d{1,5}|\\[[0-9A-Fa-f:.]+\\]:\\d{1,5}");

    /**
     * Reads a cluster address.
     *
     * @throws IllegalArgumentException with a one-line message saying what is wrong and what is expected
     */
    static SolrTarget parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("no SolrCloud address (expected zk1:2181,zk2:2181/solr or "
                    + "http://host:8983/solr)");
        }
        if (s.startsWith("http://") || s.startsWith("https://")) {
            List<String> urls = new ArrayList<>();
            for (String part : s.split(",")) {
                urls.add(url(part.strip()));
            }
            return new Urls(urls);
        }
        String hosts = s;
        Optional<String> chroot = Optional.empty();
        int slash = s.indexOf('/');
        if (slash >= 0) {
            hosts = s.substring(0, slash);
            String root = s.substring(slash).replaceAll("/+$", "");
            if (!root.matches("(/[A-Za-z0-9_.\\-]+)+")) {
                throw new IllegalArgumentException("bad ZooKeeper chroot '" + s.substring(slash)
                        + "' in '" + s + "' (expected like /solr)");
            }
            chroot = Optional.of(root);
        }
        List<String> list = new ArrayList<>();
        for (String part : hosts.split(",")) {
            String h = part.strip();
            if (!HOST_PORT.matcher(h).matches()) {
                throw new IllegalArgumentException("bad ZooKeeper host '" + h + "' in '" + s
                        + "' (expected host:port, e.g. zk1:2181,zk2:2181/solr; or Solr URLs http://host:8983/solr)");
            }
            list.add(h);
        }
        return new ZooKeeper(list, chroot);
    }

    private static String url(String u) {
        URI uri;
        try {
            uri = URI.create(u);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad Solr URL '" + u + "'");
        }
        if (uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("bad Solr URL '" + u + "' (expected like http://host:8983/solr)");
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
        if (!path.endsWith("/solr")) {
            throw new IllegalArgumentException("bad Solr URL '" + u + "' (its path must end in /solr, as in "
                    + "http://host:8983/solr)");
        }
        return uri.getScheme() + "://" + uri.getRawAuthority() + path;
    }
}
