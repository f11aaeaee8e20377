package org.marsad.arabic.entities;

/**
 * The BIO labels: 0 is O, then B and I for each {@link EntityType} in declaration order. An I label may only follow
 * the B or I of its own type.
 */
final class Labels {
    static final EntityType[] TYPES = EntityType.values();
    static final int COUNT = 1 + 2 * TYPES.length;
    static final int O = 0;

    private Labels() {
    }

    static int begin(EntityType t) {
        return 1 + 2 * t.ordinal();
    }

    static boolean isBegin(int label) {
        return label > 0 && label % 2 == 1;
    }

    static boolean isInside(int label) {
        return label > 0 && label % 2 == 0;
    }

    static EntityType type(int label) {
        return label == O ? null : TYPES[(label - 1) / 2];
    }

    /** Whether {@code next} may follow {@code previous} (-1: sentence start). */
    static boolean allowed(int previous, int next) {
        if (!isInside(next)) {
            return true;
        }
        return previous > 0 && type(previous) == type(next);
    }

    static String name(int label) {
        if (label == O) {
            return "O";
        }
        return (isBegin(label) ? "B-" : "I-") + type(label).name();
    }

    /**
     * Reads a corpus tag (O, B-PERS, I-LOC, …; PERS and PER are the same type). Anything malformed is -1, for the
     * caller to count.
     */
    static int parse(String tag) {
        if (tag.equals("O")) {
            return O;
        }
        if (tag.length() < 3 || tag.charAt(1) != '-' || tag.charAt(0) != 'B' && tag.charAt(0) != 'I') {
            return -1;
        }
        String type = tag.substring(2);
        if (type.equals("PERS")) {
            type = "PER";
        }
        for (EntityType t : TYPES) {
            if (t.name().equals(type)) {
                return begin(t) + (tag.charAt(0) == 'I' ? 1 : 0);
            }
        }
        return -1;
    }
}
