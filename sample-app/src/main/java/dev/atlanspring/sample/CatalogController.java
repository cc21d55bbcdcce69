package dev.atlanspring.sample;

import java.net.URI;

import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.asset.GetOptions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A small catalog API over the injected {@link AtlanClient}. Errors become RFC 9457 problem responses through
 * {@link AtlanProblemHandler}.
 */
@RestController
@RequestMapping("/catalog")
class CatalogController {

    private final AtlanClient atlan;

    private final SampleProperties properties;

    CatalogController(AtlanClient atlan, SampleProperties properties) {
        this.atlan = atlan;
        this.properties = properties;
    }

    @GetMapping("/assets/{guid}")
    Asset asset(@PathVariable String guid) {
        return this.atlan.assets().get(guid);
    }

    /**
     * Creates a term in the configured glossary, as the official SDKs do: Atlan gives the term its qualified name,
     * and a name the glossary already has is a 409 problem.
     */
    @PostMapping("/glossary-terms")
    ResponseEntity<Asset> createTerm(@RequestBody NewTerm term) {
        if (term == null || term.name() == null || term.name().isBlank()) {
            throw new IllegalArgumentException("The term needs a name: send {\"name\": \"Revenue\"}.");
        }
        Asset glossary = this.atlan.assets()
            .getByQualifiedName("AtlasGlossary", this.properties.glossaryQualifiedName(), GetOptions.MINIMAL);
        Asset created = this.atlan.glossaries().createTerm(term.name().trim(), glossary.guid());
        if (term.description() != null && !term.description().isBlank()) {
            this.atlan.assetAttributes().updateDescriptionByGuid(created.guid(), term.description());
        }
        Asset current = this.atlan.assets().get(created.guid());
        return ResponseEntity.created(URI.create("/catalog/assets/" + current.guid())).body(current);
    }

    /**
     * The body of {@code POST /catalog/glossary-terms}.
     *
     * @param name the term's name
     * @param description an optional description
     */
    record NewTerm(String name, String description) {
    }

}
