package dev.atlanspring.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.asset.AtlanTag;
import dev.atlanspring.client.error.AtlanTagNotFoundException;
import dev.atlanspring.client.search.Search;
import dev.atlanspring.client.typedef.TypeDef;
import dev.atlanspring.embedded.DemoCatalog;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Atlan tags against the embedded Atlan, which stores them under hashed names as Atlan does: users read and
 * write display names, and Atlan holds the hashed ones.
 */
class TagNameTranslationTests extends EmbeddedClientTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aTaggedAssetReadsWithTheTagsDisplayName() {
        Asset customers = client.assets().get(DemoCatalog.CUSTOMERS_TABLE_GUID);

        assertThat(customers.classifications()).extracting(AtlanTag::typeName)
            .containsExactly(DemoCatalog.PII_TAG_DISPLAY_NAME);
        assertThat(storedTagsOf(DemoCatalog.CUSTOMERS_TABLE_GUID)).containsExactly(DemoCatalog.PII_TAG_NAME);
    }

    @Test
    void aTagSavedByDisplayNameIsStoredUnderItsHashedName() {
        String guid = client.assets()
            .save(Asset.builder("Table", "test/tags/" + UUID.randomUUID())
                .classification(AtlanTag.of(DemoCatalog.CONFIDENTIAL_TAG_DISPLAY_NAME))
                .build())
            .assignedGuid("-1");

        assertThat(storedTagsOf(guid)).containsExactly(DemoCatalog.CONFIDENTIAL_TAG_NAME);
        assertThat(client.assets().get(guid).classifications()).extracting(AtlanTag::typeName)
            .containsExactly(DemoCatalog.CONFIDENTIAL_TAG_DISPLAY_NAME);
    }

    @Test
    void searchingByTagDisplayNameFindsTheTaggedAssetsAndShowsTheName() {
        List<Asset> tagged;
        try (var stream = client.assets().search(Search.type("Table").tagged(DemoCatalog.PII_TAG_DISPLAY_NAME))
            .stream()) {
            tagged = stream.toList();
        }

        assertThat(tagged).extracting(Asset::name).containsExactlyInAnyOrder("CUSTOMERS", "LEADS");
        assertThat(tagged).allSatisfy((asset) -> assertThat(asset.classifications()).extracting(AtlanTag::typeName)
            .containsExactly(DemoCatalog.PII_TAG_DISPLAY_NAME));
    }

    @Test
    void aTagCreatedAfterTheCacheWasFilledIsUsableAtOnceBothWays() throws Exception {
        client.assets().get(DemoCatalog.CUSTOMERS_TABLE_GUID);
        String displayName = "Restricted " + UUID.randomUUID();
        // Created behind the client's back, as another user would in Atlan's UI.
        String hashed = createTagDirectly(displayName);

        String guid = client.assets()
            .save(Asset.builder("Table", "test/tags/" + UUID.randomUUID()).classification(AtlanTag.of(displayName))
                .build())
            .assignedGuid("-1");

        assertThat(storedTagsOf(guid)).containsExactly(hashed);
        assertThat(client.reactive().assets().get(guid).block().classifications()).extracting(AtlanTag::typeName)
            .containsExactly(displayName);
        assertThat(client.assets().search(Search.all().tagged(displayName)).firstPage()).extracting(Asset::guid)
            .containsExactly(guid);
    }

    @Test
    void aTagCreatedThroughTheClientGetsAHashedNameAndReadsByDisplayName() {
        String displayName = "Finance " + UUID.randomUUID();

        List<TypeDef> created = client.typeDefs().create(TypeDef.atlanTag(displayName, "Money matters."));

        assertThat(created).singleElement().satisfies((def) -> {
            assertThat(def.displayName()).isEqualTo(displayName);
            assertThat(def.name()).matches("[A-Za-z0-9]{22}");
        });
        assertThat(client.typeDefs().atlanTag(displayName).name()).isEqualTo(created.get(0).name());
    }

    @Test
    void anUnknownTagIsRefusedWithAMessageThatSaysHowToFindTheRightName() {
        Asset asset = Asset.builder("Table", "test/tags/" + UUID.randomUUID()).classification(AtlanTag.of("Secrett"))
            .build();

        assertThatExceptionOfType(AtlanTagNotFoundException.class).isThrownBy(() -> client.assets().save(asset))
            .withMessageContaining("'Secrett'")
            .withMessageContaining("tenant default");
        assertThatExceptionOfType(AtlanTagNotFoundException.class)
            .isThrownBy(() -> client.assets().search(Search.all().tagged("Secrett")).firstPage());
    }

    private static List<String> storedTagsOf(String guid) {
        JsonNode entity = JSON.readTree(send("GET", "/api/meta/entity/guid/" + guid, null)).get("entity");
        return entity.get("classifications").valueStream().map((tag) -> tag.get("typeName").asString()).toList();
    }

    private static String createTagDirectly(String displayName) {
        String body = "{\"classificationDefs\": [{\"displayName\": \"" + displayName + "\"}]}";
        return JSON.readTree(send("POST", "/api/meta/types/typedefs", body)).get("classificationDefs").get(0)
            .get("name").asString();
    }

    private static String send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(atlan.baseUrl() + path))
            .header("Authorization", "Bearer " + atlan.apiKey())
            .header("Content-Type", "application/json")
            .method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body)
                    : HttpRequest.BodyPublishers.noBody());
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return response.body();
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

}
