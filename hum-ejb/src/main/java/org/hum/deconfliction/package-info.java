/**
 * Deconfliction (docs/domain.md, "Lifecycle" 2): before a person is registered, and whenever an
 * officer asks, match their identifiers (name with date of birth, phone, document number)
 * against every source of every unit and compartment, open or closed, without showing one
 * unit the other's file. Matching runs on truncated blind indexes ({@code BlindIndex}), and
 * candidates are confirmed by decryption on the server ({@code MatchConfirmer}, the one
 * sanctioned bypass of need-to-know, which never returns what it decrypts). A hit becomes a
 * referral for the controllers of both files; the asker learns only that a possible match
 * exists.
 */
package org.hum.deconfliction;
