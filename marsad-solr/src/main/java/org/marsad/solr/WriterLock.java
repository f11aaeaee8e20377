package org.marsad.solr;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.marsad.search.IndexException;

/**
 * The file lock that makes one process the writer of a collection for a data directory (see
 * {@link SolrIndex#open(SolrTarget, String, Path)}); the operating system releases it when the process dies.
 */
final class WriterLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or null when another process (or another index in this one) holds it. */
    static WriterLock tryTake(Path file) {
        FileChannel ch = null;
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null; // held by this JVM already
            }
            if (l == null) {
                ch.close();
                return null;
            }
            return new WriterLock(ch, l);
        } catch (IOException e) {
            if (ch != null) {
                try {
                    ch.close();
                } catch (IOException ignored) {
                    // the open failure is what matters
                }
            }
            throw new IndexException("cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
