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
        ObjectNode user = Json.object();
        user.put("id", DemoCatalog.DEMO_USER_ID);
        user.put("username", DemoCatalog.DEMO_USERNAME);
        user.put("email", DemoCatalog.DEMO_USER_EMAIL);
        user.put("firstName", "Demo");
        user.put("lastName", "User");
        user.put("enabled", true);
        user.putObject("attributes");
        user.putArray("personas");
        user.putArray("purposes");
        return ApiResponse.ok(user);
    }

    /** {@code GET /api/service/groups?limit=&offset=}; {@code sort} and {@code filter} are accepted and ignored. */
    synchronized ApiResponse groups(ApiRequest request) {
        int limit = request.intParam("limit", DEFAULT_GROUP_LIMIT);
        int offset = request.intParam("offset", 0);
        ObjectNode page = Json.object();
        page.put("totalRecord", groups.size());
        page.put("filterRecord", groups.size());
        ArrayNode records = page.putArray("records");
        for (int i = offset; i < groups.size() && i < (long) offset + limit; i++) {
            records.add(groups.get(i));
        }
        return ApiResponse.ok(page);
    }
}
