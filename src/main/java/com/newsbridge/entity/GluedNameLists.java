package com.newsbridge.entity;

import com.hankcs.hanlp.corpus.dictionary.item.EnumItem;
import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import com.hankcs.hanlp.seg.common.Term;
import com.newsbridge.ingest.ArticleParser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits lists of Chinese names written one after another without separators (名单 of a committee, as in
 * 李鹏乔石李瑞环彭真朱镕基, where the spaces of the printed page were lost). HanLP's name model glues such names
 * together or cuts them wrongly (宋健李, 霍英东马万); a reader splits them by knowing which characters are surnames and
 * which are given-name characters.
 *
 * <p>The split is the best segmentation of the run into names of a surname and one or two given-name characters,
 * scored with the character-role frequencies of HanLP's person-name dictionary ({@code nr.txt}, learnt from People's
 * Daily): how often a character was a surname (B), the first or last character of a two-character given name (C, D)
 * or a one-character given name (E). A character that fits no name is skipped at a high cost. The split is used only
 * where the run reads as a list: a run of six or more characters in which HanLP found two or more names, and a chain
 * of three or more names side by side whose ends HanLP confirms (see {@link #find}). Stateless and thread-safe.
 */
final class GluedNameLists {

    /** The shortest run of characters that can be a list of glued names (three two-character names). */
    private static final int MIN_RUN = 6;

    /** Compound surnames, which take the place of a single-character surname (欧阳中石, 司马义). */
    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "诸葛", "上官", "司徒", "东方", "夏侯",
            "皇甫", "尉迟", "公孙", "令狐", "慕容", "端木", "长孙", "宇文", "轩辕", "澹台", "万俟", "闻人");

    /**
     * The most characters between two names of one list that fit no name of the split (names of minorities such as
     * 乌云其木格 or 多吉才让, which are not surname and given name).
     */
    private static final int MAX_GAP = 0;

    /** The share of a run that names must cover for the run to be taken as a list without confirmed ends. */
    private static final double FULL_LIST = 0.8;

    /** The cost of a character that is left out of every name (much worse than any plausible name character). */
    private static final double SKIP = Math.log(1e-4);

    /**
     * The role probability given to a character of the person-name dictionary that was rarely or never seen in a
     * given name's place (孙 ending 沙健孙, 定 ending 包叙定): unlikely, yet likelier than a character of no name.
     */
    private static final double MIN_ROLE = 0.002;

    private GluedNameLists() {
    }

    /** A glued list: where it stands in the text and the names it was split into. */
    record Split(int start, int end, List<String> names) {
    }

    /**
     * Returns the glued name lists of {@code text}: in each run of Han characters, the chains of three or more names
     * that follow one another in the best split of the run, each chain beginning and ending with a name that
     * overlaps a name HanLP found ({@code terms} at offsets {@code starts}). The ends must be confirmed because the
     * split also reads words around a list as names (周恩来邓颖超 + 纪念馆, 李岚清 + 与万名首都); names inside a chain
     * need not be (彭真, which HanLP reads as 彭/nz 真/a).
     */
    static List<Split> find(String text, List<Term> terms, int[] starts) {
        List<Split> splits = new ArrayList<>();
        if (terms.stream().filter(t -> t.nature.toString().startsWith("nr")).limit(2).count() < 2) {
            return splits; // a list needs two names HanLP found
        }
        int[] namesBefore = new int[text.length() + 1]; // person names HanLP found starting before each offset
        for (int k = 0; k < terms.size(); k++) {
            if (terms.get(k).nature.toString().startsWith("nr") && starts[k] < text.length()) {
                namesBefore[starts[k] + 1]++;
            }
        }
        for (int c = 1; c <= text.length(); c++) {
            namesBefore[c] += namesBefore[c - 1];
        }
        int i = 0;
        while (i < text.length()) {
            if (!ArticleParser.isHan(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && ArticleParser.isHan(text.charAt(end))) {
                end++;
            }
            if (end - i >= MIN_RUN && namesBefore[end] - namesBefore[i] >= 2) {
                int from = i;
                List<int[]> pieces = new ArrayList<>(split(text.substring(i, end), blocked(terms, starts, i, end)));
                pieces.removeIf(p -> oneWord(terms, starts, from + p[0], from + p[1]));
                int covered = pieces.stream().mapToInt(p -> p[1] - p[0]).sum();
                boolean list = covered >= FULL_LIST * (end - i); // the whole run is names: a list through and through
                int k = 0;
                while (k < pieces.size()) {
                    int chainEnd = k;
                    while (chainEnd + 1 < pieces.size() && pieces.get(chainEnd + 1)[0] - pieces.get(chainEnd)[1] <= MAX_GAP) {
                        chainEnd++;
                    }
                    int first = k;
                    int last = chainEnd;
                    while (!list && first <= last && !confirmed(terms, starts, i + pieces.get(first)[0], i + pieces.get(first)[1])) {
                        first++;
                    }
                    while (!list && last >= first && !confirmed(terms, starts, i + pieces.get(last)[0], i + pieces.get(last)[1])) {
                        last--;
                    }
                    if (last - first + 1 >= 3) {
                        List<String> names = new ArrayList<>();
                        for (int j = first; j <= last; j++) {
                            names.add(text.substring(i + pieces.get(j)[0], i + pieces.get(j)[1]));
                        }
                        splits.add(new Split(i + pieces.get(first)[0], i + pieces.get(last)[1], names));
                    }
                    k = chainEnd + 1;
                }
            }
            i = end;
        }
        return splits;
    }

    /**
     * Marks the characters of [from, to) that may not stand in a name of the split: 1 where no name may contain the
     * character — it belongs to a word of two or more characters that is a pronoun, title, preposition, conjunction,
     * particle, locative, number, measure, time word or verb (新华社记者陈辉李清华本报记者: 本报/r and 记者/nnt are no
     * names; 退休/v), or a title after a name (熊克武夫人) —; 2 where it may begin a name but not stand in a given name:
     * a function word or a number of one character (李鹏了, 段和, 雷一小; 于/p begins 于永波).
     */
    private static int[] blocked(List<Term> terms, int[] starts, int from, int to) {
        int[] blocked = new int[to - from];
        for (int k = firstTerm(starts, from); k < terms.size() && starts[k] < to; k++) {
            Term t = terms.get(k);
            int termEnd = starts[k] + t.word.length();
            if (termEnd <= from || starts[k] >= to) {
                continue;
            }
            String nature = t.nature.toString();
            int mark = 0;
            if (t.word.length() >= 2) {
                boolean functionWord = nature.equals("nnt") || "rpcufmqtwv".indexOf(nature.charAt(0)) >= 0
                        && !nature.equals("vn");
                boolean title = java.util.Arrays.asList(ChineseNameRepairs.PERSON_TITLES).contains(t.word);
                mark = functionWord || title ? 1 : 0;
            } else if ("rpcufmqwyeo".indexOf(nature.charAt(0)) >= 0 || ChineseEntityRecognizer.hasFunctionCharacter(t.word)) {
                mark = 2;
            }
            for (int c = Math.max(from, starts[k]); c < Math.min(to, termEnd); c++) {
                blocked[c - from] = Math.max(blocked[c - from], mark);
            }
        }
        return blocked;
    }

    /** Returns true when [from, to) is exactly one word of HanLP's of three or more characters that is no name (纪念馆). */
    private static boolean oneWord(List<Term> terms, int[] starts, int from, int to) {
        for (int k = firstTerm(starts, from); k < terms.size() && starts[k] <= from; k++) {
            if (starts[k] == from && starts[k] + terms.get(k).word.length() == to && to - from >= 3) {
                return !terms.get(k).nature.toString().startsWith("nr");
            }
        }
        return false;
    }

    /** Returns the index of the term that holds offset {@code at} (the last term starting at or before it). */
    private static int firstTerm(int[] starts, int at) {
        int k = java.util.Arrays.binarySearch(starts, at);
        if (k < 0) {
            k = -k - 2;
        }
        while (k > 0 && starts[k - 1] == starts[k]) {
            k--;
        }
        return Math.max(0, k);
    }

    /** Returns true when [from, to) overlaps a person name HanLP found. */
    private static boolean confirmed(List<Term> terms, int[] starts, int from, int to) {
        for (int k = firstTerm(starts, from); k < terms.size() && starts[k] < to; k++) {
            int termEnd = starts[k] + terms.get(k).word.length();
            if (starts[k] < to && termEnd > from && terms.get(k).nature.toString().startsWith("nr")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Splits a run of characters by the best segmentation into names of two to four characters and characters that
     * fit no name; returns the names as {start, end} offsets in the run, in order.
     */
    static List<int[]> split(String run, int[] blocked) {
        int n = run.length();
        double[] best = new double[n + 1];
        int[] back = new int[n + 1];
        boolean[] name = new boolean[n + 1];
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        best[0] = 0;
        for (int i = 0; i < n; i++) {
            if (best[i] == Double.NEGATIVE_INFINITY) {
                continue;
            }
            relax(best, back, name, i, i + 1, best[i] + SKIP, false);
            for (int length = 2; length <= 4 && i + length <= n && blocked[i] != 1 && blocked[i + length - 1] == 0; length++) {
                double score = nameScore(run.substring(i, i + length));
                if (score > Double.NEGATIVE_INFINITY) {
                    relax(best, back, name, i, i + length, best[i] + score, true);
                }
            }
        }
        List<int[]> names = new ArrayList<>();
        for (int at = n; at > 0; at = back[at]) {
            if (name[at]) {
                names.add(0, new int[] {back[at], at});
            }
        }
        return names;
    }

    /** Returns the names of the best split of {@code run}, in order. */
    static List<String> names(String run) {
        return split(run, new int[run.length()]).stream().map(p -> run.substring(p[0], p[1])).toList();
    }

    private static void relax(double[] best, int[] back, boolean[] name, int from, int to, double score, boolean isName) {
        if (score > best[to]) {
            best[to] = score;
            back[to] = from;
            name[to] = isName;
        }
    }

    /**
     * Returns the log-probability score of {@code candidate} as one name — surname, then a one-character (E) or
     * two-character (C, D) given name — or negative infinity when the surname is none or a given-name character is
     * unknown to the person-name dictionary.
     */
    static double nameScore(String candidate) {
        int surnameLength = candidate.length() >= 3 && COMPOUND_SURNAMES.contains(candidate.substring(0, 2)) ? 2 : 1;
        int given = candidate.length() - surnameLength;
        if (given < 1 || given > 2) {
            return Double.NEGATIVE_INFINITY;
        }
        double score;
        if (surnameLength == 2) {
            score = Math.log(0.5);
        } else {
            char surname = candidate.charAt(0);
            double p = role(surname, NR.B);
            if (p < 0.1 || !ChineseSurnames.isAnySurname(surname)) {
                return Double.NEGATIVE_INFINITY;
            }
            score = Math.log(p);
        }
        NR[] roles = given == 1 ? new NR[] {NR.E} : new NR[] {NR.C, NR.D};
        for (int k = 0; k < given; k++) {
            char c = candidate.charAt(surnameLength + k);
            if (!known(c)) {
                return Double.NEGATIVE_INFINITY;
            }
            score += Math.log(Math.max(MIN_ROLE, role(c, roles[k])));
        }
        return score;
    }

    /** Returns how often {@code c} takes {@code role} among all its roles in HanLP's person-name dictionary. */
    static double role(char c, NR role) {
        float[] shares = ROLES[c];
        if (shares == null) {
            shares = shares(c);
            ROLES[c] = shares; // a benign race: every thread computes the same shares
        }
        return shares[role.ordinal()];
    }

    /**
     * The role shares of every character looked up so far, by character: recognition runs on the indexing hot path
     * and asks for the same characters again and again.
     */
    private static final float[][] ROLES = new float[Character.MAX_VALUE + 1][];

    private static float[] shares(char c) {
        float[] shares = new float[NR.values().length];
        EnumItem<NR> item = PersonDictionary.dictionary.get(String.valueOf(c));
        if (item == null) {
            return shares;
        }
        long total = 0;
        for (int f : item.labelMap.values()) {
            total += f;
        }
        for (java.util.Map.Entry<NR, Integer> e : item.labelMap.entrySet()) {
            shares[e.getKey().ordinal()] = total == 0 ? 0 : (float) e.getValue() / total;
        }
        return shares;
    }

    /** Returns true when HanLP's person-name dictionary knows {@code c} in any role. */
    static boolean known(char c) {
        float[] shares = ROLES[c];
        if (shares == null) {
            shares = shares(c);
            ROLES[c] = shares;
        }
        for (float share : shares) {
            if (share > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Puts the names of the glued lists of {@code text} into {@code mentions} as people and removes the person
     * mentions that only stand inside those lists without being one of their names (宋健李, 霍英东马万); foreign names
     * with a middle dot (帕巴拉·格列朗杰), which the split does not read, are kept.
     */
    static void apply(String text, List<Term> terms, int[] starts,
            java.util.Map<String, ChineseEntityRecognizer.Mention> mentions) {
        List<Split> splits = find(text, terms, starts);
        if (splits.isEmpty()) {
            return;
        }
        Set<String> names = new LinkedHashSet<>();
        splits.forEach(s -> names.addAll(s.names()));
        mentions.values().removeIf(m -> m.type() == com.newsbridge.model.EntityType.PERSON
                && m.text().indexOf('·') < 0 && !names.contains(m.text()) && onlyInside(text, m.text(), splits));
        for (String name : names) {
            mentions.putIfAbsent(name, new ChineseEntityRecognizer.Mention(name, com.newsbridge.model.EntityType.PERSON));
        }
    }

    /** Returns true when every occurrence of {@code word} in {@code text} overlaps one of the glued lists. */
    private static boolean onlyInside(String text, String word, List<Split> splits) {
        int at = text.indexOf(word);
        if (at < 0) {
            return false;
        }
        for (; at >= 0; at = text.indexOf(word, at + 1)) {
            int from = at;
            int to = at + word.length();
            if (splits.stream().noneMatch(s -> from < s.end() && to > s.start())) {
                return false;
            }
        }
        return true;
    }
}
