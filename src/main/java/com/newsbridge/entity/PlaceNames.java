package com.newsbridge.entity;

import java.util.Set;

/**
 * Checks the places HanLP reports in Chinese text, which takes many ordinary words for place names: a number and a
 * place word (两国 "both countries", 一年里 "within a year", 五国, 千里), a place word alone (街道, 开发区, 军营), a
 * compass direction or the world itself (西方 "the West", 东北, 地球), and names glued to the word before them
 * (的城市, 从云南, ６日长野, ２０００年淮河). People's Daily and MSRA annotators tag none of these as places, and a
 * reader filtering by place wants 云南, not 从云南.
 *
 * <p>Region names are kept: 华北, 华南, 江南 and 中原 are places, and numbers that begin a real name (三峡, 四川, 万县,
 * 五台山) are kept because what follows the number is no place word of its own.
 */
final class PlaceNames {

    /** Words for a kind of place, or a place word with a measure or locative: no place's name on their own. */
    private static final Set<String> PLACE_WORDS = Set.of("国", "省", "市", "县", "区", "乡", "镇", "村", "城", "城市",
            "城镇", "小城镇", "路", "道", "街", "街道", "大道", "条街", "门", "口", "台", "站", "楼", "角", "集", "里", "年里",
            "天里", "月里", "雨里", "地里", "店里", "山里", "大山里", "号里", "地市", "地县", "大省", "大县", "大山", "军营", "新路",
            "新村", "旧城", "开发区", "地站", "海岛", "贫民区", "解放区", "湾村", "家村", "庄村", "族", "个省", "个城市", "个国家",
            "国家", "地区", "边疆", "山区", "农村", "城乡", "郊区", "市区", "县城", "省城", "首都", "内地", "沿海");

    /** Compass directions and the world: 西方 is "the West", not a named place (大陆, the mainland, is one). */
    private static final Set<String> DIRECTIONS = Set.of("东方", "西方", "南方", "北方", "东北", "西北", "东南", "西南",
            "中南", "北国", "南国", "地球", "大西北", "大西南", "世界", "全球", "海外", "国外", "境外", "国内");

    /** Characters that begin no place name but are glued to one by the segmenter: 的城市, 和省, 同西方. */
    private static final String GLUED_BEFORE = "的和与及同从向到在于对把被由经往赴进驻走沿";

    private static final String NUMERALS = "０１２３４５６７８９0123456789一二三四五六七八九十两百千万几数第零○";

    /** A date or an amount before a place: ６日, ２０００年, ５０００元, ９９. */
    private static final String NUMBER_UNITS = "年月日号元";

    private PlaceNames() {
    }

    /**
     * Returns the place {@code word} names once what is glued before it is cut (的中东 → 中东, ６日长野 → 长野), or null
     * when it names no place (两国, 街道, 西方, 一年里, 的城市).
     *
     * @param isKnownPlace tells whether a word is a place the recognizer or the gazetteer knows, so that a character
     *                     that begins real names (和田, 于都, 沿河) is cut only when a known place follows it
     */
    static String clean(String word, java.util.function.Predicate<String> isKnownPlace) {
        String w = withoutLeadingNumber(word);
        if (w.isEmpty()) {
            return null;
        }
        if (w.length() >= 2 && GLUED_BEFORE.indexOf(w.charAt(0)) >= 0 && isPlaceWord(w.substring(1))) {
            return null; // 的城市, 进村, 和省
        }
        if (w.length() >= 3 && w.charAt(0) == '的') {
            w = w.substring(1); // 的 begins no word, let alone a name
        } else if (w.length() >= 3 && GLUED_BEFORE.indexOf(w.charAt(0)) >= 0 && isKnownPlace.test(w.substring(1))) {
            w = w.substring(1); // 从云南, 同西方
        }
        if (isPlaceWord(w) || DIRECTIONS.contains(w) || w.codePointCount(0, w.length()) < 2) {
            return null;
        }
        return w;
    }

    /** Returns true when {@code word} is a place word, alone or after a number: 街道, 两国, 一个城市, ５年里. */
    static boolean isPlaceWord(String word) {
        if (PLACE_WORDS.contains(word)) {
            return true;
        }
        int i = 0;
        while (i < word.length() && NUMERALS.indexOf(word.charAt(i)) >= 0) {
            i++;
        }
        if (i == 0 || i == word.length() || !PLACE_WORDS.contains(word.substring(i))) {
            return false;
        }
        // 万县 and 百色 are names; 千里, 万里 and 百里 are distances
        boolean large = word.substring(0, i).chars().allMatch(c -> "百千万".indexOf(c) >= 0);
        return !large || word.substring(i).equals("里");
    }

    /**
     * Cuts a date or an amount written in digits before a name (６日长野 → 长野, ２０００年淮河 → 淮河, ９９昆明 → 昆明,
     * ３年的三峡 → 三峡); words led by Chinese numerals are left whole (三峡, 四川).
     */
    private static String withoutLeadingNumber(String word) {
        int i = 0;
        while (i < word.length() && Character.isDigit(word.charAt(i))) {
            i++;
        }
        if (i == 0) {
            return word;
        }
        if (i < word.length() && NUMBER_UNITS.indexOf(word.charAt(i)) >= 0) {
            i++;
        }
        if (i < word.length() && word.charAt(i) == '的') {
            i++;
        }
        String rest = word.substring(i);
        return isPlaceWord(rest) ? "" : rest;
    }
}
