package com.newsbridge.entity;

import java.util.Locale;

/**
 * Compares a foreign name in Latin letters with a Chinese transliteration of it, such as {@code Blinken} / 布林肯 or
 * {@code Guterres} / 古特雷斯, by their consonant skeletons.
 *
 * <p>Chinese renders foreign names with a limited set of characters read for their sound (the Xinhua transliteration
 * tables). Both sides are reduced to a sequence of consonant classes — P (b p), T (d t), K (g k c q), F (f v w),
 * S (s z x j sh ch zh), L (l r, and the syllable er), M, N (also a final -n/-ng of a syllable) — vowels, h and y
 * dropped, repeats collapsed; the similarity is one minus the edit distance over the longer length, where S and K
 * substitute for half a point (Chinese writes "ki" and "ch" with j/q).
 */
public final class Transliteration {

    /** Characters common in transliterated foreign names (a subset of the Xinhua tables). */
    static final String CHARACTERS = "阿埃艾爱安昂奥澳巴拜班邦保鲍贝本比彼宾滨波玻伯勃博布査查达戴丹当道德登邓迪蒂第廉"
            + "丁东杜敦顿多厄恩尔法凡范方菲费芬丰冯佛弗福夫富盖甘冈高戈哥格葛根古瓜圭桂果哈海汉豪赫黑亨洪胡华怀霍基吉加"
            + "伽贾简杰捷金晋卡凯坎康考柯科可克肯库夸奎昆拉莱赖兰朗劳勒雷蕾里利莉丽连林琳隆卢鲁路伦罗洛吕马玛迈麦曼芒毛"
            + "梅美门蒙孟米密敏明摩莫默姆穆纳娜奈南内尼妮涅宁纽努诺欧帕潘庞佩彭皮珀普奇齐恰乔切钦琼丘屈萨塞赛桑瑟森沙莎"
            + "山尚绍舍申圣施什史舒斯松苏索塔泰坦汤唐陶特滕提廷通图托瓦万旺威维韦温翁沃乌伍西希锡夏谢辛休许雅亚扬耶"
            + "伊依因英尤约泽扎詹哲朱卓兹佐";

    private Transliteration() {
    }

    /** Returns true when {@code c} is a typical transliteration character. */
    public static boolean isTransliterationCharacter(char c) {
        return CHARACTERS.indexOf(com.newsbridge.analysis.ChineseScriptFolding.fold(c)) >= 0;
    }

