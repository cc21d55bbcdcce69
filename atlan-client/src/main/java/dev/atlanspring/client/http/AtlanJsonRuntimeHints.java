package dev.atlanspring.client.http;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.util.ClassUtils;

/**
 * The reflection a native image of an application needs to read and write the client's JSON models with Jackson:
 * their constructors, accessors and fields, the models they hold, and their Jackson annotations. Spring's AOT
 * processing applies it through {@code META-INF/spring/aot.factories}.
 */
public final class AtlanJsonRuntimeHints implements RuntimeHintsRegistrar {

    /**
     * The types Jackson reads or writes: the public models and the envelopes around them (which are not public,
     * so they are named rather than referenced).
     */
    static final List<String> JSON_TYPES = List.of("dev.atlanspring.client.asset.Asset",
            "dev.atlanspring.client.asset.AssetRef", "dev.atlanspring.client.asset.AtlanTag",
            "dev.atlanspring.client.asset.TermAssignment", "dev.atlanspring.client.asset.AssetJson$EntityResponse",
            "dev.atlanspring.client.asset.AssetJson$BulkRequest",
            "dev.atlanspring.client.asset.AssetJson$MutationResponse",
            "dev.atlanspring.client.search.SearchPaging$SearchResponse", "dev.atlanspring.client.search.SortItem",
            "dev.atlanspring.client.search.RangeQuery", "dev.atlanspring.client.search.BoolQuery",
            "dev.atlanspring.client.typedef.TypeDef", "dev.atlanspring.client.typedef.TypeDefsEnvelope",
            "dev.atlanspring.client.typedef.AttributeDef", "dev.atlanspring.client.typedef.EnumElementDef",
            "dev.atlanspring.client.typedef.TypeDefCategory", "dev.atlanspring.client.user.AtlanUser",
            "dev.atlanspring.client.user.AtlanGroup", "dev.atlanspring.client.user.GroupPage",
            "dev.atlanspring.client.user.UserPage", "dev.atlanspring.client.asset.Announcement",
            "dev.atlanspring.client.lineage.ReactiveLineage$LineageListResponse",
            "dev.atlanspring.client.lineage.LineageFilter", "dev.atlanspring.client.lineage.LineageDirection");

    @Override
    public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
        BindingReflectionHintsRegistrar bindings = new BindingReflectionHintsRegistrar();
        for (String name : JSON_TYPES) {
            // A model renamed or removed must not break the user's build; the test lists what must be there.
            if (ClassUtils.isPresent(name, classLoader)) {
                bindings.registerReflectionHints(hints.reflection(), ClassUtils.resolveClassName(name, classLoader));
            }
        }
    }

}
