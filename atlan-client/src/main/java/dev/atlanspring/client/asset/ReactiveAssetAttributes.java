package dev.atlanspring.client.asset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.atlanspring.client.http.AtlanHttp;
import dev.atlanspring.client.http.Operation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * Sets and removes the everyday attributes people curate on an asset, without blocking: its certificate,
 * announcement, owners, description and glossary terms. Obtain it from
 * {@link dev.atlanspring.client.ReactiveAtlanClient#assetAttributes()}.
 * <p>
 * Each call changes only the attributes it names and leaves every other one as it is, the way the official SDKs'
 * helpers do (pyatlan {@code AssetClient.update_certificate} and friends): certificates, announcements, owners and
 * descriptions with Atlan's partial update by unique attribute
 * ({@code PUT /api/meta/entity/uniqueAttribute/type/{typeName}?attr:qualifiedName=...}), which never creates an
 * asset; terms by reading the asset and saving only its identity with {@code appendRelationshipAttributes},
 * {@code removeRelationshipAttributes} or {@code relationshipAttributes} (pyatlan {@code AssetClient._manage_terms}).
 * <p>
 * Each call also comes in a {@code ...ByGuid} form for an asset known only by its GUID: Atlan's partial update is by
 * type and qualified name, so the asset's minimal form is read first (a
 * {@link dev.atlanspring.client.error.NotFoundException} when it does not exist, before any write) and the same
 * request follows, as pyatlan's {@code _manage_terms} finds the asset first when given a GUID.
 * Every call is retried and observed like any other; arguments are checked at once.
 */
public final class ReactiveAssetAttributes {

    private static final String PARTIAL_UPDATE = "/api/meta/entity/uniqueAttribute/type/{typeName}";

    /** Sets or removes an asset's certificate: repeating it leaves the same state. */
    public static final Operation CERTIFICATE = new Operation("assets.certificate", HttpMethod.PUT, PARTIAL_UPDATE,
            true);

    /** Sets or removes an asset's announcement: repeating it leaves the same state. */
    public static final Operation ANNOUNCEMENT = new Operation("assets.announcement", HttpMethod.PUT, PARTIAL_UPDATE,
            true);

    /** Sets or removes an asset's owners: repeating it leaves the same state. */
    public static final Operation OWNERS = new Operation("assets.owners", HttpMethod.PUT, PARTIAL_UPDATE, true);

    /** Sets or removes an asset's description: repeating it leaves the same state. */
    public static final Operation DESCRIPTION = new Operation("assets.description", HttpMethod.PUT, PARTIAL_UPDATE,
            true);

    /**
     * Appends, replaces or removes an asset's terms, an upsert by type and qualified name of an asset that exists:
     * repeating it leaves the same state.
     */
    public static final Operation TERMS = new Operation("assets.terms", HttpMethod.POST, "/api/meta/entity/bulk",
            true);

    private final ReactiveAssets assets;

    private final TermChanges termChanges;

    /**
     * Creates the operations over a tenant's transport; the client does this for you.
     * @param http the tenant's transport
     * @param assets the client's asset operations, which read an asset before its terms change
     */
    public ReactiveAssetAttributes(AtlanHttp http, ReactiveAssets assets) {
        Objects.requireNonNull(http, "http");
        this.assets = Objects.requireNonNull(assets, "assets");
        this.termChanges = new TermChanges(http);
    }

    /**
     * Sets an asset's certificate. As in the official SDKs, a {@code null} message keeps the message the asset
     * has; pass {@code ""} to clear it, or use {@link #removeCertificate(String, String)}.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param status the certificate
     * @param message why, or {@code null} to keep the current message
     * @return what changed, under {@link MutationResult#partiallyUpdated()}; a
     * {@link dev.atlanspring.client.error.NotFoundException} when there is no such asset
     */
    public Mono<MutationResult> updateCertificate(String typeName, String qualifiedName, CertificateStatus status,
            @Nullable String message) {
        return partialUpdate(CERTIFICATE, byName(typeName, qualifiedName), CurationValues.certificate(status, message));
    }

