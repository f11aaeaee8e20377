package org.marsad.store;

import java.util.function.Supplier;

/**
 * A value read from the store, kept until something is committed to the store again ({@link
 * Database#changeMark}): for values asked for on every request that change only with a write, such as the
 * counters a search's validator is made of. Where the database cannot tell (PostgreSQL) it reads every time.
 *
 * <p>The mark is taken before the value is read, so a kept value is never older than the store was when its mark
 * was taken, and it is given only while the mark is still the same (nothing committed since). Thread safe.
 */
final class UntilCommit<T> {
    private record Held<T>(long mark, T value) {
    }

    private final Database db;
    private final Supplier<T> read;
    private volatile Held<T> held;

    UntilCommit(Database db, Supplier<T> read) {
        this.db = db;
        this.read = read;
    }

    /** The value as the store holds it now. */
    T get() {
        long mark = db.changeMark();
        Held<T> h = held;
        if (mark >= 0 && h != null && h.mark() == mark) {
            return h.value();
        }
        T value = read.get();
        if (mark >= 0) {
            held = new Held<>(mark, value);
        }
        return value;
    }
}
