package dev.atlanspring.client.asset;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How tags go on the wire, after Atlan's server (atlas-metastore {@code EntityGraphMapper},
 * {@code AtlasEntityComparator}) and the official SDKs:
 * <ul>
 * <li>Every tag is sent with all four propagation flags. Atlan fills a missing {@code propagate} with
 *     {@code true}, so a tag sent without it would spread down lineage and the asset hierarchy; the SDKs send
 *     {@code propagate=false}, {@code removePropagationsOnEntityDelete=true} and both restrictions {@code false},
 *     and so does this client unless the tag says otherwise.</li>
 * <li>With {@code appendTags=true} Atlan reads only {@code addOrUpdateClassifications} and
 *     {@code removeClassifications} of an existing asset (and {@code addOrUpdateClassifications} of a new one),
 *     never {@code classifications}: an append sends the tags there.</li>
 * </ul>
 */
final class TagWire {

    static final String ADD_OR_UPDATE = "addOrUpdateClassifications";

    static final String REMOVE = "removeClassifications";

    private TagWire() {
    }

    /**
     * Returns the assets as a save with these options sends them: tags with their flags, and under
     * {@code addOrUpdateClassifications} for an append.
     */
    static List<Asset> forSave(List<Asset> assets, SaveOptions options) {
        List<Asset> sent = new ArrayList<>(assets.size());
        for (Asset asset : assets) {
            if (asset.classifications().isEmpty()) {
                sent.add(asset);
                continue;
            }
            List<AtlanTag> tags = withFlags(asset.classifications());
            Asset.Builder builder = asset.toBuilder();
            if (options.tags() == TagHandling.APPEND) {
                builder.classifications(null).otherField(ADD_OR_UPDATE, tags);
            }
            else {
                builder.classifications(tags);
            }
            sent.add(builder.build());
        }
        return sent;
    }

    /** The tags, each with every propagation flag set: the SDKs' defaults where the tag has none. */
    static List<AtlanTag> withFlags(List<AtlanTag> tags) {
        List<AtlanTag> flagged = new ArrayList<>(tags.size());
        tags.forEach((tag) -> flagged.add(withFlags(tag)));
        return flagged;
    }

    static AtlanTag withFlags(AtlanTag tag) {
        return tag.withPropagation(orElse(tag.propagate(), false),
                orElse(tag.removePropagationsOnEntityDelete(), true),
                orElse(tag.restrictPropagationThroughLineage(), false),
                orElse(tag.restrictPropagationThroughHierarchy(), false));
    }

    private static boolean orElse(@Nullable Boolean value, boolean otherwise) {
        return (value != null) ? value : otherwise;
    }

}