    /**
     * Removes an asset's certificate and its message.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @return what changed; a {@link dev.atlanspring.client.error.NotFoundException} when there is no such asset
     */
    public Mono<MutationResult> removeCertificate(String typeName, String qualifiedName) {
        return partialUpdate(CERTIFICATE, byName(typeName, qualifiedName), CurationValues.NO_CERTIFICATE);
    }

    /**
     * Sets an asset's announcement, replacing the one it has.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param announcement the announcement
     * @return what changed; a {@link dev.atlanspring.client.error.NotFoundException} when there is no such asset
     */
    public Mono<MutationResult> updateAnnouncement(String typeName, String qualifiedName, Announcement announcement) {
        return partialUpdate(ANNOUNCEMENT, byName(typeName, qualifiedName), CurationValues.announcement(announcement));
    }

    /**
     * Removes an asset's announcement.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @return what changed; a {@link dev.atlanspring.client.error.NotFoundException} when there is no such asset
     */
    public Mono<MutationResult> removeAnnouncement(String typeName, String qualifiedName) {
        return partialUpdate(ANNOUNCEMENT, byName(typeName, qualifiedName), CurationValues.NO_ANNOUNCEMENT);
    }

    /**
     * Sets an asset's owners, replacing the ones it has; its other attributes stay.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param users the owning users' usernames; may be empty
     * @param groups the owning groups' names; may be empty
     * @return what changed; a {@link dev.atlanspring.client.error.NotFoundException} when there is no such asset
     */
    public Mono<MutationResult> updateOwners(String typeName, String qualifiedName, Collection<String> users,
            Collection<String> groups) {
        return partialUpdate(OWNERS, byName(typeName, qualifiedName), CurationValues.owners(users, groups));
    }

    /**
     * Removes every owner, user and group, from an asset.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @return what changed; a {@link dev.atlanspring.client.error.NotFoundException} when there is no such asset
     */
    public Mono<MutationResult> removeOwners(String typeName, String qualifiedName) {
        return partialUpdate(OWNERS, byName(typeName, qualifiedName), CurationValues.NO_OWNERS);
    }

    /**
     * Sets an asset's description as people write it in Atlan, its {@code userDescription}. The
     * {@code description} attribute is the one a crawler brings from the source system, and a crawl overwrites it;
     * Atlan shows the user description in its place when there is one.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param description the description
     * @return what changed; a {@link dev.atlanspring.client.error.NotFoundException} when there is no such asset
     */
    public Mono<MutationResult> updateDescription(String typeName, String qualifiedName, String description) {
        return partialUpdate(DESCRIPTION, byName(typeName, qualifiedName), CurationValues.description(description));
    }

    /**
     * Removes an asset's user description, so that Atlan shows the source system's description again.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @return what changed; a {@link dev.atlanspring.client.error.NotFoundException} when there is no such asset
     */
    public Mono<MutationResult> removeDescription(String typeName, String qualifiedName) {
        return partialUpdate(DESCRIPTION, byName(typeName, qualifiedName), CurationValues.NO_DESCRIPTION);
    }

    /**
     * Assigns terms to an asset, keeping the terms it has.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param terms the terms, such as {@code AssetRef.byGuid("AtlasGlossaryTerm", guid)}
     * @return what changed; a {@link dev.atlanspring.client.error.NotFoundException} when there is no such asset
     */
    public Mono<MutationResult> appendTerms(String typeName, String qualifiedName, Collection<AssetRef> terms) {
        return this.termChanges.change(readByName(typeName, qualifiedName), TermChanges.APPEND,
                TermChanges.checked(terms, false));
    }

