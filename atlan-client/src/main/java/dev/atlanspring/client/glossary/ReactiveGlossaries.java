package dev.atlanspring.client.glossary;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.asset.AssetRef;
import dev.atlanspring.client.asset.MutationResult;
import dev.atlanspring.client.asset.ReactiveAssetAttributes;
import dev.atlanspring.client.asset.ReactiveAssets;
import dev.atlanspring.client.error.AtlanError;
import dev.atlanspring.client.error.LogicException;
import dev.atlanspring.client.error.NotFoundException;
import dev.atlanspring.client.error.RequestInfo;
import dev.atlanspring.client.http.Operation;
import dev.atlanspring.client.search.Query;
import dev.atlanspring.client.search.Search;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * Finds and creates glossaries, terms and categories, and assigns terms to assets, without blocking. Obtain it from
 * {@link dev.atlanspring.client.ReactiveAtlanClient#glossaries()}.
 * <p>
 * Finding by name is an index search, as the official SDKs do it (pyatlan {@code AssetClient.find_glossary_by_name},
 * {@code find_term_fast_by_name}, {@code find_category_fast_by_name}): active assets of the type whose
 * {@code name.keyword} is the name, and for terms and categories whose {@code __glossary} is the glossary's qualified
 * name. Nothing found is a {@link NotFoundException} naming what was looked for. Glossary and term names are unique
 * (Atlan refuses a second glossary of a name, and a second term of a name in one glossary); should a search still
 * find several, the first is taken and a warning logged, as pyatlan does. Category names are unique only under one
 * parent, so a category search answers every match.
 * <p>
 * Creating sends a bulk upsert like pyatlan's {@code AtlasGlossary.creator} and {@code AtlasGlossaryTerm.creator}:
 * the name, a random placeholder qualified name and, for terms and categories, the glossary as {@code anchor}. Atlan
 * replaces the qualified name by one it generates (a nanoid for a glossary, {@code nanoid@glossaryQualifiedName} for
 * a term or category; atlas-metastore {@code GlossaryPreProcessor}, {@code TermPreProcessor},
 * {@code CategoryPreProcessor}), and answers 409 for a name already taken. Creating is not retried once the request
 * may have reached Atlan. Term assignments go through {@link ReactiveAssetAttributes}.
 */
public final class ReactiveGlossaries {

    /** Creates a glossary, term or category: each call makes a new one, so it is not idempotent. */
    public static final Operation CREATE = new Operation("glossaries.create", HttpMethod.POST, "/api/meta/entity/bulk",
            false);

    /** Atlas's type of a glossary. */
    public static final String GLOSSARY = "AtlasGlossary";

    /** Atlas's type of a glossary term. */
    public static final String TERM = "AtlasGlossaryTerm";

    /** Atlas's type of a glossary category. */
    public static final String CATEGORY = "AtlasGlossaryCategory";

    private static final Logger logger = LoggerFactory.getLogger(ReactiveGlossaries.class);

    /** The alphabet and length of Atlas's {@code NanoIdUtils.randomNanoId}, which pyatlan's {@code next_id} mirrors. */
    private static final char[] NANO_ID_ALPHABET = "_-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
        .toCharArray();

    private static final int NANO_ID_LENGTH = 21;

    private static final SecureRandom random = new SecureRandom();

    private final ReactiveAssets assets;

    private final ReactiveAssetAttributes attributes;

    private final String tenant;

    /**
     * Creates the operations; the client does this for you.
     * @param assets the client's asset operations, which search and save
     * @param attributes the client's asset attribute operations, which assign terms
     * @param tenant the tenant's name, for messages
     */
    public ReactiveGlossaries(ReactiveAssets assets, ReactiveAssetAttributes attributes, String tenant) {
        this.assets = Objects.requireNonNull(assets, "assets");
        this.attributes = Objects.requireNonNull(attributes, "attributes");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
    }

    /**
     * Finds an active glossary by its name.
     * @param name the glossary's name, such as {@code Business Terms}
     * @return the glossary; a {@link NotFoundException} when there is none of the name
     */
    public Mono<Asset> findGlossary(String name) {
        requireName(name, "glossary name", "the glossary's name as Atlan shows it");
        Search search = Search.type(GLOSSARY).filter(Query.term("name.keyword", name)).relationAttributes("name");
        return findOne(search, "glossary named '" + name + "'");
    }

    /**
     * Finds an active term by its name, in a glossary found by its name: two searches, as pyatlan's
     * {@code find_term_by_name}; with the glossary's qualified name at hand, {@link #findTermInGlossary} needs one.
     * @param name the term's name
     * @param glossaryName the glossary's name
     * @return the term, with its {@code anchor}; a {@link NotFoundException} when there is no such glossary or term
     */
    public Mono<Asset> findTerm(String name, String glossaryName) {
        requireName(name, "term name", "the term's name as Atlan shows it");
        return findGlossary(glossaryName).flatMap((glossary) -> findTermInGlossary(name, qualifiedName(glossary)));
    }

    /**
     * Finds an active term by its name in the glossary with this qualified name.
     * @param name the term's name
     * @param glossaryQualifiedName the glossary's qualified name, such as {@code aGl0ssAryDemo01}
     * @return the term, with its {@code anchor}; a {@link NotFoundException} when the glossary has no such term
     */
    public Mono<Asset> findTermInGlossary(String name, String glossaryQualifiedName) {
        requireName(name, "term name", "the term's name as Atlan shows it");
        requireName(glossaryQualifiedName, "glossary qualified name", "the glossary's qualifiedName");
        Search search = inGlossary(TERM, name, glossaryQualifiedName).attributes("anchor", "categories");
        return findOne(search, "term named '" + name + "' in the glossary " + glossaryQualifiedName);
    }

    /**
     * Finds the active categories of a name in a glossary found by its name. Categories are unique by name only
     * under one parent, so there may be several.
     * @param name the category's name
     * @param glossaryName the glossary's name
     * @return the categories, at least one, with their {@code anchor} and {@code parentCategory}; a
     * {@link NotFoundException} when there is no such glossary or category
     */
    public Mono<List<Asset>> findCategories(String name, String glossaryName) {
        requireName(name, "category name", "the category's name as Atlan shows it");
        return findGlossary(glossaryName)
            .flatMap((glossary) -> findCategoriesInGlossary(name, qualifiedName(glossary)));
    }

    /**
     * Finds the active categories of a name in the glossary with this qualified name.
     * @param name the category's name
     * @param glossaryQualifiedName the glossary's qualified name
     * @return the categories, at least one; a {@link NotFoundException} when the glossary has none of the name
     */
    public Mono<List<Asset>> findCategoriesInGlossary(String name, String glossaryQualifiedName) {
        requireName(name, "category name", "the category's name as Atlan shows it");
        requireName(glossaryQualifiedName, "glossary qualified name", "the glossary's qualifiedName");
        Search search = inGlossary(CATEGORY, name, glossaryQualifiedName).attributes("anchor", "parentCategory");
        String what = "category named '" + name + "' in the glossary " + glossaryQualifiedName;
        return this.assets.search(search).flux().collectList().flatMap((found) -> found.isEmpty()
                ? Mono.error(notFound(what)) : Mono.just(List.copyOf(found)));
    }

    /**
     * Creates a glossary. Atlan generates its qualified name.
     * @param name its name, unique in the tenant and without {@code @}
     * @return the new glossary, with its GUID and qualified name; a
     * {@link dev.atlanspring.client.error.ConflictException} when a glossary of the name exists
     */
    public Mono<Asset> createGlossary(String name) {
        requireEntryName(name, "glossary");
        return create(Asset.builder(GLOSSARY, nanoId()).name(name));
    }

    /**
     * Creates a term in a glossary.
     * @param name its name, unique in the glossary and without {@code @}
     * @param glossaryGuid the glossary's GUID
     * @return the new term; its qualified name is Atlan's {@code nanoid@glossaryQualifiedName}; a
     * {@link dev.atlanspring.client.error.ConflictException} when the glossary has a term of the name
     */
    public Mono<Asset> createTerm(String name, String glossaryGuid) {
        return createTerm(name, glossaryGuid, null);
    }

    /**
     * Creates a term in a glossary, in one of its categories.
     * @param name its name, unique in the glossary and without {@code @}
     * @param glossaryGuid the glossary's GUID
     * @param categoryGuid the GUID of a category of the same glossary to file it under, or {@code null} for none
     * @return the new term
     */
    public Mono<Asset> createTerm(String name, String glossaryGuid, @Nullable String categoryGuid) {
        requireEntryName(name, "term");
        Asset.Builder term = anchored(TERM, name, glossaryGuid);
        if (categoryGuid != null) {
            term.attribute("categories", List.of(AssetRef.byGuid(CATEGORY,
                    requireName(categoryGuid, "category GUID", "the category's GUID, or null for none"))));
        }
        return create(term);
    }

    /**
     * Creates a category at the top of a glossary.
     * @param name its name, unique among the glossary's top categories and without {@code @}
     * @param glossaryGuid the glossary's GUID
     * @return the new category; its qualified name is Atlan's {@code nanoid@glossaryQualifiedName}
     */
    public Mono<Asset> createCategory(String name, String glossaryGuid) {
        return createCategory(name, glossaryGuid, null);
    }

    /**
     * Creates a category in a glossary, under a parent category.
     * @param name its name, unique under its parent and without {@code @}
     * @param glossaryGuid the glossary's GUID
     * @param parentCategoryGuid the GUID of the parent category, of the same glossary, or {@code null} for the top
     * @return the new category; a {@link dev.atlanspring.client.error.ConflictException} when the parent has a
     * category of the name
     */
    public Mono<Asset> createCategory(String name, String glossaryGuid, @Nullable String parentCategoryGuid) {
        requireEntryName(name, "category");
        Asset.Builder category = anchored(CATEGORY, name, glossaryGuid);
        if (parentCategoryGuid != null) {
            category.attribute("parentCategory", AssetRef.byGuid(CATEGORY, requireName(parentCategoryGuid,
                    "parent category GUID", "the parent category's GUID, or null for the top")));
        }
        return create(category);
    }

    /**
     * Assigns terms to an asset found by GUID, keeping the terms it has.
     * @param assetGuid the asset's GUID
     * @param terms the terms, as found by {@link #findTerm} or referred to by {@code AssetRef}-like assets with a
     * type of {@code AtlasGlossaryTerm} and a GUID
     * @return what changed; a {@link NotFoundException} when there is no such asset
     */
    public Mono<MutationResult> assignTerms(String assetGuid, Collection<Asset> terms) {
        return this.attributes.appendTermsByGuid(requireName(assetGuid, "asset GUID", "the asset's GUID"),
                termRefs(terms));
    }

    /**
     * Assigns terms to an asset, keeping the terms it has.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param terms the terms
     * @return what changed; a {@link NotFoundException} when there is no such asset
     */
    public Mono<MutationResult> assignTerms(String typeName, String qualifiedName, Collection<Asset> terms) {
        return this.attributes.appendTerms(typeName, qualifiedName, termRefs(terms));
    }

    /**
     * Unassigns terms from an asset found by GUID, keeping its other terms.
     * @param assetGuid the asset's GUID
     * @param terms the terms to unassign
     * @return what changed; a {@link NotFoundException} when there is no such asset
     */
    public Mono<MutationResult> unassignTerms(String assetGuid, Collection<Asset> terms) {
        return this.attributes.removeTermsByGuid(requireName(assetGuid, "asset GUID", "the asset's GUID"),
                termRefs(terms));
    }

    /**
     * Unassigns terms from an asset, keeping its other terms.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param terms the terms to unassign
     * @return what changed; a {@link NotFoundException} when there is no such asset
     */
    public Mono<MutationResult> unassignTerms(String typeName, String qualifiedName, Collection<Asset> terms) {
        return this.attributes.removeTerms(typeName, qualifiedName, termRefs(terms));
    }

    private Mono<Asset> findOne(Search search, String what) {
        // Two are enough to know whether the name is ambiguous.
        return this.assets.search(search.pageSize(2)).firstPage().flatMap((found) -> {
            if (found.isEmpty()) {
                return Mono.error(notFound(what));
            }
            if (found.size() > 1) {
                logger.warn("More than one {} found, returning only the first", what);
            }
            return Mono.just(found.get(0));
        });
    }

    private static Search inGlossary(String typeName, String name, String glossaryQualifiedName) {
        return Search.type(typeName)
            .filter(Query.term("name.keyword", name), Query.term("__glossary", glossaryQualifiedName))
            .relationAttributes("name");
    }

    private Mono<Asset> create(Asset.Builder builder) {
        Asset asset = builder.placeholderGuid().build();
        return this.assets.create(List.of(asset), CREATE).map((result) -> {
            String guid = result.assignedGuid(Objects.requireNonNull(asset.guid()));
            for (Asset created : result.created()) {
                // By the placeholder's assigned GUID; by type and name when Atlan did not report the assignment.
                boolean same = (guid != null) ? guid.equals(created.guid())
                        : Objects.equals(asset.typeName(), created.typeName())
                                && Objects.equals(asset.name(), created.name());
                if (same) {
                    return created;
                }
            }
            throw new LogicException("Atlan answered the creation of the " + asset.typeName() + " '" + asset.name()
                    + "' without creating it", 200, AtlanError.EMPTY, new RequestInfo(CREATE.toString(), this.tenant,
                            "none", 1), "Search for it by name; if it is missing, create it again.", null);
        });
    }

    private static Asset.Builder anchored(String typeName, String name, String glossaryGuid) {
        requireName(glossaryGuid, "glossary GUID", "the GUID of the glossary it belongs to (its anchor)");
        // Sent under attributes, as pyatlan does; Atlas moves it to the relationship
        // (AtlasEntityStoreV2.compactAttributes).
        return Asset.builder(typeName, nanoId()).name(name)
            .attribute("anchor", AssetRef.byGuid(GLOSSARY, glossaryGuid));
    }

    private NotFoundException notFound(String what) {
        return new NotFoundException("No active " + what + " found", 0, AtlanError.EMPTY,
                new RequestInfo("POST /api/meta/search/indexsearch", this.tenant, "none", 1),
                "Check the name (names match exactly, case included) and the glossary, or create it first.", null);
    }

    private static String qualifiedName(Asset glossary) {
        return Objects.requireNonNull(glossary.qualifiedName(), "a glossary found by search has a qualifiedName");
    }

    private static List<AssetRef> termRefs(Collection<Asset> terms) {
        if (terms == null || terms.isEmpty()) {
            throw new IllegalArgumentException("No terms given; pass at least one term, such as one found with"
                    + " glossaries().findTerm(name, glossaryName).");
        }
        List<AssetRef> refs = new ArrayList<>(terms.size());
        for (Asset term : terms) {
            if (term == null || !TERM.equals(term.typeName())) {
                throw new IllegalArgumentException("Only glossary terms can be assigned, but got "
                        + ((term == null) ? "null" : "a " + term.typeName()) + "; pass " + TERM + " assets.");
            }
            if (term.guid() != null && !term.guid().startsWith("-")) {
                refs.add(AssetRef.byGuid(TERM, term.guid()));
            } else if (term.qualifiedName() != null) {
                refs.add(AssetRef.byQualifiedName(TERM, term.qualifiedName()));
            } else {
                throw new IllegalArgumentException("A term has neither a GUID nor a qualified name; pass terms as"
                        + " read from Atlan.");
            }
        }
        return refs;
    }

    private static void requireEntryName(@Nullable String name, String what) {
        requireName(name, what + " name", "the " + what + "'s name");
        // Atlas refuses '@' in a glossary, term or category name (PreProcessorUtils.isNameInvalid, ATLAS-400-00-083).
        if (name.indexOf('@') >= 0) {
            throw new IllegalArgumentException("The " + what + " name '" + name + "' contains '@', which Atlan does"
                    + " not allow in glossary names; choose a name without it.");
        }
    }

    private static String requireName(@Nullable String value, String name, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + name + " is " + ((value == null) ? "null" : "blank")
                    + "; pass " + what + ".");
        }
        return value;
    }

    /** A random id like Atlas's nanoids: a placeholder qualified name, which Atlan replaces by its own. */
    static String nanoId() {
        char[] id = new char[NANO_ID_LENGTH];
        for (int i = 0; i < id.length; i++) {
            id[i] = NANO_ID_ALPHABET[random.nextInt(NANO_ID_ALPHABET.length)];
        }
        return new String(id);
    }

}
