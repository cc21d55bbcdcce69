package dev.atlanspring.client;

import java.util.List;

import dev.atlanspring.client.asset.Announcement;
import dev.atlanspring.client.asset.AnnouncementType;
import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.asset.AssetAttributes;
import dev.atlanspring.client.asset.AssetRef;
import dev.atlanspring.client.asset.CertificateStatus;
import dev.atlanspring.embedded.EmbeddedAtlan;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snippet of the README's "Certificates, announcements, owners, descriptions and terms", as written there,
 * runs against the embedded demo Atlan.
 */
class AssetAttributesReadmeTests {

    @Test
    void theCurationSnippetRunsAgainstTheDemo() {
        try (EmbeddedAtlan demo = EmbeddedAtlan.start();
             AtlanClient atlan = AtlanClient.builder().baseUrl(demo.baseUrl()).apiKey(demo.apiKey()).build()) {
            String orders = "default/snowflake/1700000000/ANALYTICS/SALES/ORDERS";
            AssetAttributes curate = atlan.assetAttributes();

            curate.updateCertificate("Table", orders, CertificateStatus.VERIFIED, "Reconciled daily");
            curate.updateAnnouncement("Table", orders,
                    new Announcement(AnnouncementType.WARNING, "Late load", "Yesterday's orders arrive at noon."));
            curate.updateOwners("Table", orders, List.of("demo"), List.of("data-engineering"));
            curate.updateDescription("Table", orders, "One row per order; refunds excluded.");   // userDescription
            curate.appendTerms("Table", orders, List.of(AssetRef.byGuid("AtlasGlossaryTerm", "5eed0e00-0000-4000-8000-000000000001")));
            Asset curated = atlan.assets().getByQualifiedName("Table", orders);
            assertThat(curated.attribute("certificateStatusMessage")).isEqualTo("Reconciled daily");
            assertThat(curated.attribute("announcementType")).isEqualTo("warning");
            assertThat(curated.meanings()).hasSize(2);

            curate.removeCertificate("Table", orders);       // and removeAnnouncement, removeOwners, removeDescription,
            curate.removeTerms("Table", orders,              // replaceTerms (an empty list removes every term)
                    List.of(AssetRef.byGuid("AtlasGlossaryTerm", "5eed0e00-0000-4000-8000-000000000001")));

            String campaigns = "5eed0700-0000-4000-8000-000000000007";                    // only the GUID at hand:
            curate.updateCertificateByGuid(campaigns, CertificateStatus.DRAFT, null);     // every call has a ...ByGuid form
            assertThat(atlan.assets().get(campaigns).attribute("certificateStatus")).isEqualTo("DRAFT");
            curate.removeCertificateByGuid(campaigns);
            assertThat(atlan.assets().get(campaigns).attribute("certificateStatus")).isNull();
            Asset after = atlan.assets().getByQualifiedName("Table", orders);
            assertThat(after.attribute("certificateStatus")).isNull();
            assertThat(after.meanings()).hasSize(1);
            assertThat(after.attribute("userDescription")).isEqualTo("One row per order; refunds excluded.");
        }
    }

}
