package dev.atlanspring.client.asset;

import java.util.Collection;
import java.util.Objects;

import dev.atlanspring.client.http.Blocking;
import org.jspecify.annotations.Nullable;

/**
 * Sets and removes an asset's certificate, announcement, owners, description and glossary terms, blocking the
 * calling thread until Atlan answers. Obtain it from {@link dev.atlanspring.client.AtlanClient#assetAttributes()};
 * it runs the same calls as {@link ReactiveAssetAttributes}, and each changes only the attributes it names. Each
 * call also comes in a {@code ...ByGuid} form, which reads the asset first for its type and qualified name.
 */
public final class AssetAttributes {

    private final ReactiveAssetAttributes reactive;

    /**
     * Creates the blocking face of the reactive operations; the client does this for you.
     * @param reactive the reactive operations
     */
    public AssetAttributes(ReactiveAssetAttributes reactive) {
        this.reactive = Objects.requireNonNull(reactive, "reactive");
    }

    /**
     * Sets an asset's certificate; a {@code null} message keeps the message it has.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param status the certificate
     * @param message why, or {@code null} to keep the current message
     * @return what changed
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such asset
     */
    public MutationResult updateCertificate(String typeName, String qualifiedName, CertificateStatus status,
            @Nullable String message) {
        return Blocking.get(this.reactive.updateCertificate(typeName, qualifiedName, status, message));
    }

    /**
     * Removes an asset's certificate and its message.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @return what changed
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such asset
     */
    public MutationResult removeCertificate(String typeName, String qualifiedName) {
        return Blocking.get(this.reactive.removeCertificate(typeName, qualifiedName));
    }

    /**
     * Sets an asset's announcement, replacing the one it has.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param announcement the announcement
     * @return what changed
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such asset
     */
    public MutationResult updateAnnouncement(String typeName, String qualifiedName, Announcement announcement) {
        return Blocking.get(this.reactive.updateAnnouncement(typeName, qualifiedName, announcement));
    }

    /**
     * Removes an asset's announcement.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @return what changed
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such asset
     */
    public MutationResult removeAnnouncement(String typeName, String qualifiedName) {
        return Blocking.get(this.reactive.removeAnnouncement(typeName, qualifiedName));
    }

    /**
     * Sets an asset's owners, replacing the ones it has.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param users the owning users' usernames; may be empty
     * @param groups the owning groups' names; may be empty
     * @return what changed
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such asset
     */
    public MutationResult updateOwners(String typeName, String qualifiedName, Collection<String> users,
            Collection<String> groups) {
        return Blocking.get(this.reactive.updateOwners(typeName, qualifiedName, users, groups));
    }

    /**
     * Removes every owner from an asset.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @return what changed
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such asset
     */
    public MutationResult removeOwners(String typeName, String qualifiedName) {
        return Blocking.get(this.reactive.removeOwners(typeName, qualifiedName));
    }

    /**
     * Sets an asset's user description, which Atlan shows in place of the source system's description.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param description the description
     * @return what changed
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such asset
     * @see ReactiveAssetAttributes#updateDescription(String, String, String)
     */
    public MutationResult updateDescription(String typeName, String qualifiedName, String description) {
        return Blocking.get(this.reactive.updateDescription(typeName, qualifiedName, description));
    }

    /**
     * Removes an asset's user description.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @return what changed
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such asset
     */
    public MutationResult removeDescription(String typeName, String qualifiedName) {
        return Blocking.get(this.reactive.removeDescription(typeName, qualifiedName));
    }

    /**
     * Assigns terms to an asset, keeping the terms it has.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param terms the terms, such as {@code AssetRef.byGuid("AtlasGlossaryTerm", guid)}
     * @return what changed
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such asset
     */
    public MutationResult appendTerms(String typeName, String qualifiedName, Collection<AssetRef> terms) {
        return Blocking.get(this.reactive.appendTerms(typeName, qualifiedName, terms));
    }

    /**
     * Replaces the terms of an asset by these; empty removes them all.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param terms the terms it is to have
     * @return what changed
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such asset
     */
    public MutationResult replaceTerms(String typeName, String qualifiedName, Collection<AssetRef> terms) {
        return Blocking.get(this.reactive.replaceTerms(typeName, qualifiedName, terms));
    }

