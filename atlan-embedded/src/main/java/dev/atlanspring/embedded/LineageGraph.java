package dev.atlanspring.embedded;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The lineage edges of the store at one moment: Atlan's {@code __Process.inputs} and {@code __Process.outputs}
 * edges, each from a process (a {@code Process} or a sub type such as {@code ColumnProcess}) to an asset.
 *
 * <p>Atlas keeps one graph edge per relationship, whichever end it was written from; the demo store keeps the
 * relationship on the entity that was written, so the edges are gathered from both ends: a process's
 * {@code inputs} and {@code outputs} (as relationship attributes, or as attributes, the way pyatlan sends them),
 * and an asset's {@code inputToProcesses} and {@code outputFromProcesses}. Only active edges count, as
 * {@code GraphHelper.getActiveEdges} has it: a deleted process or asset, or a deleted relationship, is no edge.
 */
final class LineageGraph {

    static final String PROCESS = "Process";

    /** One edge. {@code input} tells {@code __Process.inputs} (the asset feeds the process) from outputs. */
    record Edge(String process, String asset, boolean input, Map<String, String> relationship) {
    }

    private final Map<String, List<Edge>> processInputs = new HashMap<>();
    private final Map<String, List<Edge>> processOutputs = new HashMap<>();
    private final Map<String, List<Edge>> assetInputTo = new HashMap<>();
    private final Map<String, List<Edge>> assetOutputFrom = new HashMap<>();
    private final EntityStore store;
    private final TypeRegistry types;

    private LineageGraph(EntityStore store, TypeRegistry types) {
        this.store = store;
        this.types = types;
    }

    /** The edges as the store holds them now, in the order the entities were created. */
    static LineageGraph of(EntityStore store, TypeRegistry types) {
        LineageGraph graph = new LineageGraph(store, types);
        List<StoredEntity> entities = new ArrayList<>(store.all());
        entities.sort(Comparator.comparingLong(e -> e.seq));
        Set<String> seen = new HashSet<>();
        for (StoredEntity entity : entities) {
            if (entity.isDeleted()) {
                continue;
            }
            if (graph.isProcess(entity)) {
                for (String name : List.of("inputs", "outputs")) {
                    boolean input = name.equals("inputs");
                    graph.refs(entity, name).forEach(ref -> graph.add(entity.guid, ref, input, seen));
                }
            } else {
                graph.refs(entity, "inputToProcesses").forEach(ref -> graph.addFromAsset(ref, entity, true, seen));
                graph.refs(entity, "outputFromProcesses").forEach(ref -> graph.addFromAsset(ref, entity, false, seen));
            }
        }
        return graph;
    }

    /** A {@code Process} or any of its sub types: the connector vertices of dataset-process lineage. */
    boolean isProcess(StoredEntity entity) {
        return entity.typeName.equals(PROCESS) || types.superTypesOf(entity.typeName).contains(PROCESS);
    }

    /** The edges leaving an entity in a direction, as {@code EntityLineageService.enqueueNeighbours} walks them. */
    List<Edge> edges(StoredEntity entity, boolean upstream) {
        Map<String, List<Edge>> edges = isProcess(entity) ? (upstream ? processInputs : processOutputs)
                : (upstream ? assetOutputFrom : assetInputTo);
        return edges.getOrDefault(entity.guid, List.of());
    }

    private void add(String process, ReferencedEntity asset, boolean input, Set<String> seen) {
        StoredEntity target = asset.entity();
        if (target == null || target.isDeleted() || isProcess(target)
                || !seen.add(process + (input ? " < " : " > ") + target.guid)) {
            return;
        }
        Edge edge = new Edge(process, target.guid, input, asset.relationship());
        (input ? processInputs : processOutputs).computeIfAbsent(process, k -> new ArrayList<>()).add(edge);
        (input ? assetInputTo : assetOutputFrom).computeIfAbsent(target.guid, k -> new ArrayList<>()).add(edge);
    }

    private void addFromAsset(ReferencedEntity process, StoredEntity asset, boolean input, Set<String> seen) {
        StoredEntity source = process.entity();
        if (source != null && !source.isDeleted() && isProcess(source)) {
            add(source.guid, new ReferencedEntity(asset, process.relationship()), input, seen);
        }
    }

    /** What a reference points at, with the relationship it stands for. */
    private record ReferencedEntity(StoredEntity entity, Map<String, String> relationship) {
    }

    /** The active references of a relationship attribute, from relationshipAttributes or else attributes. */
    private List<ReferencedEntity> refs(StoredEntity entity, String name) {
        JsonNode value = entity.relationshipAttributes.get(name);
        if (value == null || value.isNull()) {
            value = entity.attributes.get(name);
        }
        List<ReferencedEntity> refs = new ArrayList<>();
        if (value == null || !value.isArray()) {
            return refs;
        }
        for (JsonNode ref : value) {
            if (!ref.isObject() || StoredEntity.DELETED.equals(Json.text(ref, "relationshipStatus"))) {
                continue;
            }
            StoredEntity target = resolve(ref);
            if (target != null) {
                Map<String, String> relationship = new HashMap<>();
                relationship.put("__state", StoredEntity.ACTIVE);
                String type = Json.text(ref, "relationshipType");
                relationship.put("__typeName", type != null ? type
                        : name.equals("inputs") || name.equals("inputToProcesses") ? "catalog_process_inputs"
                        : "process_catalog_outputs");
                String guid = Json.text(ref, "relationshipGuid");
                if (guid != null) {
                    relationship.put("__guid", guid);
                }
                refs.add(new ReferencedEntity(target, relationship));
            }
        }
        return refs;
    }

    private StoredEntity resolve(JsonNode ref) {
        String guid = Json.text(ref, "guid");
        if (guid != null && !guid.startsWith("-")) {
            return store.get(guid);
        }
        String typeName = Json.text(ref, "typeName");
        String qualifiedName = Json.text(ref.get("uniqueAttributes"), "qualifiedName");
        if (typeName == null || qualifiedName == null) {
            return null;
        }
        for (String type : types.typeAndSubTypes(typeName)) {
            StoredEntity found = store.findByQualifiedName(type, qualifiedName);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
