-- A rotation of a source file's data key re-encrypts the file's validation and grading texts
-- in the same transaction (org.hum.vetting.control.VettingRekeying). The application may update
-- those ciphertext columns and nothing else: findings, verdicts, authors, times and grades stay
-- append-only.
GRANT UPDATE (criminal_history_notes, access_details, proof_of_existence) ON validation TO ${appAccount};
GRANT UPDATE (reasons) ON validation_conclusion TO ${appAccount};
GRANT UPDATE (reasons) ON validation_dissent TO ${appAccount};
GRANT UPDATE (reason) ON source_grade TO ${appAccount};
