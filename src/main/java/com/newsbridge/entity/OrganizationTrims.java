package com.newsbridge.entity;

import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Repairs organization terms that HanLP's organization model glues to the words around them in news text:
 * <ul>
 *   <li>a dateline before the name (１１日电政协, 新华社北京电最高人民法院) is cut off;</li>
 *   <li>the verb 组织 (to organize) or the particle 所 after a name (国务院组织有关部门, 邓小平同志所倡导, also after a
 *       span of years: 中国人民解放军七十年所) is not part of the name: what comes before it is kept only when it is an
 *       organization itself;</li>
 *   <li>a province's or city's numbered people's congress or committee (陕西省第八届委员会, 政协武汉市第九届委员会)
 *       is a session, not a standing body, and People's Daily's annotators mostly leave it out; its province or city
 *       is a place ({@link #sessionPlace}).</li>
 * </ul>
 * The patterns are ordinary Chinese news style (datelines, 所 + verb, numbered sessions), not names from any list.
 * Stateless and thread-safe.
 */
final class OrganizationTrims {

    private OrganizationTrims() {
    }

    /**
     * A dateline: a day and 电 or 讯 (１１日电, 七日电, 日讯), an agency, a place and 电 (新华社北京电), or the paper's own
     * (本报讯, 本报北京电).
     */
    private static final Pattern DATELINE =
            Pattern.compile("^(?:[０-９0-9一二三四五六七八九十〇]+日[电讯]|日讯|新华社[^电]{0,6}电|本报讯|本报[^电讯]{0,6}[电讯])");

    /** The end of a dateline whose day HanLP left in the word before: 日电中共中央 (after １２/m). */
    private static final Pattern DAY_DATELINE = Pattern.compile("^日电(?=.{3})");

    /** A name, a span of years and the particle 所: 中国人民解放军七十年所, 李宁集团７年来所 (所 + verb follows). */
    private static final Pattern YEARS_BEFORE_SUO =
            Pattern.compile("(.+?)[０-９0-9〇一二三四五六七八九十百多几]+年来?所");

    /** A numbered session of a provincial or city body: 第八届委员会, 第九届人民代表大会, 八届委员会. */
    private static final Pattern NUMBERED_SESSION =
            Pattern.compile("第?[〇一二三四五六七八九十百０-９0-9]+届(?:委员会|人民代表大会)$");

    /**
     * Returns the organization that a HanLP organization term {@code word} names once glued words are taken off, or
     * {@code null} when nothing of it is an organization name (邓小平同志所, 北京市组织, 黑龙江省第九届人民代表大会).
     */
    static String trim(String word) {
        String trimmed = DAY_DATELINE.matcher(DATELINE.matcher(word).replaceFirst("")).replaceFirst("");
        if (trimmed.isEmpty()) {
            return null;
        }
        java.util.regex.Matcher since = YEARS_BEFORE_SUO.matcher(trimmed);
        if (since.matches()) {
            String before = since.group(1); // 中国人民解放军七十年所: "what the army has ... in seventy years"
            return OrganizationNames.hasOrganizationHead(before) ? before : null;
        }
        for (String glued : new String[] {"组织", "所"}) {
            if (trimmed.length() > glued.length() + 1 && trimmed.endsWith(glued)) {
                String before = trimmed.substring(0, trimmed.length() - glued.length());
                if (endsInName(before)) {
                    return OrganizationNames.hasOrganizationHead(before) ? before : null;
                }
            }
        }
        if (NUMBERED_SESSION.matcher(trimmed).find() && !trimmed.contains("全国")) {
            return null;
        }
        return trimmed;
    }

    /**
     * Returns the province or city whose numbered session an organization term names (黑龙江省 of
     * 黑龙江省第九届人民代表大会, 陕西省 of １１日电政协陕西省第八届委员会), or {@code null} when it names none: the session
     * is no organization, but its place is a place.
     */
    static String sessionPlace(String word) {
        java.util.regex.Matcher session = NUMBERED_SESSION.matcher(word);
        if (!session.find()) {
            return null;
        }
        String before = DATELINE.matcher(word.substring(0, session.start())).replaceFirst("");
        if (before.startsWith("政协")) {
            before = before.substring(2);
        }
        if (before.length() < 2) {
            return null;
        }
        for (Term t : OrganizationNames.PLAIN.get().seg(before)) {
            if (!t.nature.toString().startsWith("ns")) {
                return null;
            }
        }
        return before;
    }

    /** Adds the province or city of a numbered session (黑龙江省 of 黑龙江省第九届人民代表大会) as a place. */
    static void putSessionPlace(java.util.Map<String, ChineseEntityRecognizer.Mention> mentions, String session) {
        String place = OrganizationTrims.sessionPlace(session);
        if (place != null) {
            mentions.putIfAbsent(place, new ChineseEntityRecognizer.Mention(place, com.newsbridge.model.EntityType.PLACE));
        }
    }

    /**
     * Returns true when {@code text} ends in a complete name or title, so that a following 组织 or 所 is a word of its
     * own: an organization head (国务院, 卫生部), a person's title (同志, 总统), or a place or person as the last
     * dictionary word (北京市, 毛泽东). Bodies named by 组织 or 所 themselves (世界卫生组织, 研究所, 派出所) end in
     * ordinary words (卫生, 研究, 派出) and are kept.
     */
    private static boolean endsInName(String text) {
        if (OrganizationNames.hasOrganizationHead(text) || text.endsWith("同志") || text.endsWith("总统")
                || text.endsWith("总理") || text.endsWith("主席")) {
            return true;
        }
        List<Term> words = OrganizationNames.PLAIN.get().seg(text);
        String nature = words.get(words.size() - 1).nature.toString();
        return nature.startsWith("ns") || nature.startsWith("nr") || nature.startsWith("nt")
                || words.get(words.size() - 1).word.equals("全国");
    }
}
