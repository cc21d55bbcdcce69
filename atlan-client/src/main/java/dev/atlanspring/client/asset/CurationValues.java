package dev.atlanspring.client.asset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The attributes {@link ReactiveAssetAttributes} sends in a partial update, checked and built once for both ways of
 * naming an asset: those set, and those cleared (sent as JSON {@code null}, which Atlan's partial update takes as
 * "clear it", as pyatlan's {@code remove_certificate} and friends send them).
 */
final class CurationValues {

    static final Map<String, @Nullable Object> NO_CERTIFICATE = cleared("certificateStatus",
            "certificateStatusMessage");

    static final Map<String, @Nullable Object> NO_ANNOUNCEMENT = cleared("announcementType",
            "announcementTitle", "announcementMessage");

    static final Map<String, @Nullable Object> NO_OWNERS = cleared("ownerUsers", "ownerGroups");

    static final Map<String, @Nullable Object> NO_DESCRIPTION = cleared("userDescription");

    private CurationValues() {
    }

    static Map<String, @Nullable Object> certificate(CertificateStatus status, @Nullable String message) {
        if (status == null) {
            throw new IllegalArgumentException("The certificate status is null; pass VERIFIED, DRAFT or DEPRECATED,"
                    + " or call removeCertificate.");
        }
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        values.put("certificateStatus", status.name());
        if (message != null) {
            values.put("certificateStatusMessage", message);
        }
        return values;
    }

    static Map<String, @Nullable Object> announcement(Announcement announcement) {
        Objects.requireNonNull(announcement, "announcement");
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        values.put("announcementType", announcement.type().wireValue());
        values.put("announcementTitle", announcement.title());
        // Sent even when null, so that the message of an earlier announcement does not stay under the new title.
        values.put("announcementMessage", announcement.message());
        return values;
    }

    static Map<String, @Nullable Object> owners(Collection<String> users, Collection<String> groups) {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        values.put("ownerUsers", names(users, "users", "usernames"));
        values.put("ownerGroups", names(groups, "groups", "group names"));
        return values;
    }

    static Map<String, @Nullable Object> description(String description) {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("The description is " + ((description == null) ? "null" : "blank")
                    + "; pass the text, or call removeDescription.");
        }
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        values.put("userDescription", description);
        return values;
    }

    /** Attributes sent as JSON {@code null}, which Atlan's partial update takes as "clear it". */
    static Map<String, @Nullable Object> cleared(String... names) {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        for (String name : names) {
            values.put(name, null);
        }
        return Collections.unmodifiableMap(values);
    }

    private static List<String> names(Collection<String> names, String what, String example) {
        if (names == null) {
            throw new IllegalArgumentException("The owner " + what + " are null; pass the " + example
                    + ", or an empty list for none.");
        }
        List<String> list = new ArrayList<>(names.size());
        for (String name : names) {
            list.add(requireText(name, "owner", "the " + example + " of each owner"));
        }
        return list;
    }

    private static String requireText(@Nullable String value, String name, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + name + " is " + ((value == null) ? "null" : "blank")
                    + "; pass " + what + ".");
        }
        return value;
    }

}
