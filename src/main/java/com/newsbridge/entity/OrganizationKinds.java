package com.newsbridge.entity;

import com.newsbridge.model.EntityType;
import java.util.List;
import java.util.Map;

/**
 * Sorts out what the organization rules find that is no organization's name to a reader or an annotator:
 * <ul>
 *   <li>troops named by where they serve or whose they are (香港部队, 以色列军队, 新时期军队): a kind of troops, not a unit
 *       with a name, so no mention;</li>
 *   <li>delegations (中国代表团, 中共代表团): a group sent for one visit, which People's Daily's annotators never tag as an
 *       organization;</li>
 *   <li>a government named after its leader (克林顿政府, 布莱尔政府), when the leader is a person of the same text;</li>
 *   <li>museums and galleries (中国美术馆, 上海博物馆, 抗日战争纪念馆): People's Daily's annotators tag them as places,
 *       and visitors go to them as places, so they are places.</li>
 * </ul>
 * The head words are ordinary Chinese words for troops and buildings (general knowledge). Stateless and thread-safe.
 */
final class OrganizationKinds {

    private OrganizationKinds() {
    }

    /** Heads of troops described by place or owner: 部队, 军队. */
    private static final List<String> TROOPS = List.of("部队", "军队");

    /**
     * Heads of buildings that are places: museums, galleries, memorial halls, exhibition and concert halls, railway
     * stations (北京西站). Hotels and guesthouses (钓鱼台国宾馆, 希尔顿饭店) are left as they are: annotators take them as
     * organizations about as often as places.
     */
    private static final List<String> BUILDINGS = List.of("博物馆", "美术馆", "纪念馆", "展览馆", "音乐厅", "火车站", "东站",
            "西站", "南站", "北站");

    /**
     * Drops the troops, delegations and leaders' governments among the organization {@code mentions} and turns its
     * buildings into places, keeping the order of first appearance.
     */
    static void sort(Map<String, ChineseEntityRecognizer.Mention> mentions) {
        mentions.entrySet().removeIf(e -> e.getValue().type() == EntityType.ORGANIZATION
                && (endsWithAny(e.getKey(), TROOPS) || e.getKey().endsWith("代表团")
                || isLeadersGovernment(e.getKey(), mentions)));
        mentions.replaceAll((text, m) -> m.type() == EntityType.ORGANIZATION && endsWithAny(text, BUILDINGS)
                ? new ChineseEntityRecognizer.Mention(text, EntityType.PLACE) : m);
    }

    /**
     * Returns true for a government or cabinet named after its leader (克林顿政府, 布莱尔政府, 内塔尼亚胡政府): the leader is
     * a person found in the same text, and the phrase means "the government under him", no name of a body.
     */
    private static boolean isLeadersGovernment(String organization,
                                               Map<String, ChineseEntityRecognizer.Mention> mentions) {
        for (String head : new String[] {"政府", "内阁"}) {
            if (organization.endsWith(head) && organization.length() > head.length() + 1) {
                String name = organization.substring(0, organization.length() - head.length());
                ChineseEntityRecognizer.Mention leader = mentions.get(name);
                return leader != null && leader.type() == EntityType.PERSON;
            }
        }
        return false;
    }

    private static boolean endsWithAny(String text, List<String> heads) {
        for (String head : heads) {
            if (text.endsWith(head)) {
                return true;
            }
        }
        return false;
    }
}
