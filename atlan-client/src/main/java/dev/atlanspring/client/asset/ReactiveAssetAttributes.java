package dev.atlanspring.client.asset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.atlanspring.client.http.AtlanHttp;
import dev.atlanspring.client.http.AtlanRequest;
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

    /** The type of a glossary term, the only type a term assignment may point at. */
    static final String TERM_TYPE = "AtlasGlossaryTerm";

    private final AtlanHttp http;

    private final ReactiveAssets assets;

    /**
     * Creates the operations over a tenant's transport; the client does this for you.
     * @param http the tenant's transport
     * @param assets the client's asset operations, which read an asset before its terms change
     */
    public ReactiveAssetAttributes(AtlanHttp http, ReactiveAssets assets) {
        this.http = Objects.requireNonNull(http, "http");
        this.assets = Objects.requireNonNull(assets, "assets");
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
        if (status == null) {
            throw new IllegalArgumentException("The certificate status is null; pass VERIFIED, DRAFT or DEPRECATED,"
                    + " or call removeCertificate.");
        }
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        values.put("certificateStatus", status.name());
        if (message != null) {
            values.put("certificateStatusMessage", message);
        }
        return partialUpdate(CERTIFICATE, typeName, qualifiedName, values);
    }

    /**
     * Removes an asset's certificate and its message.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @return what changed; a {@link dev.atlanspring.client.error.NotFoundException} when there is no such asset
     */
    public Mono<MutationResult> removeCertificate(String typeName, String qualifiedName) {
        return partialUpdate(CERTIFICATE, typeName, qualifiedName,
                cleared("certificateStatus", "certificateStatusMessage"));
    }

    /**
     * Sets an asset's announcement, replacing the one it has.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param announcement the announcement
     * @return what changed; a {@link dev.atlanspring.client.error.NotFoundException} when there is no such asset
     */
    public Mono<MutationResult> updateAnnouncement(String typeName, String qualifiedName, Announcement announcement) {
        Objects.requireNonNull(announcement, "announcement");
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        values.put("announcementType", announcement.type().wireValue());
        values.put("announcementTitle", announcement.title());
        // Sent even when null, so that the message of an earlier announcement does not stay under the new title.
        values.put("announcementMessage", announcement.message());
        return partialUpdate(ANNOUNCEMENT, typeName, qualifiedName, values);
    }

    /**
     * Removes an asset's announcement.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @return what changed; a {@link dev.atlanspring.client.error.NotFoundException} when there is no such asset
     */
    public Mono<MutationResult> removeAnnouncement(String typeName, String qualifiedName) {
        return partialUpdate(ANNOUNCEMENT, typeName, qualifiedName,
                cleared("announcementType", "announcementTitle", "announcementMessage"));
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
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        values.put("ownerUsers", names(users, "users", "usernames"));
        values.put("ownerGroups", names(groups, "groups", "group names"));
        return partialUpdate(OWNERS, typeName, qualifiedName, values);
    }

    /**
     * Removes every owner, user and group, from an asset.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @return what changed; a {@link dev.atlanspring.client.error.NotFoundException} when there is no such asset
     */
    public Mono<MutationResult> removeOwners(String typeName, String qualifiedName) {
        return partialUpdate(OWNERS, typeName, qualifiedName, cleared("ownerUsers", "ownerGroups"));
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
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("The description is " + ((description == null) ? "null" : "blank")
                    + "; pass the text, or call removeDescription.");
        }
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        values.put("userDescription", description);
        return partialUpdate(DESCRIPTION, typeName, qualifiedName, values);
    }

    /**
     * Removes an asset's user description, so that Atlan shows the source system's description again.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @return what changed; a {@link dev.atlanspring.client.error.NotFoundException} when there is no such asset
     */
    public Mono<MutationResult> removeDescription(String typeName, String qualifiedName) {
        return partialUpdate(DESCRIPTION, typeName, qualifiedName, cleared("userDescription"));
    }

    /**
     * Assigns terms to an asset, keeping the terms it has.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param terms the terms, such as {@code AssetRef.byGuid("AtlasGlossaryTerm", guid)}
     * @return what changed; a {@link dev.atlanspring.client.error.NotFoundException} when there is no such asset
     */
    public Mono<MutationResult> appendTerms(String typeName, String qualifiedName, Collection<AssetRef> terms) {
        return terms(typeName, qualifiedName, "appendRelationshipAttributes", requireTerms(terms, false));
    }

    /**
     * Replaces the terms of an asset by these.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param terms the terms it is to have; empty to remove them all
     * @return what changed; a {@link dev.atlanspring.client.error.NotFoundException} when there is no such asset
     */
    public Mono<MutationResult> replaceTerms(String typeName, String qualifiedName, Collection<AssetRef> terms) {
        return terms(typeName, qualifiedName, "relationshipAttributes", requireTerms(terms, true));
    }

    /**
     * Unassigns terms from an asset, keeping its other terms; a term it does not have is ignored.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param terms the terms to unassign
     * @return what changed; a {@link dev.atlanspring.client.error.NotFoundException} when there is no such asset
     */
    public Mono<MutationResult> removeTerms(String typeName, String qualifiedName, Collection<AssetRef> terms) {
        return terms(typeName, qualifiedName, "removeRelationshipAttributes", requireTerms(terms, false));
    }

    private Mono<MutationResult> terms(String typeName, String qualifiedName, String field, List<AssetRef> terms) {
        requireText(typeName, "typeName", "the asset's type, such as 'Table'");
        requireText(qualifiedName, "qualifiedName", "the asset's qualified name");
        // Read first, as pyatlan does: a bulk upsert of a missing asset would create it instead of failing.
        return this.assets.getByQualifiedName(typeName, qualifiedName, GetOptions.MINIMAL).flatMap((existing) -> {
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("qualifiedName", qualifiedName);
            if (existing.name() != null) {
                attributes.put("name", existing.name());
            }
            Map<String, Object> entity = new LinkedHashMap<>();
            entity.put("typeName", existing.typeName());
            entity.put("guid", existing.guid());
            entity.put("attributes", attributes);
            entity.put(field, Map.of("meanings", terms));
            AtlanRequest request = AtlanRequest.to(TERMS).body(Map.of("entities", List.of(entity))).build();
            return this.http.exchange(request, AssetJson.MutationResponse.class);
        }).map(AssetJson.MutationResponse::toResult);
    }

    private Mono<MutationResult> partialUpdate(Operation operation, String typeName, String qualifiedName,
            Map<String, @Nullable Object> values) {
        requireText(typeName, "typeName", "the asset's type, such as 'Table'");
        requireText(qualifiedName, "qualifiedName", "the asset's qualified name");
        return this.assets.partialUpdate(operation, typeName, qualifiedName, values);
    }

    /** Attributes sent as JSON {@code null}, which Atlan's partial update takes as "clear it". */
    private static Map<String, @Nullable Object> cleared(String... names) {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        for (String name : names) {
            values.put(name, null);
        }
        return values;
    }

    private static List<String> names(Collection<String> names, String what, String example) {
        if (names == null) {
            throw new IllegalArgumentException("The owner " + what + " are null; pass the " + example
                    + ", or an empty list for none.");
        }
        List<String> list = new ArrayList<>(names.size());
        for (String name : names) {
            list.add(requireText(name, "owner", "the " + example + " of each owner"));
        }
        return list;
    }

    private static List<AssetRef> requireTerms(Collection<AssetRef> terms, boolean mayBeEmpty) {
        if (terms == null || (!mayBeEmpty && terms.isEmpty())) {
            throw new IllegalArgumentException("No terms given; pass at least one, such as"
                    + " AssetRef.byGuid(\"AtlasGlossaryTerm\", termGuid).");
        }
        for (AssetRef term : terms) {
            if (term == null || !TERM_TYPE.equals(term.typeName())) {
                throw new IllegalArgumentException("A term reference must be of type " + TERM_TYPE + ", was "
                        + ((term == null) ? "null" : term.typeName()) + "; refer to each term with AssetRef.byGuid(\""
                        + TERM_TYPE + "\", guid) or AssetRef.byQualifiedName(\"" + TERM_TYPE + "\", qualifiedName).");
            }
        }
        return List.copyOf(terms);
    }

    private static String requireText(@Nullable String value, String name, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + name + " is " + ((value == null) ? "null" : "blank")
                    + "; pass " + what + ".");
        }
        return value;
    }

}
