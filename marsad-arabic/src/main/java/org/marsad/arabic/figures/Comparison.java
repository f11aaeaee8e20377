package org.marsad.arabic.figures;

/** How a reported value relates to the true one: "أكثر من", "أقل من", "نحو", "لا يقل عن". */
public enum Comparison {
    MORE_THAN, LESS_THAN, ABOUT, AT_LEAST;

    /** The snake_case name used in JSON ("more_than"). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
