-- The migrations run before the server starts, as the schema owner (docs/operations.md,
-- "Migrations"); the server holds no owner's account. At start it reads the schema history with
-- the application's account, and refuses to serve a schema older than the release it runs.
GRANT SELECT ON flyway_schema_history TO ${appAccount};
