package org.marsad.arabic.entities;

/** The kinds of named entity the tagger finds. */
public enum EntityType {
    /** A person. */
    PER,
    /** A place: country, city, region, geographic feature. */
    LOC,
    /** An organisation: government body, party, company, agency, team. */
    ORG,
    /** Another name: nationality, event, work, product. */
    MISC
}
