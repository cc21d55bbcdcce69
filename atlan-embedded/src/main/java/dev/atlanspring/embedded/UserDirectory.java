package dev.atlanspring.embedded;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The people side of Atlan ({@code /api/service}): the user the API key belongs to, and groups.
 */
final class UserDirectory {

    private static final int DEFAULT_GROUP_LIMIT = 20;

    private final List<ObjectNode> groups = new ArrayList<>();

    /** Users besides the demo user, who owns every key and is always listed first. */
    private final List<ObjectNode> users = new ArrayList<>();

    /** Forgets every group and every added user. */
    synchronized void clear() {
        groups.clear();
        users.clear();
    }

    /** Adds a user, as Atlan's user directory lists them. */
    synchronized void addUser(String id, String username, String email, String firstName, String lastName) {
        users.add(user(id, username, email, firstName, lastName));
    }

    private static ObjectNode user(String id, String username, String email, String firstName, String lastName) {
        ObjectNode user = Json.object();
        user.put("id", id);
        user.put("username", username);
        user.put("email", email);
        user.put("firstName", firstName);
        user.put("lastName", lastName);
        user.put("enabled", true);
        user.putObject("attributes");
        user.putArray("personas");
        user.putArray("purposes");
        return user;
    }

    /** Adds a group, Keycloak-style: Atlan keeps group attributes as lists of strings. */
    synchronized void addGroup(String id, String name, String alias, String description, int userCount) {
        ObjectNode group = Json.object();
        group.put("id", id);
        group.put("name", name);
        group.put("alias", alias);
        group.put("path", "/" + name);
        ObjectNode attributes = group.putObject("attributes");
        attributes.putArray("alias").add(alias);
        attributes.putArray("description").add(description);
        attributes.putArray("isDefault").add("false");
        group.put("userCount", userCount);
        group.putArray("personas");
        group.putArray("purposes");
        groups.add(group);
    }

    /** {@code GET /api/service/users/current}: every key of the demo belongs to the demo user. */
    ApiResponse currentUser(ApiRequest request) {
        return ApiResponse.ok(demoUser());
    }

    private static ObjectNode demoUser() {
        return user(DemoCatalog.DEMO_USER_ID, DemoCatalog.DEMO_USERNAME, DemoCatalog.DEMO_USER_EMAIL, "Demo", "User");
    }

    /** {@code GET /api/service/users?limit=&offset=}: the demo user first, then the added ones. */
    synchronized ApiResponse users(ApiRequest request) {
        List<ObjectNode> all = new ArrayList<>();
        all.add(demoUser());
        all.addAll(users);
        return ApiResponse.ok(page(all, request));
    }

    /** {@code GET /api/service/groups?limit=&offset=}; {@code sort} and {@code filter} are accepted and ignored. */
    synchronized ApiResponse groups(ApiRequest request) {
        return ApiResponse.ok(page(groups, request));
    }

    /** Atlan's page of users or groups: the total, the count the filter left, and the records asked for. */
    private static ObjectNode page(List<ObjectNode> all, ApiRequest request) {
        int limit = request.intParam("limit", DEFAULT_GROUP_LIMIT);
        int offset = request.intParam("offset", 0);
        ObjectNode page = Json.object();
        page.put("totalRecord", all.size());
        page.put("filterRecord", all.size());
        ArrayNode records = page.putArray("records");
        for (int i = offset; i < all.size() && i < (long) offset + limit; i++) {
            records.add(all.get(i).deepCopy());
        }
        return page;
    }
}