    /**
     * Replaces the terms of an asset by these.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param terms the terms it is to have; empty to remove them all
     * @return what changed; a {@link dev.atlanspring.client.error.NotFoundException} when there is no such asset
     */
    public Mono<MutationResult> replaceTerms(String typeName, String qualifiedName, Collection<AssetRef> terms) {
        return this.termChanges.change(readByName(typeName, qualifiedName), TermChanges.REPLACE,
                TermChanges.checked(terms, true));
    }

    /**
     * Unassigns terms from an asset, keeping its other terms; a term it does not have is ignored.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param terms the terms to unassign
     * @return what changed; a {@link dev.atlanspring.client.error.NotFoundException} when there is no such asset
     */
    public Mono<MutationResult> removeTerms(String typeName, String qualifiedName, Collection<AssetRef> terms) {
        return this.termChanges.change(readByName(typeName, qualifiedName), TermChanges.REMOVE,
                TermChanges.checked(terms, false));
    }

    /**
     * Sets an asset's certificate, the asset known by its GUID; a {@code null} message keeps the message it has.
     * @param guid the asset's GUID
     * @param status the certificate
     * @param message why, or {@code null} to keep the current message
     * @return what changed; a {@link dev.atlanspring.client.error.NotFoundException} when there is no such asset
     */
    public Mono<MutationResult> updateCertificateByGuid(String guid, CertificateStatus status,
            @Nullable String message) {
        return partialUpdate(CERTIFICATE, readByGuid(guid), CurationValues.certificate(status, message));
    }

    /**
     * Removes the certificate, and its message, of an asset known by its GUID.
     * @param guid the asset's GUID
     * @return what changed; a {@link dev.atlanspring.client.error.NotFoundException} when there is no such asset
     */
    public Mono<MutationResult> removeCertificateByGuid(String guid) {
        return partialUpdate(CERTIFICATE, readByGuid(guid), CurationValues.NO_CERTIFICATE);
    }

    /**
     * Sets the announcement of an asset known by its GUID, replacing the one it has.
     * @param guid the asset's GUID
     * @param announcement the announcement
     * @return what changed; a {@link dev.atlanspring.client.error.NotFoundException} when there is no such asset
     */
    public Mono<MutationResult> updateAnnouncementByGuid(String guid, Announcement announcement) {
        return partialUpdate(ANNOUNCEMENT, readByGuid(guid), CurationValues.announcement(announcement));
    }

    /**
     * Removes the announcement of an asset known by its GUID.
     * @param guid the asset's GUID
     * @return what changed; a {@link dev.atlanspring.client.error.NotFoundException} when there is no such asset
     */
    public Mono<MutationResult> removeAnnouncementByGuid(String guid) {
        return partialUpdate(ANNOUNCEMENT, readByGuid(guid), CurationValues.NO_ANNOUNCEMENT);
    }

    /**
     * Sets the owners of an asset known by its GUID, replacing the ones it has.
     * @param guid the asset's GUID
     * @param users the owning users' usernames; may be empty
     * @param groups the owning groups' names; may be empty
     * @return what changed; a {@link dev.atlanspring.client.error.NotFoundException} when there is no such asset
     */
    public Mono<MutationResult> updateOwnersByGuid(String guid, Collection<String> users, Collection<String> groups) {
        return partialUpdate(OWNERS, readByGuid(guid), CurationValues.owners(users, groups));
    }

    /**
     * Removes every owner from an asset known by its GUID.
     * @param guid the asset's GUID
     * @return what changed; a {@link dev.atlanspring.client.error.NotFoundException} when there is no such asset
     */
    public Mono<MutationResult> removeOwnersByGuid(String guid) {
        return partialUpdate(OWNERS, readByGuid(guid), CurationValues.NO_OWNERS);
    }

