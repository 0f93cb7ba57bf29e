package com.newsbridge.entity;

import com.hankcs.hanlp.seg.common.Term;
import com.newsbridge.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Chinese people and organizations that earlier articles named on their own evidence. HanLP reads a name one way
 * in one sentence and another way in the next (张国成 is a name after 记者, two words before a verb; 国家旅游局 is an
 * organization before 局长, a common noun elsewhere); a reader who has followed the news knows the name again. Each
 * article records the names its recognizer found ({@link #record}); a later article in which the same characters form
 * whole HanLP words ({@link #find}) gets the name back, once earlier articles agree on its type often enough.
 *
 * <p>Like the English {@link TypeVotes}: names found only by this memory are not recorded (no self-reinforcement),
 * memory is bounded ({@link #MAX_NAMES}; once full, known names keep counting and new names are not remembered),
 * thread-safe (counts are updated atomically; concurrent indexing threads see one another's names sooner or later),
 * and deterministic for a given order of articles: a fresh memory changes nothing in the first article.
 */
final class ChineseNameMemory {

    /** About 10 MB of heap at most: a server that indexes for months must not grow without bound. */
    static final int MAX_NAMES = 100_000;

    /** Names are looked up as runs of at most this many HanLP words. */
    private static final int MAX_TERMS = 4;

    private static final EntityType[] TYPES = {EntityType.PERSON, EntityType.ORGANIZATION};

    private final Map<String, int[]> counts = new ConcurrentHashMap<>();

    /**
     * The first two characters of every remembered name, hashed into a bit set, so that a word that begins no name
     * costs no lookup (most of an article): recognition runs on the indexing hot path.
     */
    private final java.util.concurrent.atomic.AtomicLongArray starts = new java.util.concurrent.atomic.AtomicLongArray(1 << 14);
    private final int minimum;

    /** @param minimum how many articles must have named a name (with more votes than all other types) before use */
    ChineseNameMemory(int minimum) {
        this.minimum = minimum;
    }

    /**
     * Records that one article named {@code name} as {@code type} (people and organizations of three characters or
     * more: 张华 or 钱江 alone may be ordinary words).
     */
    void record(String name, EntityType type) {
        int index = index(type);
        if (index < 0 || name.length() < 3 || counts.size() >= MAX_NAMES && !counts.containsKey(name)) {
            return;
        }
        int bit = startBit(name.charAt(0), name.charAt(1));
        starts.getAndUpdate(bit >>> 6, bits -> bits | 1L << (bit & 63));
        counts.compute(name, (k, c) -> {
            int[] updated = c == null ? new int[TYPES.length] : c.clone();
            updated[index]++;
            return updated;
        });
    }

    /** Returns the type earlier articles agree on for {@code name}, or {@code null}. */
    EntityType typeOf(String name) {
        int[] c = counts.get(name);
        if (c == null) {
            return null;
        }
        int best = c[0] >= c[1] ? 0 : 1;
        return c[best] >= minimum && c[best] > c[1 - best] ? TYPES[best] : null;
    }

    /**
     * Returns the remembered names that occur in {@code terms} as runs of whole words (so 国家旅游局 is found in
     * 国家/n 旅游局/n but 张华 not inside 张华山), with their types, in text order, leftmost-longest first.
     */
    List<ChineseEntityRecognizer.Mention> find(List<Term> terms, Set<String> known) {
        List<ChineseEntityRecognizer.Mention> found = new ArrayList<>();
        if (counts.isEmpty()) {
            return found;
        }
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < terms.size(); i++) {
            String first = terms.get(i).word;
            char second = first.length() > 1 ? first.charAt(1) : i + 1 < terms.size() ? terms.get(i + 1).word.charAt(0) : 0;
            int bit = startBit(first.charAt(0), second);
            if ((starts.get(bit >>> 6) & 1L << (bit & 63)) == 0) {
                continue;
            }
            StringBuilder run = new StringBuilder();
            String best = null;
            EntityType bestType = null;
            int bestEnd = i;
            if (i > 0 && isNumberOrMeasure(terms.get(i - 1))) {
                continue; // ５０００ 万加元, ８ 万多人: an amount, not the name 万加元 some article mistook
            }
            for (int j = i; j < terms.size() && j < i + MAX_TERMS; j++) {
                if (isNumberOrMeasure(terms.get(j)) || terms.get(j).nature.toString().equals("w")) {
                    break;
                }
                run.append(terms.get(j).word);
                if (run.length() > 16) {
                    break;
                }
                if (run.length() >= 3) {
                    EntityType type = typeOf(run.toString());
                    if (type != null) {
                        best = run.toString();
                        bestType = type;
                        bestEnd = j;
                    }
                }
            }
            if (best != null) {
                if (!known.contains(best) && seen.add(best)) {
                    found.add(new ChineseEntityRecognizer.Mention(best, bestType));
                }
                i = bestEnd;
            }
        }
        return found;
    }

    /** The bit of a name's first two characters in {@link #starts}. */
    private static int startBit(char first, char second) {
        return ((first * 31 + second) & 0x7fffffff) % (1 << 20);
    }

    private static boolean isNumberOrMeasure(Term t) {
        String nature = t.nature.toString();
        return nature.startsWith("m") || nature.startsWith("q");
    }

    /** Returns how many names are remembered. */
    int size() {
        return counts.size();
    }

    private static int index(EntityType type) {
        for (int i = 0; i < TYPES.length; i++) {
            if (TYPES[i] == type) {
                return i;
            }
        }
        return -1;
    }
}
