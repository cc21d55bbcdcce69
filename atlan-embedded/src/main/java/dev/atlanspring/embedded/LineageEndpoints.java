package dev.atlanspring.embedded;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Atlan's lineage list API, {@code POST /api/meta/lineage/list}: the assets and processes upstream or downstream
 * of one asset, breadth first, a page at a time.
 *
 * <p>It follows atlas-metastore: the request is checked as {@code LineageListRequestValidator} does, then
 * {@code EntityLineageService.traverseEdgesUsingBFS} walks the graph. A {@code depth} counts assets, not edges
 * ({@code AtlasLineageListContext.getDepth} doubles it), so depth 1 downstream of a table is the processes that
 * read it and the assets they write; each result carries the {@code depth} (level) it was found at.
 * {@code from} skips that many matching results and {@code size} caps the page; {@code hasMore} is true when the
 * walk stopped with assets still queued, and false once the last asset of the last level was read.
 * {@code entityFilters} choose the results (a filtered-out asset is still walked through),
 * {@code entityTraversalFilters} and {@code relationshipTraversalFilters} stop the walk.
 */
final class LineageEndpoints {

    private static final int MAX_DEPTH = Integer.MAX_VALUE / 2;

    private final EntityStore store;
    private final TypeRegistry types;

    LineageEndpoints(EntityStore store, TypeRegistry types) {
        this.store = store;
        this.types = types;
    }

    /** {@code POST /api/meta/lineage/list}. */
    ApiResponse list(ApiRequest request) {
        JsonNode body = request.jsonObjectBody();
        Params params = Params.of(body);
        StoredEntity base = store.get(params.guid);
        if (base == null) {
            throw AtlanError.guidNotFound(params.guid);
        }
        if (!isLineageType(base.typeName)) {
            throw new AtlanError(404, "ATLAS-404-00-011", "Given instance guid " + base.guid + " with type "
                    + base.typeName + " is not a valid lineage entity type.");
        }
        LineageGraph graph = LineageGraph.of(store, types);
        ObjectNode response = new Walk(params, graph).run(base);
        response.set("searchParameters", params.echo(body));
        return ApiResponse.ok(response);
    }

    /**
     * As {@code validateAndGetEntityTypeMap}: processes, assets of the catalog ({@code Catalog} and its sub
     * types) and connections have lineage; the demo also lets types it does not define have it.
     */
    private boolean isLineageType(String typeName) {
        List<String> supers = types.superTypesOf(typeName);
        boolean known = types.typeAndSubTypes("Referenceable").contains(typeName);
        return !known || typeName.equals(LineageGraph.PROCESS) || supers.contains(LineageGraph.PROCESS)
                || typeName.equals("Catalog") || supers.contains("Catalog") || typeName.equals("Connection");
    }

    /** One breadth-first walk, with Atlas's counters and flags. */
    private final class Walk {

        private final Params params;
        private final LineageGraph graph;
        private final Set<String> visited = new HashSet<>();
        private final Set<String> skipped = new HashSet<>();
        private final Queue<String> queue = new ArrayDeque<>();
        private final Map<String, Set<String>> parents = new HashMap<>();
        private final Map<String, Set<String>> children = new HashMap<>();
        private final List<ObjectNode> results = new ArrayList<>();
        private int fromCounter;
        private int entityCount;

        Walk(Params params, LineageGraph graph) {
            this.params = params;
            this.graph = graph;
        }

        ObjectNode run(StoredEntity base) {
            visited.add(base.guid);
            boolean baseIsProcess = graph.isProcess(base);
            enqueueNeighbours(base);
            int depthLimit = 2 * params.depth;
            int currentDepth = 0;
            int level = baseIsProcess ? 1 : 0;
            boolean hasMore = false;
            boolean hasMoreDecided = false;
            if (params.immediateNeighbours) {
                results.add(header(base, level));
            }
            while (!queue.isEmpty() && !limitReached() && currentDepth < depthLimit) {
                currentDepth++;
                // A level is an asset and the processes next to it: it goes up at every other edge.
                if ((!baseIsProcess && currentDepth % 2 != 0) || (baseIsProcess && currentDepth % 2 == 0)) {
                    level++;
                }
                int inThisDepth = queue.size();
                for (int i = 0; i < inThisDepth; i++) {
                    if (limitReached()) {
                        break;
                    }
                    StoredEntity current = store.get(queue.poll());
                    if (params.entityFilter != null
                            && !params.entityFilter.test(LineageFilter.valuesOf(current, types))) {
                        enqueueNeighbours(current);
                        continue;
                    }
                    if (params.from != 0 && fromCounter < params.from) {
                        fromCounter++;
                        skipped.add(current.guid);
                        enqueueNeighbours(current);
                        continue;
                    }
                    entityCount++;
                    enqueueNeighbours(current);
                    results.add(header(current, level));
                    if (i == inThisDepth - 1 && currentDepth == depthLimit) {
                        hasMore = false;
                        hasMoreDecided = true;
                    }
                }
            }
            if (!hasMoreDecided && !queue.isEmpty()) {
                hasMore = true;
            }
            if (params.immediateNeighbours) {
                results.forEach(this::addNeighbours);
            }
            ObjectNode response = Json.object();
            ArrayNode entities = response.putArray("entities");
            results.forEach(entities::add);
            response.put("hasMore", hasMore);
            response.put("entityCount", entityCount);
            return response;
        }

