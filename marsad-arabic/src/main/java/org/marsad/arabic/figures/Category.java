package org.marsad.arabic.figures;

/** What a figure counts: a fixed vocabulary, so that figures from different outlets can be lined up. */
public enum Category {
    KILLED, INJURED, DISPLACED, DETAINED, MISSING, EVACUATED, AID, MONEY, PERCENT, PEOPLE, OTHER;

    /** The lower-case name used in JSON, URLs and queries ("killed"). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The category named {@code key} ("killed", any case), or null. */
    public static Category of(String key) {
        if (key == null) {
            return null;
        }
        for (Category c : values()) {
            if (c.key().equalsIgnoreCase(key.strip())) {
                return c;
            }
        }
        return null;
    }
}
