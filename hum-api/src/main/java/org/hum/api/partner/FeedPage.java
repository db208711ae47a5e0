package org.hum.api.partner;

import java.util.List;

/** A page of the partner feed, oldest first; {@code next} is the cursor to ask with next time (the last item's, or the one asked with). */
public record FeedPage(List<FeedItem> items, String next, boolean more) {
}