        private boolean limitReached() {
            return entityCount == params.size;
        }

        private void enqueueNeighbours(StoredEntity current) {
            boolean isProcess = graph.isProcess(current);
            for (LineageGraph.Edge edge : graph.edges(current, params.upstream)) {
                if (params.relationshipFilter != null
                        && !params.relationshipFilter.test(LineageFilter.valuesOf(edge.relationship()))) {
                    continue;
                }
                StoredEntity neighbour = store.get(isProcess ? edge.asset() : edge.process());
                if (neighbour == null || (params.traversalFilter != null
                        && !params.traversalFilter.test(LineageFilter.valuesOf(neighbour, types)))) {
                    continue;
                }
                if (!skipped.contains(neighbour.guid) && visited.add(neighbour.guid)) {
                    queue.add(neighbour.guid);
                }
                if (params.immediateNeighbours) {
                    parents.computeIfAbsent(neighbour.guid, k -> new LinkedHashSet<>()).add(current.guid);
                    children.computeIfAbsent(current.guid, k -> new LinkedHashSet<>()).add(neighbour.guid);
                }
            }
        }

        /** As {@code updateNeighbourNodesForEachEntity}: the assets two edges away, through a process. */
        private void addNeighbours(ObjectNode header) {
            String guid = Json.text(header, "guid");
            ArrayNode before = twoHops(parents, guid);
            ArrayNode after = twoHops(children, guid);
            if (before != null) {
                header.set(params.upstream ? "immediateDownstream" : "immediateUpstream", before);
            }
            if (after != null) {
                header.set(params.upstream ? "immediateUpstream" : "immediateDownstream", after);
            }
        }

        private ArrayNode twoHops(Map<String, Set<String>> links, String guid) {
            Set<String> processes = links.get(guid);
            if (processes == null) {
                return null;
            }
            ArrayNode nodes = Json.array();
            Set<String> seen = new HashSet<>();
            for (String process : processes) {
                for (String node : links.getOrDefault(process, Set.of())) {
                    StoredEntity entity = store.get(node);
                    if (entity != null && seen.add(node)) {
                        ObjectNode details = nodes.addObject();
                        details.put("guid", entity.guid);
                        details.put("qualifiedName", entity.qualifiedName);
                        details.put("name", entity.name());
                    }
                }
            }
            return nodes;
        }

        /** {@code EntityGraphRetriever.toAtlasEntityHeader} with the attributes asked for, and the depth. */
        private ObjectNode header(StoredEntity entity, int depth) {
            ObjectNode header = Json.object();
            header.put("typeName", entity.typeName);
            ObjectNode attributes = header.putObject("attributes");
            attributes.put("qualifiedName", entity.qualifiedName);
            JsonNode name = entity.attributes.get("name");
            if (name != null) {
                attributes.set("name", name);
            }
            for (String attribute : params.attributes) {
                JsonNode value = entity.attributes.get(attribute);
                if (value == null) {
                    value = entity.relationshipAttributes.get(attribute);
                }
                if (value != null) {
                    attributes.set(attribute, value);
                }
            }
            if (!params.relationAttributes.isEmpty()) {
                ObjectNode relationships = header.putObject("relationshipAttributes");
                for (String attribute : params.relationAttributes) {
                    JsonNode value = entity.relationshipAttributes.get(attribute);
                    if (value != null) {
                        relationships.set(attribute, value);
                    }
                }
            }
            header.put("guid", entity.guid);
            header.put("status", entity.status);
            header.put("displayText", entity.displayText());
            ArrayNode tagNames = header.putArray("classificationNames");
            entity.classifications.forEach(tag -> tagNames.add(Json.text(tag, "typeName")));
            if (!params.excludeClassifications) {
                header.set("classifications", entity.classifications);
            }
            ArrayNode meaningNames = header.putArray("meaningNames");
            if (!params.excludeMeanings) {
                entity.meanings.forEach(meaning -> meaningNames.add(Json.text(meaning, "displayText")));
                header.set("meanings", entity.meanings);
            }
            else {
                header.putArray("meanings");
            }
            header.put("isIncomplete", false);
            header.set("labels", entity.labels);
            header.put("createdBy", entity.createdBy);
            header.put("updatedBy", entity.updatedBy);
            header.put("createTime", entity.createTime);
            header.put("updateTime", entity.updateTime);
            header.put("depth", depth);
            return header;
        }
    }

