package dev.atlanspring.client.asset;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import dev.atlanspring.client.typedef.AtlanTagNames;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Translates the Atlan tags of assets between the display names people use and the hashed names Atlan stores:
 * to hashed names on the way out, to display names on the way in. Assets without tags pass through without a
 * look-up, so the client reads the tenant's tags only when some are involved. The client uses it; you need not.
 * Thread-safe.
 */
public final class AtlanTagTranslator {

    private final AtlanTagNames names;

    /**
     * Creates the translator over a client's cache of tag names.
     * @param names the cache
     */
    public AtlanTagTranslator(AtlanTagNames names) {
        this.names = Objects.requireNonNull(names, "names");
    }

    /**
     * Replaces the tags' display names with Atlan's hashed names, for sending.
     * @param assets the assets
     * @return the translated assets; an {@link dev.atlanspring.client.error.AtlanTagNotFoundException} when a name
     * matches no tag
     */
    public Mono<List<Asset>> toInternalNames(List<Asset> assets) {
        Set<String> tags = tagNames(assets);
        if (tags.isEmpty()) {
            return Mono.just(assets);
        }
        return this.names.internalNames(tags).map((translation) -> rename(assets, translation));
    }

    /**
     * Replaces the tags' hashed names with the names people see, for reading.
     * @param assets the assets as Atlan sent them
     * @return the translated assets
     */
    public Mono<List<Asset>> toDisplayNames(List<Asset> assets) {
        Set<String> tags = tagNames(assets);
        if (tags.isEmpty()) {
            return Mono.just(assets);
        }
        return this.names.displayNames(tags).map((translation) -> rename(assets, translation));
    }

    /**
     * Replaces one asset's tags' hashed names with the names people see.
     * @param asset the asset as Atlan sent it
     * @return the translated asset
     */
    public Mono<Asset> toDisplayNames(Asset asset) {
        List<AtlanTag> tags = asset.classifications();
        if (tags.isEmpty()) {
            return Mono.just(asset);
        }
        // Nearly always the names are cached and fresh: translated here and now, without a round through Reactor.
        Function<String, @Nullable String> cached = this.names.cachedDisplayNames();
        if (cached != null && knowsAll(cached, tags)) {
            return Mono.just(rename(asset, (name) -> {
                String display = cached.apply(name);
                return (display != null) ? display : name;
            }));
        }
        return toDisplayNames(List.of(asset)).map((translated) -> translated.get(0));
    }

    private static boolean knowsAll(Function<String, @Nullable String> names, List<AtlanTag> tags) {
        for (AtlanTag tag : tags) {
            if (tag.typeName() != null && names.apply(tag.typeName()) == null) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> tagNames(List<Asset> assets) {
        Set<String> tags = new LinkedHashSet<>();
        for (Asset asset : assets) {
            asset.classifications().forEach((tag) -> {
                if (tag.typeName() != null) {
                    tags.add(tag.typeName());
                }
            });
        }
        return tags;
    }

    private static List<Asset> rename(List<Asset> assets, Map<String, String> translation) {
        List<Asset> renamed = new ArrayList<>(assets.size());
        for (Asset asset : assets) {
            renamed.add(rename(asset, (name) -> translation.getOrDefault(name, name)));
        }
        return renamed;
    }

    /** The asset with each tag renamed; the asset itself when no name changes. */
    private static Asset rename(Asset asset, UnaryOperator<String> translation) {
        List<AtlanTag> tags = asset.classifications();
        List<AtlanTag> renamed = null;
        for (int i = 0; i < tags.size(); i++) {
            AtlanTag tag = tags.get(i);
            String name = tag.typeName();
            String translated = (name != null) ? translation.apply(name) : null;
            if (translated != null && !translated.equals(name)) {
                if (renamed == null) {
                    renamed = new ArrayList<>(tags);
                }
                renamed.set(i, tag.withTypeName(translated));
            }
        }
        return (renamed != null) ? asset.withClassifications(renamed) : asset;
    }

}
