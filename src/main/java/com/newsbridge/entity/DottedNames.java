package com.newsbridge.entity;

import com.hankcs.hanlp.seg.common.Term;
import com.newsbridge.ingest.ArticleParser;
import com.newsbridge.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads foreign and minority names written with a middle dot (埃米略·德·孔西里斯, 亚历山大·克瓦希涅夫斯基,
 * 司马义·艾买提) as one name. The dot joins the parts of one person's name — given name, particles, family name —
 * and is rarely used otherwise in news text; HanLP, however, keeps only the part it knows (孔西里, 毛赛尔 of 埃文·毛赛尔)
 * and its transliteration model stops at characters it has not seen in names (略, 兴, 卜). The whole name reaches from
 * the dot in both directions over the pieces HanLP made of it — names, single characters, transliterations — and stops
 * at punctuation, a title (主席, 总统), a function word or another word of two or more characters (今天, 协会).
 * Stateless and thread-safe.
 */
final class DottedNames {

    /** The longest name read this way, in characters (蒙博托·塞塞·塞科·库库·恩关杜·瓦·扎·邦加 is longer and left alone). */
    private static final int MAX_LENGTH = 20;

    /** The most characters in one part of such a name (克瓦希涅夫斯基 has seven). */
    private static final int MAX_PART = 8;

    /** The share of a character's uses just outside names above which it does not end a dotted name. */
    private static final double OUTSIDE_NAME = 0.6;

    private DottedNames() {
    }

    /** Returns the dotted names of {@code terms} (offsets {@code starts} in {@code text}), in order. */
    static List<String> find(String text, List<Term> terms, int[] starts) {
        List<String> names = new ArrayList<>();
        int k = 0;
        while (k < terms.size()) {
            if (!isDot(terms.get(k))) {
                k++;
                continue;
            }
            int first = k - 1;
            while (first >= 0 && isPiece(terms.get(first), first == k - 1) && k - first <= MAX_PART) {
                first--;
            }
            first++;
            if (first < k - 1 && !endsName(terms.get(first), com.hankcs.hanlp.corpus.tag.NR.K)) {
                first++; // a character seen far more often just before names than in them
            }
            int last = k + 1;
            while (last < terms.size()) {
                Term t = terms.get(last);
                if (isPiece(t, isDot(terms.get(last - 1)))) {
                    last++;
                } else if (isDot(t) && last + 1 < terms.size() && isPiece(terms.get(last + 1), true)) {
                    last++;
                } else {
                    break;
                }
            }
            last--;
            if (last > k + 1 && !isDot(terms.get(last - 1)) && !endsName(terms.get(last), com.hankcs.hanlp.corpus.tag.NR.L)) {
                last--; // 托尼·巴伯 + 所, 拉吉夫·甘地 + 当
            }
            if (first < k && last > k) {
                String name = text.substring(starts[first], starts[last] + terms.get(last).word.length());
                if (name.length() <= MAX_LENGTH && plausible(terms, first, last)) {
                    names.add(name);
                }
            }
            k = Math.max(k + 1, last + 1);
        }
        return names;
    }

    /**
     * Returns true when the pieces [first, last] are a person's name rather than two places joined by a dot (中国·东盟):
     * some piece is no place name, every part is at most {@link #MAX_PART} characters and no part is a country.
     */
    private static boolean plausible(List<Term> terms, int first, int last) {
        boolean nonPlace = false;
        int part = 0;
        for (int j = first; j <= last; j++) {
            Term t = terms.get(j);
            if (isDot(t)) {
                part = 0;
                continue;
            }
            part += t.word.length();
            if (part > MAX_PART) {
                return false;
            }
            String nature = t.nature.toString();
            nonPlace |= !nature.startsWith("ns") && !nature.startsWith("nt");
        }
        return nonPlace;
    }

    /** A middle dot between parts of a name. */
    private static boolean isDot(Term t) {
        return t.word.equals("·") || t.word.equals("•");
    }

