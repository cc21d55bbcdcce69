package dev.atlanspring.client;

import java.util.List;

import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.asset.GetOptions;
import dev.atlanspring.client.asset.TermAssignment;
import dev.atlanspring.client.glossary.Glossaries;
import dev.atlanspring.embedded.DemoCatalog;
import dev.atlanspring.embedded.EmbeddedAtlan;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snippet of the README's "Glossaries", as written there, runs against the embedded demo Atlan.
 */
class GlossaryReadmeTests {

    @Test
    void theGlossariesSnippetRunsAgainstTheDemo() {
        try (EmbeddedAtlan demo = EmbeddedAtlan.start();
             AtlanClient atlan = AtlanClient.builder().baseUrl(demo.baseUrl()).apiKey(demo.apiKey()).build()) {
            Glossaries glossaries = atlan.glossaries();
            Asset glossary = glossaries.findGlossary("Demo Glossary");
            Asset revenue  = glossaries.findTerm("Revenue", "Demo Glossary");         // two searches: glossary, then term
            Asset churn    = glossaries.findTermInGlossary("Churn", glossary.qualifiedName());   // one search

            Asset finance = glossaries.createGlossary("Finance");                      // qualified names: Atlan's own
            Asset europe  = glossaries.createCategory("Europe", finance.guid());       // or (name, glossary, parent category)
            Asset margin  = glossaries.createTerm("Gross Margin", finance.guid(), europe.guid());   // category optional
            List<Asset> found = glossaries.findCategories("Europe", "Finance");        // a list: names repeat per level

            glossaries.assignTerms("5eed0700-0000-4000-8000-000000000001", List.of(revenue, margin));   // by GUID
            glossaries.unassignTerms("Table", "default/snowflake/1700000000/ANALYTICS/SALES/ORDERS", List.of(margin));

            assertThat(glossary.guid()).isEqualTo(DemoCatalog.GLOSSARY_GUID);
            assertThat(revenue.guid()).isEqualTo(DemoCatalog.REVENUE_TERM_GUID);
            assertThat(churn.guid()).isEqualTo(DemoCatalog.CHURN_TERM_GUID);
            assertThat(margin.qualifiedName()).endsWith("@" + finance.qualifiedName());
            assertThat(found).extracting(Asset::guid).containsExactly(europe.guid());
            assertThat(atlan.assets().get("5eed0700-0000-4000-8000-000000000001", GetOptions.DEFAULT).meanings())
                .extracting(TermAssignment::termGuid)
                .containsExactlyInAnyOrder(DemoCatalog.ORDER_TERM_GUID, DemoCatalog.REVENUE_TERM_GUID);
        }
    }

}
