package org.marsad.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * A server's exclusive ownership of a data directory: an operating-system lock on {@code DIR/server.lock} (released
 * by the system when the process dies, even by kill -9) and {@code DIR/server.json} describing the owner
 * ({@link ServerInfo}). A second server on the same directory cannot take the lock and refuses to start; other
 * commands read {@link #current} to learn that a server owns the directory and who it is.
 */
public final class Ownership implements AutoCloseable {
    /** The lock file in a data directory. */
    public static final String LOCK_FILE = "server.lock";
    /** The description of the owning server in a data directory. */
    public static final String INFO_FILE = "server.json";

    private final Path dir;
    private final FileChannel channel;
    private final FileLock lock;

    /** Thrown when another server owns the directory. */
    public static final class AlreadyOwnedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ServerInfo owner;

        AlreadyOwnedException(Path dir, ServerInfo owner) {
            super(owner == null ? "another Marsad server owns " + dir
                    : "a Marsad server (" + owner.describe() + ") already owns " + dir);
            this.owner = owner;
        }

        /** The owner, when it has published itself. */
        public Optional<ServerInfo> owner() {
            return Optional.ofNullable(owner);
        }
    }

    private Ownership(Path dir, FileChannel channel, FileLock lock) {
        this.dir = dir;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes ownership of {@code dir} (creating it when missing).
     *
     * @throws AlreadyOwnedException when another server, in this process or another, owns it
     */
    public static Ownership claim(Path dir) {
        try {
            Files.createDirectories(dir);
            FileChannel ch = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                ch.close();
                throw new AlreadyOwnedException(dir, current(dir).orElse(null));
            }
            return new Ownership(dir, ch, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + dir.resolve(LOCK_FILE) + ": " + e.getMessage(), e);
        }
    }

    /** Tells other commands who owns the directory (written atomically). */
    public void publish(ServerInfo info) {
        Path tmp = dir.resolve(INFO_FILE + ".tmp");
        try {
            Files.writeString(tmp, info.toJson() + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, dir.resolve(INFO_FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(INFO_FILE) + ": " + e.getMessage(), e);
        }
    }

    /**
     * The server that owns {@code dir} now, if any: its published description, when its process is alive (a
     * description left behind by a killed server is ignored). Takes no lock, so asking never disturbs a server.
     */
    public static Optional<ServerInfo> current(Path dir) {
        Path file = dir.resolve(INFO_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        ServerInfo info;
        try {
            info = ServerInfo.fromJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
        if (info == null || !ProcessHandle.of(info.pid()).map(ProcessHandle::isAlive).orElse(false)) {
            return Optional.empty();
        }
        return Optional.of(info);
    }

    /** Gives the directory up: the description is removed and the lock released. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(dir.resolve(INFO_FILE));
        } catch (IOException ignored) {
            // a stale description names a dead process and is ignored by current()
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
