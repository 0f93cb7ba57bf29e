package com.newsbridge.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsbridge.model.Article;
import com.newsbridge.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Corpus-level type consistency: {@link TypeVotes} as used by the extractor's {@link KeywordTyper}. */
class TypeVotesTest {

    private static EntityType type(EntityExtractor extractor, String keyword, String text) {
        Article article = new Article("x", "T", "", text, "", List.of(keyword), null, null, null);
        return extractor.extract(article).entities().get(0).type();
    }

    @Test
    void aNameTypedOnStrongEvidenceLendsItsTypeToLaterWeakMentions() {
        EntityExtractor extractor = EntityExtractor.bundled();
        String weak = "Grey Falcon expects a quiet year.";
        assertThat(type(EntityExtractor.bundled(), "Grey Falcon", weak)).isEqualTo(EntityType.PERSON);
        assertThat(type(extractor, "Grey Falcon", "Shares of Grey Falcon rose after Grey Falcon said it would"
                + " buy a rival.")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(type(extractor, "Grey Falcon", weak)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(type(extractor, "GREY FALCON", weak)).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void strongLocalEvidenceBeatsTheVotes() {
        EntityExtractor extractor = EntityExtractor.bundled();
        type(extractor, "Grey Falcon", "Shares of Grey Falcon rose after Grey Falcon said it would buy a rival.");
        assertThat(type(extractor, "Grey Falcon", "Mr Grey Falcon told reporters he was pleased."))
                .isEqualTo(EntityType.PERSON);
    }

    @Test
    void theVotesStopTakingNewNamesWhenFullButKnownNamesKeepCounting() {
        TypeVotes votes = new TypeVotes();
        for (int i = 0; i < TypeVotes.MAX_NAMES; i++) {
            votes.record("Name " + i, EntityType.PERSON);
        }
        assertThat(votes.size()).isEqualTo(TypeVotes.MAX_NAMES);
        votes.record("One Too Many", EntityType.PLACE);
        assertThat(votes.size()).isEqualTo(TypeVotes.MAX_NAMES);
        assertThat(votes.consensus("One Too Many", 1)).isNull();
        votes.record("NAME  7", EntityType.ORGANIZATION); // the same name: case and spaces do not matter
        votes.record("name 7", EntityType.ORGANIZATION);
        assertThat(votes.consensus("Name 7", 1)).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void votesNeedAMajority() {
        TypeVotes votes = new TypeVotes();
        votes.record("Ostrava Lions", EntityType.ORGANIZATION);
        assertThat(votes.consensus("ostrava  lions", 1)).isEqualTo(EntityType.ORGANIZATION);
        votes.record("Ostrava Lions", EntityType.PLACE);
        assertThat(votes.consensus("Ostrava Lions", 1)).isNull();
        votes.record("Ostrava Lions", EntityType.ORGANIZATION);
        assertThat(votes.consensus("Ostrava Lions", 1)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(votes.consensus("Ostrava Lions", 3)).isNull();
        assertThat(TypeVotes.NONE.consensus("Ostrava Lions", 1)).isNull();
    }
}
