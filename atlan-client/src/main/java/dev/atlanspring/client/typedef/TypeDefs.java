package dev.atlanspring.client.typedef;

import java.util.List;
import java.util.Objects;

import dev.atlanspring.client.http.Blocking;

/**
 * Reads and creates type definitions, blocking the calling thread until Atlan answers. Obtain it from
 * {@link dev.atlanspring.client.AtlanClient#typeDefs()}; it runs the same calls as {@link ReactiveTypeDefs}.
 */
public final class TypeDefs {

    private final ReactiveTypeDefs reactive;

    /**
     * Creates the blocking face of the reactive typedef operations; the client does this for you.
     * @param reactive the reactive operations
     */
    public TypeDefs(ReactiveTypeDefs reactive) {
        this.reactive = Objects.requireNonNull(reactive, "reactive");
    }

    /**
     * Lists every type definition of a category.
     * @param category such as {@link TypeDefCategory#CLASSIFICATION} for the Atlan tags
     * @return the definitions, possibly empty
     */
    public List<TypeDef> list(TypeDefCategory category) {
        return Blocking.get(this.reactive.list(category));
    }

    /**
     * Reads one type definition by its internal name.
     * @param name such as {@code Table}
     * @return the definition
     * @throws dev.atlanspring.client.error.NotFoundException when there is none
     */
    public TypeDef get(String name) {
        return Blocking.get(this.reactive.get(name));
    }

    /**
     * Reads an Atlan tag's definition by the name people see.
     * @param displayName such as {@code PII}
     * @return the definition
     * @throws dev.atlanspring.client.error.AtlanTagNotFoundException when no tag has that name
     */
    public TypeDef atlanTag(String displayName) {
        return Blocking.get(this.reactive.atlanTag(displayName));
    }

    /**
     * Creates a type definition, such as a new Atlan tag from {@link TypeDef#atlanTag(String, String)}.
     * @param def the definition
     * @return the definitions Atlan created, with the names it assigned
     */
    public List<TypeDef> create(TypeDef def) {
        return Blocking.get(this.reactive.create(def));
    }

}
