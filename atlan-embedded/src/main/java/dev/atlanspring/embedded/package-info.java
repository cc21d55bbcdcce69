/**
 * The embedded demo Atlan: an in-memory imitation of Atlan's REST API on a loopback port, so that
 * apps can be developed and tested without an Atlan tenant.
 *
 * <p>Start one with {@link dev.atlanspring.embedded.EmbeddedAtlan#start()}; the assets it seeds are
 * named in {@link dev.atlanspring.embedded.DemoCatalog}. It serves:
 * <ul>
 * <li>{@code GET /api/meta/entity/guid/{guid}} and
 *     {@code GET /api/meta/entity/uniqueAttribute/type/{typeName}?attr:qualifiedName=...}</li>
 * <li>{@code POST /api/meta/entity/bulk} (upsert, restore with {@code status: ACTIVE}, with Atlan's flags for tags
 *     and custom metadata), {@code PUT /api/meta/entity/uniqueAttribute/type/{typeName}?attr:qualifiedName=...}
 *     (partial update) and {@code DELETE /api/meta/entity/bulk?guid=...&deleteType=SOFT|HARD|PURGE}</li>
 * <li>{@code POST /api/meta/search/indexsearch} (a subset of the Elasticsearch query DSL, from/size paging up to
 *     a max result window of 100,000 and {@code search_after} past it)</li>
 * <li>{@code GET|POST /api/meta/types/typedefs} and {@code GET /api/meta/types/typedef/name/{name}}</li>
 * <li>{@code GET /api/service/users/current} and {@code GET /api/service/groups}</li>
 * <li>{@code POST /api/meta/lineage/list} (upstream or downstream of an asset through processes' inputs and
 *     outputs, breadth first, with depth, from/size paging, {@code hasMore} and filters)</li>
 * </ul>
 * It uses Reactor Netty and Jackson only, and works on raw JSON like a real server: it shares no
 * model classes with any client.
 */
package dev.atlanspring.embedded;
