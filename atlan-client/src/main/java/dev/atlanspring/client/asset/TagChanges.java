package dev.atlanspring.client.asset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import dev.atlanspring.client.http.AtlanHttp;
import dev.atlanspring.client.http.AtlanRequest;
import reactor.core.publisher.Mono;

/**
 * Adds tags to, and removes tags from, one existing asset the way the official SDKs do
 * ({@code add_atlan_tags} / {@code remove_atlan_tag}): read the asset, then upsert only its identity with
 * {@code appendTags=true} and the tags under {@code addOrUpdateClassifications} or {@code removeClassifications},
 * which are the only lists Atlan reads in that mode. Reading first means a missing asset is a
 * {@link dev.atlanspring.client.error.NotFoundException} rather than a new, empty asset.
 */
final class TagChanges {

    private static final SaveOptions APPEND = SaveOptions.DEFAULT.withTags(TagHandling.APPEND);

    private final AtlanHttp http;

    private final AtlanTagTranslator translator;

    TagChanges(AtlanHttp http, AtlanTagTranslator translator) {
        this.http = http;
        this.translator = translator;
    }

    Mono<MutationResult> add(Mono<Asset> target, Collection<AtlanTag> tags) {
        List<AtlanTag> given = checked(tags, "add");
        return target.flatMap((asset) -> translated(asset, given)
            .flatMap((hashed) -> send(identity(asset).otherField(TagWire.ADD_OR_UPDATE, TagWire.withFlags(hashed)))));
    }

    Mono<MutationResult> remove(Mono<Asset> target, Collection<AtlanTag> tags) {
        List<AtlanTag> given = checked(tags, "remove");
        return target.flatMap((asset) -> translated(asset, given).flatMap((hashed) -> {
            List<AtlanTag> names = new ArrayList<>(hashed.size());
            hashed.forEach((tag) -> names.add(AtlanTag.of(tag.typeName())));
            return send(identity(asset).otherField(TagWire.REMOVE, names));
        }));
    }

    private Mono<List<AtlanTag>> translated(Asset asset, List<AtlanTag> tags) {
        Asset carrier = Asset.builder(asset.typeName(), asset.qualifiedName()).classifications(tags).build();
        return this.translator.toInternalNames(List.of(carrier)).map((assets) -> assets.get(0).classifications());
    }

    /** Only what finds the asset: anything more would be written too. */
    private static Asset.Builder identity(Asset asset) {
        Asset.Builder identity = Asset.builder(asset.typeName(), asset.qualifiedName()).guid(asset.guid());
        if (asset.name() != null) {
            identity.name(asset.name());
        }
        return identity;
    }

    private Mono<MutationResult> send(Asset.Builder entity) {
        AtlanRequest.Builder request = AtlanRequest.to(ReactiveAssets.SAVE)
            .body(new AssetJson.BulkRequest(List.of(entity.build())));
        APPEND.addTo(request);
        return this.http.exchange(request.build(), AssetJson.MutationResponse.class)
            .map(AssetJson.MutationResponse::toResult);
    }

    private static List<AtlanTag> checked(Collection<AtlanTag> tags, String verb) {
        Objects.requireNonNull(tags, "tags");
        if (tags.isEmpty()) {
            throw new IllegalArgumentException("Nothing to " + verb + ": pass at least one tag's display name,"
                    + " such as 'PII'.");
        }
        List<AtlanTag> checked = new ArrayList<>(tags.size());
        for (AtlanTag tag : tags) {
            if (tag == null || tag.typeName() == null || tag.typeName().isBlank()) {
                throw new IllegalArgumentException("A tag to " + verb + " is null or has no name; pass each tag's"
                        + " display name, such as 'PII'.");
            }
            checked.add(tag);
        }
        return checked;
    }

    static List<AtlanTag> named(String... displayNames) {
        Objects.requireNonNull(displayNames, "displayNames");
        List<AtlanTag> tags = new ArrayList<>(displayNames.length);
        for (String name : displayNames) {
            tags.add((name != null) ? AtlanTag.of(name) : null);
        }
        return tags;
    }

}
