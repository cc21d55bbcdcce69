package dev.atlanspring.sample;

import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.asset.AssetRef;
import dev.atlanspring.client.search.Query;
import dev.atlanspring.client.search.Search;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Gives the emea demo tenant one table the americas one lacks, so that the side-by-side search shows two tenants
 * rather than one catalog twice. It finds the schema and writes through the qualified client, like any service
 * would: nothing here knows how the demo catalog is built.
 */
@Component
@Profile("multi-tenant")
class EmeaDemoTable implements ApplicationRunner {

    static final String NAME = "VAT_RETURNS";

    static final String SCHEMA = "SALES";

    private final AtlanClient emea;

    EmeaDemoTable(@Qualifier("emea") AtlanClient emea) {
        this.emea = emea;
    }

    @Override
    public void run(ApplicationArguments args) {
        Asset schema = this.emea.assets()
            .search(Search.type("Schema").filter(Query.term("name", SCHEMA)).pageSize(1))
            .stream()
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("The emea tenant has no schema named " + SCHEMA));
        this.emea.assets()
            .save(Asset.builder("Table", schema.qualifiedName() + "/" + NAME)
                .name(NAME)
                .attribute("schemaName", SCHEMA)
                .attribute("schemaQualifiedName", schema.qualifiedName())
                .relationshipAttribute("atlanSchema", AssetRef.byQualifiedName("Schema", schema.qualifiedName()))
                .build());
    }

}
