package dev.atlanspring.client.asset;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.atlanspring.client.http.AtlanHttp;
import dev.atlanspring.client.http.AtlanRequest;
import reactor.core.publisher.Mono;

/**
 * Appends, replaces and removes the glossary terms of one existing asset the way pyatlan's
 * {@code AssetClient._manage_terms} does (atlanhq/atlan-python {@code pyatlan/client/asset.py} and
 * {@code ManageTerms} in {@code pyatlan/client/common/asset.py}): find the asset first, by GUID or by type and
 * qualified name, then save only its identity with the terms under {@code appendRelationshipAttributes},
 * {@code relationshipAttributes} or {@code removeRelationshipAttributes}. Reading first means a missing asset is a
 * {@link dev.atlanspring.client.error.NotFoundException} rather than a new, empty asset.
 */
final class TermChanges {

    /** The type of a glossary term, the only type a term assignment may point at. */
    static final String TERM_TYPE = "AtlasGlossaryTerm";

    /** Keeps the asset's terms and adds these. */
    static final String APPEND = "appendRelationshipAttributes";

    /** Makes these the asset's only terms. */
    static final String REPLACE = "relationshipAttributes";

    /** Removes these and keeps the asset's other terms. */
    static final String REMOVE = "removeRelationshipAttributes";

    private final AtlanHttp http;

    TermChanges(AtlanHttp http) {
        this.http = http;
    }

    /**
     * Changes the terms of the asset the target reads.
     * @param target the asset's minimal form, read when subscribed to
     * @param field {@link #APPEND}, {@link #REPLACE} or {@link #REMOVE}
     * @param terms the terms, already checked
     * @return what changed
     */
    Mono<MutationResult> change(Mono<Asset> target, String field, List<AssetRef> terms) {
        return target.flatMap((existing) -> {
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("qualifiedName", existing.qualifiedName());
            if (existing.name() != null) {
                attributes.put("name", existing.name());
            }
            Map<String, Object> entity = new LinkedHashMap<>();
            entity.put("typeName", existing.typeName());
            entity.put("guid", existing.guid());
            entity.put("attributes", attributes);
            entity.put(field, Map.of("meanings", terms));
            AtlanRequest request = AtlanRequest.to(ReactiveAssetAttributes.TERMS)
                .body(Map.of("entities", List.of(entity)))
                .build();
            return this.http.exchange(request, AssetJson.MutationResponse.class);
        }).map(AssetJson.MutationResponse::toResult);
    }

    static List<AssetRef> checked(Collection<AssetRef> terms, boolean mayBeEmpty) {
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

}