    /**
     * Returns the maximal runs of transliteration characters and middle dots in {@code text}, in order (本肯, 夏尔马,
     * 苏尔坦·贾比尔): where a transliterated name can be, found in one pass.
     */
    public static java.util.List<String> runs(String text) {
        java.util.List<String> runs = new java.util.ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isRunCharacter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && isRunCharacter(text.charAt(end))) {
                end++;
            }
            runs.add(text.substring(i, end));
            i = end;
        }
        return runs;
    }

    private static boolean isRunCharacter(char c) {
        return c == '·' || c == '•' || isTransliterationCharacter(c);
    }

    /** Returns true when {@code chinese} is written only with transliteration characters (and middle dots). */
    public static boolean isTransliteration(String chinese) {
        return chinese.length() >= 2 && chinese.chars().allMatch(c -> c == '·' || c == '•'
                || isTransliterationCharacter((char) c));
    }

    /** Returns the similarity in [0, 1] of a Latin name and a Chinese transliteration (0 when either has no key). */
    public static double similarity(String latin, String chinese) {
        String a = latinKey(latin);
        String b = chineseKey(chinese);
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        double distance = distance(a, b);
        return 1.0 - distance / Math.max(a.length(), b.length());
    }

    /**
     * Returns the sound keys of a name and of its last part — after the last middle dot (苏尔坦·贾比尔 and 贾比尔) or
     * the last space ({@code Antony Blinken} and {@code Blinken}) —, in that order, without empty keys: what a name is
     * indexed and looked up under, so that a query with the surname alone finds the whole name too.
     */
    public static java.util.Set<String> nameSoundKeys(String name) {
        String stripped = name.strip();
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        keys.add(soundKey(stripped));
        for (int i = stripped.length() - 1; i >= 0; i--) {
            char c = stripped.charAt(i);
            if (c == '·' || c == '•' || Character.isWhitespace(c)) {
                keys.add(soundKey(stripped.substring(i + 1)));
                break;
            }
        }
        keys.remove("");
        return keys;
    }

    /**
     * Returns the sound key under which a transliterated name is indexed and looked up: the consonant skeleton with
     * the nasals merged (M as N), so that {@code Blinken} and 布林肯 both give {@code PLNKN}; empty when shorter than
     * three consonants (too many names would share it).
     */
    public static String soundKey(String name) {
        String key = (com.newsbridge.ingest.ArticleParser.containsHan(name) ? chineseKey(name) : latinKey(name))
                .replace('M', 'N');
        StringBuilder collapsed = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            if (collapsed.isEmpty() || collapsed.charAt(collapsed.length() - 1) != key.charAt(i)) {
                collapsed.append(key.charAt(i));
            }
        }
        return collapsed.length() >= 3 ? collapsed.toString() : "";
    }

    /** Returns the consonant-class key of a Latin name, e.g. {@code PLNKN} for Blinken. */
    static String latinKey(String latin) {
        String s = latin.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            char cls;
            switch (c) {
                case 'b', 'p' -> cls = next == 'h' && c == 'p' ? 'F' : 'P';
                case 'd', 't' -> cls = 'T';
                case 'g', 'k', 'q' -> cls = 'K';
                case 'c' -> cls = next == 'h' ? 'S' : (next == 'e' || next == 'i' || next == 'y') ? 'S' : 'K';
                case 'f', 'v', 'w' -> cls = 'F';
                case 's', 'z', 'j' -> cls = 'S';
                case 'x' -> {
                    append(key, 'K');
                    cls = 'S';
                }
                case 'l', 'r' -> cls = 'L';
                case 'm' -> cls = 'M';
                case 'n' -> cls = 'N';
                default -> cls = 0; // vowels, h, y
            }
            if (c == 'c' && next == 'k') {
                continue; // "ck" is one K
            }
            if (cls != 0) {
                append(key, cls);
            }
        }
        return key.toString();
    }

    /** Returns the consonant-class key of a Chinese transliteration, from the pinyin of each character. */
    static String chineseKey(String chinese) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < chinese.length(); i++) {
            String syllable = Pinyin.of(chinese.charAt(i));
            if (syllable == null) {
                continue; // the middle dot of 安东尼奥·古特雷斯, Latin letters
            }
            if (syllable.equals("er")) {
                append(key, 'L');
                continue;
            }
            char initial = syllable.charAt(0);
            char cls = switch (initial) {
                case 'b', 'p' -> 'P';
                case 'd', 't' -> 'T';
                case 'g', 'k' -> 'K';
                case 'f', 'w' -> 'F';
                case 'j', 'q', 'x', 'z', 'c', 's' -> 'S';
                case 'l', 'r' -> 'L';
                case 'm' -> 'M';
                case 'n' -> 'N';
                default -> 0; // h, y, vowels
            };
            if (cls != 0) {
                append(key, cls);
            }
            if (syllable.length() > 1 && (syllable.endsWith("n") || syllable.endsWith("ng"))) {
                append(key, 'N');
            }
        }
        return key.toString();
    }

    private static void append(StringBuilder key, char cls) {
        if (key.isEmpty() || key.charAt(key.length() - 1) != cls) {
            key.append(cls);
        }
    }

    /** S/K (Chinese j/q for "ki", "ch") and M/N (nasals) are near. */
    private static boolean near(char x, char y) {
        return (x == 'S' && y == 'K') || (x == 'K' && y == 'S') || (x == 'M' && y == 'N') || (x == 'N' && y == 'M');
    }

    private static double distance(String a, String b) {
        double[] prev = new double[b.length() + 1];
        double[] cur = new double[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                char x = a.charAt(i - 1);
                char y = b.charAt(j - 1);
                double sub = x == y ? 0 : near(x, y) ? 0.5 : 1;
                cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + sub);
            }
            double[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
