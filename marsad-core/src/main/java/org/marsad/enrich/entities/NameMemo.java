package org.marsad.enrich.entities;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers a pure function of a spelling for the spellings seen lately. Resolution reads the same few spellings of
 * an article (and of the archive's entities it is compared with) again and again — their words, their variant keys —
 * and folding and splitting them each time was a third of the resolver's CPU and much of its garbage. The answer
 * for a spelling never changes, so a remembered one is exactly the computed one.
 *
 * <p>Safe for any number of threads (tagging workers and the saving thread share it). Bounded: when it holds
 * {@code capacity} spellings it starts again empty, so an archive's ever-growing set of names costs no more memory
 * than that.
 *
 * @param <T> the remembered value; it must be immutable, since every caller gets the same instance
 */
final class NameMemo<T> {
    private final int capacity;
    private final Function<String, T> compute;
    private final ConcurrentHashMap<String, T> values;

    NameMemo(int capacity, Function<String, T> compute) {
        this.capacity = capacity;
        this.compute = compute;
        this.values = new ConcurrentHashMap<>(Math.min(capacity, 1024));
    }

    /** {@code compute(spelling)}, remembered; a null spelling is computed every time. */
    T get(String spelling) {
        if (spelling == null) {
            return compute.apply(null);
        }
        T v = values.get(spelling);
        if (v == null) {
            v = compute.apply(spelling);
            if (values.size() >= capacity) {
                values.clear();
            }
            values.put(spelling, v);
        }
        return v;
    }

    /** How many spellings it holds now. */
    int size() {
        return values.size();
    }
}
