-- Where the demo's flaky test records its attempts: the database is new in every pipeline run, so the first
-- attempt of a run always sees one row (and fails), the retry sees two (and passes). No file is left behind.
CREATE TABLE demo_test_attempts (
  id serial PRIMARY KEY,
  test_name text NOT NULL,
  attempted_at timestamptz NOT NULL DEFAULT now()
);
