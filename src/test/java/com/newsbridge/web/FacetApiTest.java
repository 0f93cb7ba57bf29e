package com.newsbridge.web;

import static com.newsbridge.web.ApiTestServer.enc;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /api/facets/{facet}}: facet values for autocomplete. */
class FacetApiTest {

    @RegisterExtension
    static final ApiTestServer api = new ApiTestServer();

    @Test
    void listsAllValuesOfAFacetMostFrequentFirst() {
        ApiTestServer.Response r = api.get("/api/facets/people");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().toString()).isEqualTo("{\"facet\":\"people\",\"prefix\":\"\",\"values\":["
                + "{\"value\":\"Antonio Guterres\",\"label\":\"Antonio Guterres · 古特雷斯\",\"count\":3},"
                + "{\"value\":\"Liu Jianchao\",\"label\":\"Liu Jianchao · 刘建超\",\"count\":1}]}");
    }

    @Test
    void filtersByAPrefixOfAnyNameInEitherLanguage() {
        assertThat(api.get("/api/facets/people?prefix=gut").json().at("/values/0/value").asText()).isEqualTo("Antonio Guterres");
        assertThat(api.get("/api/facets/people?prefix=" + enc("古特")).json().get("values")).hasSize(1);
        assertThat(api.get("/api/facets/people?prefix=" + enc("劉")).json().at("/values/0/value").asText()).isEqualTo("Liu Jianchao");
        assertThat(api.get("/api/facets/people?prefix=zzz").json().get("values")).isEmpty();
    }

    @Test
    void countsOverTheResultsOfAQuery() {
        assertThat(api.get("/api/facets/organizations?q=" + enc("climate")).json().toString())
                .isEqualTo("{\"facet\":\"organizations\",\"prefix\":\"\",\"values\":[{\"value\":\"UN\",\"label\":\"UN · 联合国\",\"count\":1}]}");
        assertThat(api.get("/api/facets/keywords?q=Mars&size=1").json().get("values")).hasSize(1);
    }

    @Test
    void unknownFacetIs404AndBadSizeIs400() {
        ApiTestServer.Response r = api.get("/api/facets/colours");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("message").asText())
                .isEqualTo("no facet 'colours' (facets: keywords, people, organizations, places)");
        assertThat(api.get("/api/facets/people?size=0").status()).isEqualTo(400);
    }
}
