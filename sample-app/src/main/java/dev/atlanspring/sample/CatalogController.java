package dev.atlanspring.sample;

import java.net.URI;
import java.security.SecureRandom;

import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.asset.AssetRef;
import dev.atlanspring.client.asset.MutationResult;
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

    private static final String ID_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private final SecureRandom random = new SecureRandom();

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

    @PostMapping("/glossary-terms")
    ResponseEntity<Asset> createTerm(@RequestBody NewTerm term) {
        if (term == null || term.name() == null || term.name().isBlank()) {
            throw new IllegalArgumentException("The term needs a name: send {\"name\": \"Revenue\"}.");
        }
        // Atlan's term qualified names are a generated id, '@', and the glossary's qualified name.
        String qualifiedName = newId() + "@" + this.properties.glossaryQualifiedName();
        Asset.Builder builder = Asset.builder("AtlasGlossaryTerm", qualifiedName)
            .name(term.name().trim())
            .relationshipAttribute("anchor",
                    AssetRef.byQualifiedName("AtlasGlossary", this.properties.glossaryQualifiedName()));
        if (term.description() != null) {
            builder.attribute("userDescription", term.description());
        }
        MutationResult result = this.atlan.assets().save(builder.build());
        String guid = result.assignedGuid("-1");
        Asset created = this.atlan.assets().get((guid != null) ? guid : result.created().get(0).guid());
        return ResponseEntity.created(URI.create("/catalog/assets/" + created.guid())).body(created);
    }

    private String newId() {
        StringBuilder id = new StringBuilder(21);
        for (int i = 0; i < 21; i++) {
            id.append(ID_ALPHABET.charAt(this.random.nextInt(ID_ALPHABET.length())));
        }
        return id.toString();
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
