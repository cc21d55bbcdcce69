package dev.atlanspring.embedded;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The in-memory entity store: entities by GUID and by (typeName, qualifiedName).
 *
 * <p>Reads never lock: the maps are concurrent and the entities immutable, so a search can scan
 * while a write goes on. Writes run one at a time under {@link #write}, which keeps the two
 * indexes consistent and makes a bulk request all-or-nothing for other writers. Every write bumps
 * {@link #version()}, which is what lets searches cache their results safely.
 */
final class EntityStore {

    private final Map<String, StoredEntity> byGuid = new ConcurrentHashMap<>();
    private final Map<String, String> guidByTypeAndName = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong version = new AtomicLong();
    private final Object writeLock = new Object();

    StoredEntity get(String guid) {
        return byGuid.get(guid);
    }

    StoredEntity findByQualifiedName(String typeName, String qualifiedName) {
        String guid = guidByTypeAndName.get(key(typeName, qualifiedName));
        return guid == null ? null : byGuid.get(guid);
    }

    /** A weakly consistent live view: safe to iterate while writes happen. */
    Collection<StoredEntity> all() {
        return byGuid.values();
    }

    int size() {
        return byGuid.size();
    }

    /**
     * Changes whenever any entity changes. Read it before scanning: a result computed after reading
     * version v reflects at least every write that finished before v was read.
     */
    long version() {
        return version.get();
    }

    long nextSequence() {
        return sequence.incrementAndGet();
    }

    /** Runs a mutation alone among writers, then publishes it by bumping the version. */
    <T> T write(Supplier<T> mutation) {
        synchronized (writeLock) {
            try {
                return mutation.get();
            } finally {
                version.incrementAndGet();
            }
        }
    }

    /** Stores or replaces an entity. Only call inside {@link #write}. */
    void put(StoredEntity entity) {
        StoredEntity previous = byGuid.put(entity.guid, entity);
        if (previous != null && !key(previous.typeName, previous.qualifiedName)
                .equals(key(entity.typeName, entity.qualifiedName))) {
            guidByTypeAndName.remove(key(previous.typeName, previous.qualifiedName), previous.guid);
        }
        guidByTypeAndName.put(key(entity.typeName, entity.qualifiedName), entity.guid);
    }

    /** Forgets an entity entirely (hard delete). Only call inside {@link #write}. */
    void remove(String guid) {
        StoredEntity removed = byGuid.remove(guid);
        if (removed != null) {
            guidByTypeAndName.remove(key(removed.typeName, removed.qualifiedName), guid);
        }
    }

    /** Forgets every entity. Only call inside {@link #write}. */
    void clear() {
        byGuid.clear();
        guidByTypeAndName.clear();
    }

    /** A qualifiedName is unique per type, as in Atlan; the NUL separator cannot occur in either part. */
    private static String key(String typeName, String qualifiedName) {
        return typeName + '\u0000' + qualifiedName;
    }
}
