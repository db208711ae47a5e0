package org.hum.api.partner;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The filters of a TAXII 2.1 objects or manifest request, already parsed.
 *
 * @param versions "last", "first", "all", or timestamps as ISO-8601 strings
 * @param next     the token of the previous page, or null
 */
public record TaxiiQuery(Instant addedAfter, int limit, String next, Set<String> types, Set<String> ids,
                         List<String> versions) {
}