    /**
     * Sets the user description of an asset known by its GUID.
     * @param guid the asset's GUID
     * @param description the description
     * @return what changed; a {@link dev.atlanspring.client.error.NotFoundException} when there is no such asset
     * @see #updateDescription(String, String, String)
     */
    public Mono<MutationResult> updateDescriptionByGuid(String guid, String description) {
        return partialUpdate(DESCRIPTION, readByGuid(guid), CurationValues.description(description));
    }

    /**
     * Removes the user description of an asset known by its GUID.
     * @param guid the asset's GUID
     * @return what changed; a {@link dev.atlanspring.client.error.NotFoundException} when there is no such asset
     */
    public Mono<MutationResult> removeDescriptionByGuid(String guid) {
        return partialUpdate(DESCRIPTION, readByGuid(guid), CurationValues.NO_DESCRIPTION);
    }

    /**
     * Assigns terms to an asset known by its GUID, keeping the terms it has.
     * @param guid the asset's GUID
     * @param terms the terms, such as {@code AssetRef.byGuid("AtlasGlossaryTerm", guid)}
     * @return what changed; a {@link dev.atlanspring.client.error.NotFoundException} when there is no such asset
     */
    public Mono<MutationResult> appendTermsByGuid(String guid, Collection<AssetRef> terms) {
        return this.termChanges.change(readByGuid(guid), TermChanges.APPEND, TermChanges.checked(terms, false));
    }

    /**
     * Replaces the terms of an asset known by its GUID by these.
     * @param guid the asset's GUID
     * @param terms the terms it is to have; empty to remove them all
     * @return what changed; a {@link dev.atlanspring.client.error.NotFoundException} when there is no such asset
     */
    public Mono<MutationResult> replaceTermsByGuid(String guid, Collection<AssetRef> terms) {
        return this.termChanges.change(readByGuid(guid), TermChanges.REPLACE, TermChanges.checked(terms, true));
    }

    /**
     * Unassigns terms from an asset known by its GUID, keeping its other terms.
     * @param guid the asset's GUID
     * @param terms the terms to unassign
     * @return what changed; a {@link dev.atlanspring.client.error.NotFoundException} when there is no such asset
     */
    public Mono<MutationResult> removeTermsByGuid(String guid, Collection<AssetRef> terms) {
        return this.termChanges.change(readByGuid(guid), TermChanges.REMOVE, TermChanges.checked(terms, false));
    }

    /** The one partial-update path: by type and qualified name, whichever way the asset was named. */
    private Mono<MutationResult> partialUpdate(Operation operation, Mono<Asset> target,
            Map<String, @Nullable Object> values) {
        return target.flatMap((asset) -> this.assets.partialUpdate(operation, asset.typeName(),
                asset.qualifiedName(), values));
    }

    /** An asset named by type and qualified name needs no read for a partial update. */
    private static Mono<Asset> byName(String typeName, String qualifiedName) {
        requireText(typeName, "typeName", "the asset's type, such as 'Table'");
        requireText(qualifiedName, "qualifiedName", "the asset's qualified name");
        return Mono.fromSupplier(() -> Asset.builder(typeName, qualifiedName).build());
    }

    /** An asset known by its GUID is read (minimal) for its type and qualified name, or for its terms. */
    private Mono<Asset> readByGuid(String guid) {
        requireText(guid, "guid", "the asset's GUID");
        return Mono.defer(() -> this.assets.get(guid, GetOptions.MINIMAL));
    }

    /** Read first, as pyatlan does: a bulk upsert of a missing asset would create it instead of failing. */
    private Mono<Asset> readByName(String typeName, String qualifiedName) {
        requireText(typeName, "typeName", "the asset's type, such as 'Table'");
        requireText(qualifiedName, "qualifiedName", "the asset's qualified name");
        return Mono.defer(() -> this.assets.getByQualifiedName(typeName, qualifiedName, GetOptions.MINIMAL));
    }

    private static String requireText(@Nullable String value, String name, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + name + " is " + ((value == null) ? "null" : "blank")
                    + "; pass " + what + ".");
        }
        return value;
    }

}
