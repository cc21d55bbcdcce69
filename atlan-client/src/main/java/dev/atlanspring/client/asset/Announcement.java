package dev.atlanspring.client.asset;

import org.jspecify.annotations.Nullable;

/**
 * An announcement shown on an asset: a kind, a title and an optional message.
 *
 * @param type how Atlan shows it
 * @param title the headline
 * @param message the details, or {@code null} for none
 */
public record Announcement(AnnouncementType type, String title, @Nullable String message) {

    /**
     * Checks the parts.
     */
    public Announcement {
        if (type == null) {
            throw new IllegalArgumentException("An announcement needs a type; pass AnnouncementType.INFORMATION,"
                    + " WARNING or ISSUE.");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("An announcement needs a title; pass the headline to show.");
        }
    }

}