    /** A checked request, as {@code LineageListRequestValidator} checks it. */
    private record Params(String guid, int size, int from, int depth, boolean upstream, LineageFilter entityFilter,
            LineageFilter traversalFilter, LineageFilter relationshipFilter, List<String> attributes,
            List<String> relationAttributes, boolean excludeMeanings, boolean excludeClassifications,
            boolean immediateNeighbours) {

        static Params of(JsonNode body) {
            String guid = Json.text(body, "guid");
            if (Json.isBlank(guid)) {
                throw AtlanError.badRequest("guid is required");
            }
            Integer size = integer(body, "size");
            check(size == null, "The 'size' parameter is missing or invalid");
            check(size < 0, "Invalid 'size' value, 'size' should be greater than or equal to zero");
            Integer from = integer(body, "from");
            check(from == null, "The 'from' parameter is missing or invalid");
            check(from < 0, "Invalid 'from' value, 'from' should be greater than or equal to zero");
            Integer depth = integer(body, "depth");
            check(depth == null, "The 'depth' parameter is missing or invalid");
            check(depth < 0 || depth > MAX_DEPTH, "Invalid 'depth' parameter, constraint not satisfied: 0 <= depth"
                    + " <= 1073741823 (Integer.MAX_VALUE/2)");
            JsonNode direction = body.get("direction");
            check(direction == null || direction.isNull(), "Invalid request, mandatory key 'direction' is required");
            String value = Json.text(direction);
            if (!"INPUT".equals(value) && !"OUTPUT".equals(value)) {
                // Atlas cannot read the body into LineageListRequest: its LineageDirection has only these two.
                throw AtlanError.badRequest("Cannot read the lineage request: direction must be INPUT (upstream) or"
                        + " OUTPUT (downstream), was " + direction);
            }
            return new Params(guid, size, from, depth, value.equals("INPUT"),
                    LineageFilter.parse(body.get("entityFilters"), "entityFilters"),
                    LineageFilter.parse(body.get("entityTraversalFilters"), "entityTraversalFilters"),
                    LineageFilter.parse(body.get("relationshipTraversalFilters"), "relationshipTraversalFilters"),
                    strings(body, "attributes"), strings(body, "relationAttributes"),
                    flag(body, "excludeMeanings", true), flag(body, "excludeClassifications", true),
                    flag(body, "immediateNeighbours", false));
        }

        /** The request as Atlan echoes it: what was sent, with the defaults the validator filled in. */
        ObjectNode echo(JsonNode body) {
            ObjectNode echo = ((ObjectNode) body).deepCopy();
            echo.put("excludeMeanings", excludeMeanings);
            echo.put("excludeClassifications", excludeClassifications);
            echo.put("immediateNeighbours", immediateNeighbours);
            if (!echo.has("attributes")) {
                echo.putArray("attributes");
            }
            if (!echo.has("relationAttributes")) {
                echo.putArray("relationAttributes");
            }
            echo.put("lineageType", "DatasetProcessLineage");
            return echo;
        }

        private static void check(boolean invalid, String message) {
            if (invalid) {
                throw AtlanError.badRequest(message);
            }
        }

        private static Integer integer(JsonNode body, String field) {
            JsonNode value = body.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                throw AtlanError.badRequest("Cannot read the lineage request: " + field + " must be an integer, was "
                        + value);
            }
            return value.intValue();
        }

        private static boolean flag(JsonNode body, String field, boolean absent) {
            JsonNode value = body.get(field);
            return value == null || value.isNull() ? absent : value.asBoolean();
        }

        private static List<String> strings(JsonNode body, String field) {
            JsonNode value = body.get(field);
            List<String> strings = new ArrayList<>();
            if (value != null && value.isArray()) {
                value.forEach(item -> {
                    if (item.isString()) {
                        strings.add(item.stringValue());
                    }
                });
            }
            return List.copyOf(new LinkedHashSet<>(strings));
        }
    }
}
