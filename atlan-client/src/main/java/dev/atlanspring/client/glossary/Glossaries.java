package dev.atlanspring.client.glossary;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.asset.MutationResult;
import dev.atlanspring.client.http.Blocking;
import org.jspecify.annotations.Nullable;

/**
 * Finds and creates glossaries, terms and categories, and assigns terms to assets, blocking the calling thread until
 * Atlan answers. Obtain it from {@link dev.atlanspring.client.AtlanClient#glossaries()}; it runs the same calls as
 * {@link ReactiveGlossaries}, whose comment says how each is made.
 */
public final class Glossaries {

    private final ReactiveGlossaries reactive;

    /**
     * Creates the blocking face; the client does this for you.
     * @param reactive the reactive operations
     */
    public Glossaries(ReactiveGlossaries reactive) {
        this.reactive = Objects.requireNonNull(reactive, "reactive");
    }

    /**
     * Finds an active glossary by its name.
     * @param name the glossary's name
     * @return the glossary
     * @throws dev.atlanspring.client.error.NotFoundException when there is none of the name
     */
    public Asset findGlossary(String name) {
        return Blocking.get(this.reactive.findGlossary(name));
    }

    /**
     * Finds an active term by its name, in a glossary found by its name (two searches).
     * @param name the term's name
     * @param glossaryName the glossary's name
     * @return the term, with its {@code anchor}
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such glossary or term
     */
    public Asset findTerm(String name, String glossaryName) {
        return Blocking.get(this.reactive.findTerm(name, glossaryName));
    }

    /**
     * Finds an active term by its name in the glossary with this qualified name (one search).
     * @param name the term's name
     * @param glossaryQualifiedName the glossary's qualified name
     * @return the term, with its {@code anchor}
     * @throws dev.atlanspring.client.error.NotFoundException when the glossary has no such term
     */
    public Asset findTermInGlossary(String name, String glossaryQualifiedName) {
        return Blocking.get(this.reactive.findTermInGlossary(name, glossaryQualifiedName));
    }

    /**
     * Finds the active categories of a name in a glossary found by its name; there may be several, under
     * different parents.
     * @param name the category's name
     * @param glossaryName the glossary's name
     * @return the categories, at least one
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such glossary or category
     */
    public List<Asset> findCategories(String name, String glossaryName) {
        return Blocking.get(this.reactive.findCategories(name, glossaryName));
    }

    /**
     * Finds the active categories of a name in the glossary with this qualified name.
     * @param name the category's name
     * @param glossaryQualifiedName the glossary's qualified name
     * @return the categories, at least one
     * @throws dev.atlanspring.client.error.NotFoundException when the glossary has none of the name
     */
    public List<Asset> findCategoriesInGlossary(String name, String glossaryQualifiedName) {
        return Blocking.get(this.reactive.findCategoriesInGlossary(name, glossaryQualifiedName));
    }

    /**
     * Creates a glossary; Atlan generates its qualified name.
     * @param name its name, unique in the tenant
     * @return the new glossary, with its GUID and qualified name
     * @throws dev.atlanspring.client.error.ConflictException when a glossary of the name exists
     */
    public Asset createGlossary(String name) {
        return Blocking.get(this.reactive.createGlossary(name));
    }

    /**
     * Creates a term in a glossary.
     * @param name its name, unique in the glossary
     * @param glossaryGuid the glossary's GUID
     * @return the new term, with its GUID and qualified name
     * @throws dev.atlanspring.client.error.ConflictException when the glossary has a term of the name
     */
    public Asset createTerm(String name, String glossaryGuid) {
        return Blocking.get(this.reactive.createTerm(name, glossaryGuid));
    }

    /**
     * Creates a term in a glossary, in one of its categories.
     * @param name its name, unique in the glossary
     * @param glossaryGuid the glossary's GUID
     * @param categoryGuid the GUID of a category of the glossary, or {@code null} for none
     * @return the new term
     * @throws dev.atlanspring.client.error.ConflictException when the glossary has a term of the name
     */
    public Asset createTerm(String name, String glossaryGuid, @Nullable String categoryGuid) {
        return Blocking.get(this.reactive.createTerm(name, glossaryGuid, categoryGuid));
    }

    /**
     * Creates a category at the top of a glossary.
     * @param name its name, unique among the glossary's top categories
     * @param glossaryGuid the glossary's GUID
     * @return the new category
     * @throws dev.atlanspring.client.error.ConflictException when the glossary has a top category of the name
     */
    public Asset createCategory(String name, String glossaryGuid) {
        return Blocking.get(this.reactive.createCategory(name, glossaryGuid));
    }

    /**
     * Creates a category in a glossary, under a parent category.
     * @param name its name, unique under its parent
     * @param glossaryGuid the glossary's GUID
     * @param parentCategoryGuid the parent category's GUID, or {@code null} for the top
     * @return the new category
     * @throws dev.atlanspring.client.error.ConflictException when the parent has a category of the name
     */
    public Asset createCategory(String name, String glossaryGuid, @Nullable String parentCategoryGuid) {
        return Blocking.get(this.reactive.createCategory(name, glossaryGuid, parentCategoryGuid));
    }

    /**
     * Assigns terms to an asset found by GUID, keeping the terms it has.
     * @param assetGuid the asset's GUID
     * @param terms the terms, such as found by {@link #findTerm(String, String)}
     * @return what changed
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such asset
     */
    public MutationResult assignTerms(String assetGuid, Collection<Asset> terms) {
        return Blocking.get(this.reactive.assignTerms(assetGuid, terms));
    }

    /**
     * Assigns terms to an asset, keeping the terms it has.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param terms the terms
     * @return what changed
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such asset
     */
    public MutationResult assignTerms(String typeName, String qualifiedName, Collection<Asset> terms) {
        return Blocking.get(this.reactive.assignTerms(typeName, qualifiedName, terms));
    }

    /**
     * Unassigns terms from an asset found by GUID, keeping its other terms.
     * @param assetGuid the asset's GUID
     * @param terms the terms to unassign
     * @return what changed
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such asset
     */
    public MutationResult unassignTerms(String assetGuid, Collection<Asset> terms) {
        return Blocking.get(this.reactive.unassignTerms(assetGuid, terms));
    }

    /**
     * Unassigns terms from an asset, keeping its other terms.
     * @param typeName the asset's type, such as {@code Table}
     * @param qualifiedName its qualified name
     * @param terms the terms to unassign
     * @return what changed
     * @throws dev.atlanspring.client.error.NotFoundException when there is no such asset
     */
    public MutationResult unassignTerms(String typeName, String qualifiedName, Collection<Asset> terms) {
        return Blocking.get(this.reactive.unassignTerms(typeName, qualifiedName, terms));
    }

}
