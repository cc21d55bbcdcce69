package dev.atlanspring.client.asset;

import java.util.Locale;

/**
 * The kind of an announcement, which decides how Atlan shows it; stored in lower case in the
 * {@code announcementType} attribute.
 */
public enum AnnouncementType {

    /** For information only. */
    INFORMATION,

    /** Something to be careful about. */
    WARNING,

    /** Something is wrong with the asset. */
    ISSUE;

    /**
     * Returns the value Atlan stores, such as {@code warning}.
     * @return the wire value
     */
    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

}
