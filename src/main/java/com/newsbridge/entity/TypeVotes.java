package com.newsbridge.entity;

import com.newsbridge.model.EntityType;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The types that the corpus itself has shown for English names: each time {@link KeywordTyper} decides a name's type
 * on strong evidence in one article (a title before it, an organization word in it, a score line after it, a
 * dateline ...), that type gets a vote for the name. An article in which the same name has only weak evidence (a run
 * of capitalized words that would otherwise be called a person, a lone word that would be called a place) takes the
 * type that the earlier articles voted for, as a reader who has followed the news would.
 *
 * <p>Names are compared case-insensitively with their spaces collapsed, so {@code BALTIMORE ORIOLES} in a headline
 * shares the votes of {@code Baltimore Orioles}. The votes grow as articles arrive; for a given order of articles the
 * outcome is deterministic. Thread-safe: votes are counted atomically, and concurrent indexing threads only see one
 * another's votes sooner or later.
 */
final class TypeVotes {

    /** Votes that are never recorded nor read: for typers that work on one text at a time. */
    static final TypeVotes NONE = new TypeVotes(false);

    private static final EntityType[] NAMED = {EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE,
        EntityType.TOPIC};

    /**
     * Most names that get votes: about 12 MB of heap. A server that indexes for months must not grow without bound;
     * once full, the names already known keep counting votes and new names get none (they are typed on their own
     * evidence, as before any vote).
     */
    static final int MAX_NAMES = 100_000;
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private final boolean enabled;
    private final Map<String, int[]> votes = new ConcurrentHashMap<>();

    /** Empty votes that learn from what they are told. */
    TypeVotes() {
        this(true);
    }

    private TypeVotes(boolean enabled) {
        this.enabled = enabled;
    }

    /** Records one vote of {@code type} for {@code name}. */
    void record(String name, EntityType type) {
        if (!enabled) {
            return;
        }
        int index = index(type);
        String key = key(name);
        if (votes.size() >= MAX_NAMES && !votes.containsKey(key)) {
            return;
        }
        votes.compute(key, (k, counts) -> {
            int[] updated = counts == null ? new int[NAMED.length] : counts.clone();
            updated[index]++;
            return updated;
        });
    }

    /**
     * Returns the type that most votes for {@code name} agree on, when it has at least {@code minimum} votes and more
     * than all other types together; else {@code null}.
     */
    EntityType consensus(String name, int minimum) {
        if (!enabled) {
            return null;
        }
        int[] counts = votes.get(key(name));
        if (counts == null) {
            return null;
        }
        int total = 0;
        int best = 0;
        for (int i = 0; i < counts.length; i++) {
            total += counts[i];
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return counts[best] >= minimum && counts[best] * 2 > total ? NAMED[best] : null;
    }

    /** Returns how many names have votes. */
    int size() {
        return votes.size();
    }

    private static int index(EntityType type) {
        for (int i = 0; i < NAMED.length; i++) {
            if (NAMED[i] == type) {
                return i;
            }
        }
        throw new IllegalArgumentException("no votes for " + type);
    }

    private static String key(String name) {
        return SPACES.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
