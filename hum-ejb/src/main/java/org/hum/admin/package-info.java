/**
 * Administration: users, clearances, compartments, roles and true-identity grants.
 *
 * <p>Rules enforced here: only administrators manage accounts; an administrator may not change
 * their own roles or pause their own account (nobody raises their own rights); a true-identity
 * grant needs only the source's id, is refused for a user who cannot see the file under the
 * dominance rule, and shows the administrator nothing of the file (docs/domain.md: the
 * administrator sees no source content by that role alone). Every change is read by the next
 * request of the user concerned, with whatever token or session they already hold.
 */
package org.hum.admin;
