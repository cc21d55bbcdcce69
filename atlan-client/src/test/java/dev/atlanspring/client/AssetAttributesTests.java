package dev.atlanspring.client;

import java.util.List;

import dev.atlanspring.client.asset.Announcement;
import dev.atlanspring.client.asset.AnnouncementType;
import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.asset.AssetAttributes;
import dev.atlanspring.client.asset.AssetRef;
import dev.atlanspring.client.asset.CertificateStatus;
import dev.atlanspring.client.asset.MutationResult;
import dev.atlanspring.client.asset.TermAssignment;
import dev.atlanspring.client.error.NotFoundException;
import dev.atlanspring.embedded.DemoCatalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Certificates, announcements, owners, descriptions and terms set and removed on the embedded demo Atlan, each
 * changing only its own attributes, as pyatlan's {@code AssetClient.update_certificate}, {@code remove_announcement},
 * {@code append_terms} and friends do (atlanhq/atlan-python {@code pyatlan/client/asset.py} and
 * {@code pyatlan/client/common/asset.py} at 7ae54e107e631d6823cfad79135cb3d723b57d99).
 */
class AssetAttributesTests extends EmbeddedClientTests {

    private static final String TABLE = "Table";

    private static final String ORDERS = DemoCatalog.ORDERS_TABLE_QUALIFIED_NAME;

    private static final String CUSTOMERS = DemoCatalog.CUSTOMERS_TABLE_QUALIFIED_NAME;

    @Test
    void aCertificateIsSetWithItsMessageAndRemovedAgainLeavingTheOtherAttributes() {
        Asset before = client.assets().getByQualifiedName(TABLE, CUSTOMERS);
        MutationResult set = client.assetAttributes().updateCertificate(TABLE, CUSTOMERS, CertificateStatus.DEPRECATED,
                "Use CUSTOMERS_V2");
        Asset certified = client.assets().getByQualifiedName(TABLE, CUSTOMERS);
        assertThat(set.partiallyUpdated()).extracting(Asset::guid).containsExactly(before.guid());
        assertThat(certified.attribute("certificateStatus")).isEqualTo("DEPRECATED");
        assertThat(certified.attribute("certificateStatusMessage")).isEqualTo("Use CUSTOMERS_V2");
        assertThat(certified.attribute("description")).isEqualTo(before.attribute("description"));
        assertThat(certified.attribute("rowCount")).isEqualTo(before.attribute("rowCount"));
        assertThat(certified.classifications()).extracting("typeName").containsExactly("PII");

        client.assetAttributes().removeCertificate(TABLE, CUSTOMERS);
        Asset removed = client.assets().getByQualifiedName(TABLE, CUSTOMERS);
        assertThat(removed.attribute("certificateStatus")).isNull();
        assertThat(removed.attribute("certificateStatusMessage")).isNull();
        assertThat(removed.attribute("description")).isEqualTo(before.attribute("description"));
    }

    @Test
    void anAnnouncementIsSetAndRemoved() {
        client.assetAttributes().updateAnnouncement(TABLE, ORDERS,
                new Announcement(AnnouncementType.WARNING, "Late load", "Yesterday's orders arrive at noon."));
        Asset announced = client.assets().getByQualifiedName(TABLE, ORDERS);
        assertThat(announced.attributes()).containsEntry("announcementType", "warning")
            .containsEntry("announcementTitle", "Late load")
            .containsEntry("announcementMessage", "Yesterday's orders arrive at noon.");

        client.assetAttributes().removeAnnouncement(TABLE, ORDERS);
        assertThat(client.assets().getByQualifiedName(TABLE, ORDERS).attribute("announcementTitle")).isNull();
    }

    @Test
    void ownersAndADescriptionAreSetAndRemovedWithoutTouchingTheSourceDescription() {
        String sourceDescription = (String) client.assets().getByQualifiedName(TABLE, ORDERS).attribute("description");
        client.assetAttributes().updateOwners(TABLE, ORDERS, List.of("demo", "ana"), List.of("data-engineering"));
        client.assetAttributes().updateDescription(TABLE, ORDERS, "Orders, one row each; refunds excluded.");
        Asset owned = client.assets().getByQualifiedName(TABLE, ORDERS);
        assertThat(owned.attribute("ownerUsers")).isEqualTo(List.of("demo", "ana"));
        assertThat(owned.attribute("ownerGroups")).isEqualTo(List.of("data-engineering"));
        assertThat(owned.attribute("userDescription")).isEqualTo("Orders, one row each; refunds excluded.");
        assertThat(owned.attribute("description")).isEqualTo(sourceDescription);

        client.reactive().assetAttributes().removeOwners(TABLE, ORDERS).block();
        client.reactive().assetAttributes().removeDescription(TABLE, ORDERS).block();
        Asset cleared = client.assets().getByQualifiedName(TABLE, ORDERS);
        assertThat(cleared.attribute("ownerUsers")).isNull();
        assertThat(cleared.attribute("userDescription")).isNull();
        assertThat(cleared.attribute("description")).isEqualTo(sourceDescription);
    }