    /**
     * A piece of a dotted name: a name HanLP recognized (nr, nrf), a single Han character that is no function word (略/d
     * of 埃米略, 买/v of 艾买提; numbers, measure words, prepositions and conjunctions only when they are transliteration
     * characters, 克/q), or a transliteration. Next to the dot ({@code adjacent}) a place or other proper noun is one too
     * (亚历山大/ns, which {@link #plausible} does not accept alone); farther away it may not be a Chinese name of three
     * characters (江泽民 + 亚历山大·克瓦希涅夫斯基) nor a place (柬埔寨).
     */
    private static boolean isPiece(Term t, boolean adjacent) {
        String word = t.word;
        String nature = t.nature.toString();
        if (nature.equals("w") || nature.equals("nnt") || word.length() > MAX_PART || word.chars().anyMatch(c -> c != '·'
                && !ArticleParser.isHan(c))) {
            return false;
        }
        if (word.length() == 1) {
            if (ChineseEntityRecognizer.hasFunctionCharacter(word) || "说等将又曾称即并但而或".indexOf(word.charAt(0)) >= 0) {
                return false;
            }
            return Transliteration.isTransliterationCharacter(word.charAt(0)) || !nature.startsWith("m")
                    && !nature.startsWith("q") && !nature.startsWith("p") && !nature.startsWith("c") && !nature.startsWith("u");
        }
        if (nature.startsWith("nrf") || Transliteration.isTransliteration(word)) {
            return true;
        }
        if (nature.startsWith("nr")) {
            return adjacent || !(word.length() == 3 && ChineseSurnames.isAnySurname(word.charAt(0)));
        }
        return adjacent && (nature.startsWith("ns") || nature.equals("nz"));
    }

    /**
     * Returns true when term {@code t} may be the outer end of a dotted name: a word of two or more characters, a
     * transliteration character, or a single character that HanLP's person-name dictionary does not mostly see just
     * outside names ({@code context} K before a name, L after it: 所, 已, 奖 after a name).
     */
    private static boolean endsName(Term t, com.hankcs.hanlp.corpus.tag.NR context) {
        return t.word.length() > 1 || Transliteration.isTransliterationCharacter(t.word.charAt(0))
                || GluedNameLists.role(t.word.charAt(0), context) < OUTSIDE_NAME;
    }

    /**
     * Puts the dotted names of the text into {@code mentions} as people and removes the person and place mentions that
     * are only pieces of them (毛赛尔 of 埃文·毛赛尔, 亚历山大/ns of 亚历山大·克瓦希涅夫斯基) and occur nowhere else.
     */
    static void apply(String text, List<Term> terms, int[] starts, Map<String, ChineseEntityRecognizer.Mention> mentions) {
        if (text.indexOf('·') < 0 && text.indexOf('•') < 0) {
            return; // most texts have no dotted name at all
        }
        List<String> names = find(text, terms, starts);
        if (names.isEmpty()) {
            return;
        }
        mentions.values().removeIf(m -> m.type() != EntityType.ORGANIZATION && !names.contains(m.text())
                && names.stream().anyMatch(n -> n.contains(m.text())) && onlyInside(text, m.text(), names));
        for (String name : names) {
            mentions.putIfAbsent(name, new ChineseEntityRecognizer.Mention(name, EntityType.PERSON));
        }
    }

    /** Returns true when every occurrence of {@code piece} in {@code text} lies inside an occurrence of a name. */
    private static boolean onlyInside(String text, String piece, List<String> names) {
        for (int at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) {
            int from = at;
            boolean inside = false;
            for (String name : names) {
                for (int n = text.indexOf(name); n >= 0 && n <= from; n = text.indexOf(name, n + 1)) {
                    inside |= n + name.length() >= from + piece.length();
                }
            }
            if (!inside) {
                return false;
            }
        }
        return true;
    }
}
