package dev.atlanspring.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** 200,000 assets: search must stay interactive and paging must read every match exactly once. */
@Timeout(60)
class LargeCatalogSearchTest {

    private static final int ASSETS = 200_000;
    /** Atlan's SDKs page by 300; the paging tests take bigger pages, to keep their 400,000 results quick. */
    private static final int SDK_PAGE = 300;
    private static final int PAGE = 1000;
    private static final String QUERY = "{\"bool\":{\"filter\":[{\"term\":{\"__typeName.keyword\":\"Table\"}},"
            + "{\"term\":{\"__state\":\"ACTIVE\"}},{\"prefix\":{\"qualifiedName\":\"bulk/\"}}]}}";

    private static EmbeddedAtlan atlan;
    private static AtlanTestClient client;

    @BeforeAll
    static void startAndLoad() {
        // A window as large as the catalog, so that from/size alone can page through all of it here.
        atlan = EmbeddedAtlan.builder().seedDemoCatalog(false).maxResultWindow(ASSETS).start();
        client = new AtlanTestClient(atlan);
        List<ObjectNode> entities = new ArrayList<>(ASSETS);
        for (int i = 0; i < ASSETS; i++) {
            ObjectNode entity = AtlanTestClient.entity(null, "Table", "bulk/schema" + (i % 100) + "/T" + i, "T" + (i % 5000));
            ((ObjectNode) entity.get("attributes")).put("rowCount", i);
            entities.add(entity);
        }
        atlan.load(entities);
    }

    @AfterAll
    static void stop() {
        atlan.close();
    }

    @Test
    void loadingTwoHundredThousandAssetsKeepsThemAll() {
        assertThat(atlan.assetCount()).isEqualTo(ASSETS);
    }

    @Test
    void aFreshPageOf300IsSortedOutOfAll200000() {
        // Speed is the benchmark's business (the machine is shared); this checks the first, unpaged answer is right.
        JsonNode page = client.search("{\"dsl\":{\"size\":" + SDK_PAGE + ",\"query\":{\"range\":{\"rowCount\":{\"gte\":1000}}},"
                + "\"sort\":[{\"rowCount\":\"desc\"}]},\"attributes\":[\"rowCount\"]}");

        assertThat(page.get("approximateCount").asLong()).isEqualTo(ASSETS - 1000);
        assertThat(page.get("entities")).hasSize(SDK_PAGE);
        assertThat(page.get("entities").get(0).get("attributes").get("rowCount").asLong()).isEqualTo(ASSETS - 1);
    }

    @Test
    void searchAfterReadsEveryMatchExactlyOnce() {
        String dsl = "\"size\":" + PAGE + ",\"query\":" + QUERY
                + ",\"sort\":[{\"name.keyword\":\"asc\"},{\"__guid\":\"asc\"}]";
        Set<String> seen = new HashSet<>();
        String after = "";
        int pages = 0;
        while (true) {
            Page page = page("{\"dsl\":{" + dsl + after + "}}");
            assertThat(page.approximateCount).isEqualTo(ASSETS);
            if (page.guids.isEmpty()) {
                break;
            }
            int duplicates = page.guids.size() - (int) page.guids.stream().filter(seen::add).count();
            assertThat(duplicates).isZero();
            int last = page.guids.size() - 1;
            after = ",\"search_after\":[\"" + page.names.get(last) + "\",\"" + page.guids.get(last) + "\"]";
            pages++;
        }
        assertThat(seen).hasSize(ASSETS);
        assertThat(pages).isEqualTo((ASSETS + PAGE - 1) / PAGE);
    }

    @Test
    void fromAndSizeReadEveryMatchExactlyOnce() {
        Set<String> seen = new HashSet<>();
        for (int from = 0; from < ASSETS; from += PAGE) {
            Page page = page("{\"dsl\":{\"from\":" + from + ",\"size\":" + PAGE + ",\"query\":" + QUERY
                    + ",\"sort\":[{\"__timestamp\":\"asc\"},{\"__guid\":\"asc\"}]}}");
            assertThat(page.guids).hasSize(Math.min(PAGE, ASSETS - from));
            int duplicates = page.guids.size() - (int) page.guids.stream().filter(seen::add).count();
            assertThat(duplicates).isZero();
        }
        assertThat(seen).hasSize(ASSETS);
    }

    /** The count and the results' GUIDs and names of one search page. */
    private record Page(long approximateCount, List<String> guids, List<String> names) {
    }

    /**
     * Searches and reads the page as a stream: a JSON tree of 300 entities per page, 1,300 times,
     * would make this test measure the test's own parsing rather than the server.
     */
    private static Page page(String request) {
        AtlanTestClient.Reply reply = client.post("/api/meta/search/indexsearch", request);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        long count = -1;
        List<String> guids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (JsonParser parser = AtlanTestClient.JSON.createParser(reply.body())) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("approximateCount")) {
                    count = parser.getLongValue();
                } else if (field.equals("entities")) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        readResult(parser, guids, names);
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }
        return new Page(count, guids, names);
    }

    private static void readResult(JsonParser parser, List<String> guids, List<String> names) {
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String property = parser.currentName();
            parser.nextToken();
            if (property.equals("guid")) {
                guids.add(parser.getString());
            } else if (property.equals("attributes")) {
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String attribute = parser.currentName();
                    parser.nextToken();
                    if (attribute.equals("name")) {
                        names.add(parser.getString());
                    } else {
                        parser.skipChildren();
                    }
                }
            } else {
                parser.skipChildren();
            }
        }
    }
}