    @Test
    void termsAreAppendedRemovedAndReplacedAndTheAssetsMeaningsFollow() {
        AssetRef revenue = AssetRef.byGuid("AtlasGlossaryTerm", DemoCatalog.REVENUE_TERM_GUID);
        AssetRef order = AssetRef.byQualifiedName("AtlasGlossaryTerm", DemoCatalog.ORDER_TERM_QUALIFIED_NAME);

        client.assetAttributes().appendTerms(TABLE, ORDERS, List.of(revenue));
        assertThat(meanings()).containsExactlyInAnyOrder(DemoCatalog.ORDER_TERM_GUID, DemoCatalog.REVENUE_TERM_GUID);

        client.assetAttributes().removeTerms(TABLE, ORDERS, List.of(order));
        assertThat(meanings()).containsExactly(DemoCatalog.REVENUE_TERM_GUID);

        client.assetAttributes().replaceTerms(TABLE, ORDERS, List.of(order));
        assertThat(meanings()).containsExactly(DemoCatalog.ORDER_TERM_GUID);
        assertThat(client.assets().getByQualifiedName(TABLE, ORDERS).meanings()).extracting(TermAssignment::displayText)
            .containsExactly("Order");
    }

    @Test
    void anAssetThatDoesNotExistIsNotFoundAndNotCreated() {
        String missing = DemoCatalog.SALES_SCHEMA_QUALIFIED_NAME + "/NO_SUCH_TABLE";
        assertThatThrownBy(() -> client.assetAttributes().updateCertificate(TABLE, missing,
                CertificateStatus.VERIFIED, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.assetAttributes().appendTerms(TABLE, missing,
                List.of(AssetRef.byGuid("AtlasGlossaryTerm", DemoCatalog.REVENUE_TERM_GUID))))
            .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.assets().getByQualifiedName(TABLE, missing))
            .isInstanceOf(NotFoundException.class);
    }

    @Test
    void badArgumentsFailBeforeAnyRequestNamingTheFix() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> client.assetAttributes().updateCertificate(TABLE, ORDERS, null, null))
            .withMessageContaining("removeCertificate");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> client.assetAttributes().appendTerms(TABLE, ORDERS,
                    List.of(AssetRef.byGuid("Table", DemoCatalog.CUSTOMERS_TABLE_GUID))))
            .withMessageContaining("must be of type AtlasGlossaryTerm, was Table");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new Announcement(AnnouncementType.ISSUE, " ", null))
            .withMessageContaining("needs a title");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> client.assetAttributes().updateDescription(TABLE, " ", "x"))
            .withMessageContaining("qualifiedName is blank");
    }

    private static List<String> meanings() {
        return client.assets().getByQualifiedName(TABLE, ORDERS).meanings().stream()
            .map(TermAssignment::termGuid)
            .toList();
    }

    /**
     * The {@code ...ByGuid} forms read the asset for its type and qualified name, then send the very same partial
     * update or terms save as the forms by qualified name.
     */
    @Test
    void everyCallByGuidChangesOnlyItsAttributesOfTheAssetWithThatGuid() {
        String campaigns = DemoCatalog.CAMPAIGNS_TABLE_GUID;
        AssetAttributes curate = client.assetAttributes();
        Asset before = client.assets().get(campaigns);

        curate.updateCertificateByGuid(campaigns, CertificateStatus.VERIFIED, "Checked by marketing");
        curate.updateAnnouncementByGuid(campaigns, new Announcement(AnnouncementType.INFORMATION, "New source", null));
        curate.updateOwnersByGuid(campaigns, List.of("demo"), List.of());
        curate.updateDescriptionByGuid(campaigns, "One row per campaign.");
        curate.appendTermsByGuid(campaigns, List.of(AssetRef.byGuid("AtlasGlossaryTerm", DemoCatalog.CHURN_TERM_GUID)));
        Asset curated = client.assets().get(campaigns);
        assertThat(curated.attributes()).containsEntry("certificateStatus", "VERIFIED")
            .containsEntry("certificateStatusMessage", "Checked by marketing")
            .containsEntry("announcementTitle", "New source")
            .containsEntry("ownerUsers", List.of("demo"))
            .containsEntry("userDescription", "One row per campaign.")
            .containsEntry("qualifiedName", before.qualifiedName());
        assertThat(curated.meanings()).extracting(TermAssignment::termGuid)
            .contains(DemoCatalog.CHURN_TERM_GUID).hasSize(before.meanings().size() + 1);

        curate.removeCertificateByGuid(campaigns);
        curate.removeAnnouncementByGuid(campaigns);
        curate.removeOwnersByGuid(campaigns);
        curate.removeDescriptionByGuid(campaigns);
        curate.removeTermsByGuid(campaigns, List.of(AssetRef.byGuid("AtlasGlossaryTerm", DemoCatalog.CHURN_TERM_GUID)));
        Asset after = client.assets().get(campaigns);
        assertThat(after.attribute("certificateStatus")).isNull();
        assertThat(after.attribute("announcementTitle")).isNull();
        assertThat(after.attribute("userDescription")).isNull();
        assertThat(after.meanings()).hasSameSizeAs(before.meanings());
        assertThat(after.attribute("description")).isEqualTo(before.attribute("description"));

        curate.replaceTermsByGuid(campaigns, List.of());
        assertThat(client.assets().get(campaigns).meanings()).isEmpty();
    }

    @Test
    void aGuidThatMatchesNoAssetIsNotFound() {
        assertThatThrownBy(() -> client.assetAttributes()
            .updateCertificateByGuid("5eed0700-0000-4000-8000-00000000dead", CertificateStatus.DRAFT, null))
            .isInstanceOf(NotFoundException.class);
        assertThatIllegalArgumentException().isThrownBy(() -> client.assetAttributes().removeOwnersByGuid(" "))
            .withMessageContaining("guid");
    }

}
