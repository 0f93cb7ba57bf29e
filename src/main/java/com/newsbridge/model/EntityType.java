package com.newsbridge.model;

import java.util.Locale;

/** The kinds of named things a keyword or a text mention can refer to. */
public enum EntityType {
    PERSON("person", "people"),
    ORGANIZATION("organization", "organizations"),
    PLACE("place", "places"),
    TOPIC("topic", "keywords");

    private final String label;
    private final String facetName;

    EntityType(String label, String facetName) {
        this.label = label;
        this.facetName = facetName;
    }

    /** Returns the lower-case name used in JSON, e.g. {@code person}. */
    public String label() {
        return label;
    }

    /** Returns the name of the facet that lists entities of this type, e.g. {@code people}. */
    public String facetName() {
        return facetName;
    }

    /** Parses a label such as {@code person} or {@code PER}; returns {@code null} when unknown. */
    public static EntityType fromLabel(String label) {
        if (label == null) {
            return null;
        }
        return switch (label.trim().toLowerCase(Locale.ROOT)) {
            case "person", "per", "people", "nr" -> PERSON;
            case "organization", "organisation", "org", "orgs", "organizations", "nt" -> ORGANIZATION;
            case "place", "loc", "location", "places", "ns", "gpe" -> PLACE;
            case "topic", "misc", "topics", "keyword", "keywords" -> TOPIC;
            default -> null;
        };
    }

    /** Finds the type whose facet is named {@code facetName} ({@code people}, ...); {@code null} when none. */
    public static EntityType fromFacetName(String facetName) {
        for (EntityType type : values()) {
            if (type.facetName.equals(facetName)) {
                return type;
            }
        }
        return null;
    }
}
