package dev.atlanspring.sample;

import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.asset.AssetRef;
import dev.atlanspring.embedded.DemoCatalog;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Gives the emea demo tenant one table the americas one lacks, so that the side-by-side search shows two tenants
 * rather than one catalog twice. It writes through the qualified client, like any service would.
 */
@Component
@Profile("multi-tenant")
class EmeaDemoTable implements ApplicationRunner {

    static final String NAME = "VAT_RETURNS";

    private final AtlanClient emea;

    EmeaDemoTable(@Qualifier("emea") AtlanClient emea) {
        this.emea = emea;
    }

    @Override
    public void run(ApplicationArguments args) {
        this.emea.assets()
            .save(Asset.builder("Table", DemoCatalog.SALES_SCHEMA_QUALIFIED_NAME + "/" + NAME)
                .name(NAME)
                .attribute("schemaName", "SALES")
                .attribute("schemaQualifiedName", DemoCatalog.SALES_SCHEMA_QUALIFIED_NAME)
                .relationshipAttribute("atlanSchema",
                        AssetRef.byQualifiedName("Schema", DemoCatalog.SALES_SCHEMA_QUALIFIED_NAME))
                .build());
    }

}
