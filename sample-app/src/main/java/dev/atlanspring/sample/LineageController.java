package dev.atlanspring.sample;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.asset.Asset;
import dev.atlanspring.client.lineage.Lineage;
import dev.atlanspring.client.lineage.LineageDirection;
import dev.atlanspring.client.lineage.LineageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shows an asset's lineage, read from Atlan's lineage list API: the processes and assets upstream or downstream
 * of it, breadth first, each with the depth it was found at. Only as many as asked for are read; the pages
 * beyond are never requested.
 */
@RestController
@RequestMapping("/catalog")
class LineageController {

    private static final int MAX_LIMIT = 1000;

    private final AtlanClient atlan;

    LineageController(AtlanClient atlan) {
        this.atlan = atlan;
    }

    /**
     * {@code GET /catalog/tables/{guid}/lineage?direction=DOWNSTREAM&depth=1&limit=100}.
     * @param guid the table's (or any asset's) GUID
     * @param direction {@code UPSTREAM} or {@code DOWNSTREAM}
     * @param depth how many assets away to read
     * @param limit how many processes and assets to show at most
     * @return the lineage, breadth first
     */
    @GetMapping("/tables/{guid}/lineage")
    List<LineageStep> lineage(@PathVariable String guid, @RequestParam(defaultValue = "DOWNSTREAM") String direction,
            @RequestParam(defaultValue = "1") int depth, @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("The limit must be from 1 to " + MAX_LIMIT + ", was " + limit + ".");
        }
        LineageRequest request = LineageRequest.of(guid, direction(direction))
            .depth(depth)
            .pageSize(Math.min(limit, 100));
        try (Stream<Asset> lineage = this.atlan.lineage().list(request)) {
            return lineage.limit(limit).map(LineageStep::of).toList();
        }
    }

    private static LineageDirection direction(String direction) {
        try {
            return LineageDirection.valueOf(direction.trim().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("The direction must be UPSTREAM or DOWNSTREAM, was '" + direction
                    + "'.");
        }
    }

    /**
     * One process or asset of the lineage, as this API shows it.
     *
     * @param guid its GUID
     * @param typeName its type, such as {@code Process} or {@code Table}
     * @param name its name
     * @param qualifiedName its qualified name
     * @param depth how many assets away from the start it is
     */
    record LineageStep(String guid, String typeName, String name, String qualifiedName, Integer depth) {

        static LineageStep of(Asset asset) {
            return new LineageStep(asset.guid(), asset.typeName(), asset.name(), asset.qualifiedName(),
                    Lineage.depthOf(asset));
        }

    }

}
