package dev.atlanspring.sample;

import java.util.List;
import java.util.Map;

import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.search.Query;
import dev.atlanspring.client.search.Search;
import dev.atlanspring.client.search.SearchField;
import dev.atlanspring.client.search.SortOrder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Runs the same search on two tenants at once, each through its own qualified client: their requests share no
 * connection pool, key or retry state.
 */
@Service
@Profile("multi-tenant")
class TenantComparison {

    private final AtlanClient americas;

    private final AtlanClient emea;

    TenantComparison(@Qualifier("americas") AtlanClient americas, @Qualifier("emea") AtlanClient emea) {
        this.americas = americas;
        this.emea = emea;
    }

    /**
     * Lists a schema's tables on both tenants, the two searches running concurrently.
     * @param schema the schema's name, such as {@code SALES}
     * @return what each tenant answered
     */
    Mono<SideBySide> tables(String schema) {
        Search search = Search.type("Table")
            .filter(Query.term("schemaName", schema))
            .sort(SearchField.NAME, SortOrder.ASC);
        return Mono.zip(tables(this.americas, search), tables(this.emea, search))
            .map((both) -> new SideBySide(search.query().dsl(), both.getT1(), both.getT2()));
    }

    private static Mono<TenantTables> tables(AtlanClient client, Search search) {
        return client.reactive()
            .assets()
            .search(search)
            .flux()
            .map(Asset::name)
            .collectList()
            .map((names) -> new TenantTables(client.tenant(), client.baseUrl().toString(), names));
    }

    /**
     * The same search on two tenants.
     *
     * @param query the search's query, in the DSL sent to both
     * @param americas what the americas tenant answered
     * @param emea what the emea tenant answered
     */
    record SideBySide(Map<String, Object> query, TenantTables americas, TenantTables emea) {
    }

    /**
     * One tenant's answer.
     *
     * @param tenant the tenant's name
     * @param baseUrl where it is
     * @param tables the names of the tables found
     */
    record TenantTables(String tenant, String baseUrl, List<String> tables) {
    }

}
