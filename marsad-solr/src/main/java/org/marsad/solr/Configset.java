package org.marsad.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Marsad's Solr configset ({@code solrconfig.xml} and the schema), shipped in this jar. The schema has the embedded
 * index's fields and names the Arabic analysis by its Lucene SPI names, so the nodes need Marsad's analysis classes
 * in their lib.
 */
public final class Configset {
    /** The name it is uploaded under. */
    public static final String NAME = "marsad";
    /** Its files, relative to the configset root. */
    public static final List<String> FILES = List.of("solrconfig.xml", "schema.xml");

    private static final String ROOT = "configset/conf/";

    private Configset() {
    }

    /** Each file's name and content, in {@link #FILES} order. */
    public static Map<String, byte[]> files() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (String f : FILES) {
            try (InputStream in = Configset.class.getResourceAsStream(ROOT + f)) {
                if (in == null) {
                    throw new IllegalStateException("configset file " + f + " is missing from the marsad-solr jar");
                }
                out.put(f, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The configset as a zip, as Solr's configset upload takes it. */
    public static byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> f : files().entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Writes the configset into {@code dir} (its {@code conf/} layout), for tools that upload a directory. */
    public static Path writeTo(Path dir) {
        try {
            Path conf = Files.createDirectories(dir.resolve("conf"));
            for (Map.Entry<String, byte[]> f : files().entrySet()) {
                Files.write(conf.resolve(f.getKey()), f.getValue());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
