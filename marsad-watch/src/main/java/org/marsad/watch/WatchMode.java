package org.marsad.watch;

import java.util.Locale;

/** When a watch alerts. */
public enum WatchMode {
    /** Each matching article. */
    EVERY,
    /** The first matching article of each story (a republished copy never alerts again); the default. */
    STORIES,
    /** One digest an hour of the stories that matched. */
    HOURLY,
    /** One digest a day, at a local time, of the stories that matched. */
    DAILY;

    /** The name used in JSON, the CLI and the database. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether alerts wait for a digest. */
    public boolean digest() {
        return this == HOURLY || this == DAILY;
    }

    /** Whether a story alerts once (every mode but {@link #EVERY}). */
    public boolean byStory() {
        return this != EVERY;
    }

    /** The mode named {@code key}. @throws WatchException when there is none */
    public static WatchMode parse(String key) {
        for (WatchMode m : values()) {
            if (m.key().equals(key == null ? "" : key.strip().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new WatchException("mode", "unknown mode '" + key + "' (every, stories, hourly, daily)",
                "نمط غير معروف: اختر كل خبر أو القصص أو موجزا كل ساعة أو كل يوم");
    }
}
