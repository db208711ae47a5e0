-- A rotation of a source file's data key re-encrypts the texts of its authorisations, their
-- reviews and its OIA authorisations in the same transaction
-- (org.hum.authorisation.control.AuthorisationRekeying). authorisation and oia_authorisation
-- are already updatable (V010). The reviews are append-only: the application may update their
-- ciphertext columns, and the key version those envelopes are under, and nothing else.
-- oia_notification and source_instructions hold no encrypted text.
GRANT UPDATE (use_made, tasks_given, information_obtained, dek_version) ON authorisation_review TO ${appAccount};