    /**
     * Unassigns terms from an asset, keeping its other terms.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param terms the terms to unassign
     * @return what changed
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such asset
     */
    public MutationResult removeTerms(String typeName, String qualifiedName, Collection<AssetRef> terms) {
        return Blocking.get(this.reactive.removeTerms(typeName, qualifiedName, terms));
    }

    /**
     * Sets the certificate of an asset known by its GUID, which is read first for its type and qualified name; a
     * {@code null} message keeps the message it has.
     * @param guid the asset's GUID
     * @param status the certificate
     * @param message why, or {@code null} to keep the current message
     * @return what changed
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such asset
     */
    public MutationResult updateCertificateByGuid(String guid, CertificateStatus status, @Nullable String message) {
        return Blocking.get(this.reactive.updateCertificateByGuid(guid, status, message));
    }

    /**
     * Removes the certificate, and its message, of an asset known by its GUID.
     * @param guid the asset's GUID
     * @return what changed
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such asset
     */
    public MutationResult removeCertificateByGuid(String guid) {
        return Blocking.get(this.reactive.removeCertificateByGuid(guid));
    }

    /**
     * Sets the announcement of an asset known by its GUID, replacing the one it has.
     * @param guid the asset's GUID
     * @param announcement the announcement
     * @return what changed
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such asset
     */
    public MutationResult updateAnnouncementByGuid(String guid, Announcement announcement) {
        return Blocking.get(this.reactive.updateAnnouncementByGuid(guid, announcement));
    }

    /**
     * Removes the announcement of an asset known by its GUID.
     * @param guid the asset's GUID
     * @return what changed
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such asset
     */
    public MutationResult removeAnnouncementByGuid(String guid) {
        return Blocking.get(this.reactive.removeAnnouncementByGuid(guid));
    }

    /**
     * Sets the owners of an asset known by its GUID, replacing the ones it has.
     * @param guid the asset's GUID
     * @param users the owning users' usernames; may be empty
     * @param groups the owning groups' names; may be empty
     * @return what changed
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such asset
     */
    public MutationResult updateOwnersByGuid(String guid, Collection<String> users, Collection<String> groups) {
        return Blocking.get(this.reactive.updateOwnersByGuid(guid, users, groups));
    }

    /**
     * Removes every owner from an asset known by its GUID.
     * @param guid the asset's GUID
     * @return what changed
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such asset
     */
    public MutationResult removeOwnersByGuid(String guid) {
        return Blocking.get(this.reactive.removeOwnersByGuid(guid));
    }

    /**
     * Sets the user description of an asset known by its GUID.
     * @param guid the asset's GUID
     * @param description the description
     * @return what changed
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such asset
     */
    public MutationResult updateDescriptionByGuid(String guid, String description) {
        return Blocking.get(this.reactive.updateDescriptionByGuid(guid, description));
    }

    /**
     * Removes the user description of an asset known by its GUID.
     * @param guid the asset's GUID
     * @return what changed
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such asset
     */
    public MutationResult removeDescriptionByGuid(String guid) {
        return Blocking.get(this.reactive.removeDescriptionByGuid(guid));
    }

    /**
     * Assigns terms to an asset known by its GUID, keeping the terms it has.
     * @param guid the asset's GUID
     * @param terms the terms, such as {@code AssetRef.byGuid("AtlasGlossaryTerm", guid)}
     * @return what changed
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such asset
     */
    public MutationResult appendTermsByGuid(String guid, Collection<AssetRef> terms) {
        return Blocking.get(this.reactive.appendTermsByGuid(guid, terms));
    }

    /**
     * Replaces the terms of an asset known by its GUID by these; empty removes them all.
     * @param guid the asset's GUID
     * @param terms the terms it is to have
     * @return what changed
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such asset
     */
    public MutationResult replaceTermsByGuid(String guid, Collection<AssetRef> terms) {
        return Blocking.get(this.reactive.replaceTermsByGuid(guid, terms));
    }

    /**
     * Unassigns terms from an asset known by its GUID, keeping its other terms.
     * @param guid the asset's GUID
     * @param terms the terms to unassign
     * @return what changed
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such asset
     */
    public MutationResult removeTermsByGuid(String guid, Collection<AssetRef> terms) {
        return Blocking.get(this.reactive.removeTermsByGuid(guid, terms));
    }

}
