package dev.atlanspring.sample;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The {@code multi-tenant} profile's endpoint: {@code GET /tenants/tables?schema=SALES} shows one search on both
 * tenants side by side.
 */
@RestController
@RequestMapping("/tenants")
@Profile("multi-tenant")
class TenantController {

    private final TenantComparison comparison;

    TenantController(TenantComparison comparison) {
        this.comparison = comparison;
    }

    @GetMapping("/tables")
    Mono<TenantComparison.SideBySide> tables(@RequestParam String schema) {
        if (schema.isBlank()) {
            throw new IllegalArgumentException("The schema is blank; pass one, such as ?schema=SALES.");
        }
        return this.comparison.tables(schema);
    }

}
